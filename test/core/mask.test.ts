/**
 * Masking (core/mask.ts): generated IDs, cards and mobiles, written with any separator, full-width or not,
 * inside any text, never show in full in any field; ordinary text (dates, times, amounts, hotlines, ticket
 * and transaction numbers) stays readable.
 */
import fc from 'fast-check';
import { isBankCard, isResidentId, maskSensitive, MaskMode } from '../../miniprogram/core/mask';
import { exportText, Note, noteViews } from '../../miniprogram/core/notes';

// ---- generators --------------------------------------------------------------------------------

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const digitsBetween = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const REGIONS = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];
const pad2 = (n: number) => String(n).padStart(2, '0');
const birth = fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(),
  md: pad2(d.getUTCMonth() + 1) + pad2(d.getUTCDate()),
}));
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (first17: string) => '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0) % 11];

/** An 18-character ID with a real region and birth date; the check character right, or wrong (a typo). */
const id18 = fc
  .tuple(fc.constantFrom(...REGIONS), digits(4), birth, digits(3), fc.boolean(), fc.constantFrom(...'0123456789X'))
  .map(([r, area, b, seq, valid, other]) => {
    const first17 = `${r}${area}${b.y}${b.md}${seq}`;
    return valid ? first17 + checkChar(first17) : first17 + other;
  });
/** The old 15-digit ID (region, area, YYMMDD, sequence): it has no check digit at all. */
const id15 = fc
  .tuple(
    fc.constantFrom(...REGIONS),
    digits(4),
    birth.filter((b) => b.y < 2000),
    digits(3),
  )
  .map(([r, area, b, seq]) => `${r}${area}${String(b.y).slice(2)}${b.md}${seq}`);
/** In free text any 18 characters of ID shape are an ID, whatever the region and date. */
const anyId18 = fc.tuple(digits(17), fc.constantFrom(...'0123456789Xx')).map(([a, b]) => a + b);

const withLuhn = (body: string): string => {
  for (let d = 0; d <= 9; d++) if (isBankCard(body + d)) return body + d;
  throw new Error('unreachable');
};
/** Card networks' leading digits: UnionPay 62 and 81, Visa 4, Mastercard 51–55 and 2221–2720, JCB 35. */
const iin = fc.oneof(
  digits(4).map((d) => `62${d}`),
  fc.constant('4'),
  fc.integer({ min: 51, max: 55 }).map(String),
  fc.integer({ min: 2221, max: 2720 }).map(String),
  fc.constant('35'),
  fc.constant('81'),
);
const cardBody = (lengths: fc.Arbitrary<number>) => fc.tuple(iin, lengths).chain(([p, n]) => digits(Math.max(0, n - p.length)).map((rest) => p + rest));
/** A real-looking card of 16–19 digits passing the Luhn check. */
const card = cardBody(fc.integer({ min: 15, max: 18 })).map(withLuhn);
/** The same with a typo: 16–19 digits failing the Luhn check. */
const mistypedCard = cardBody(fc.integer({ min: 16, max: 19 })).filter((c) => !isBankCard(c));
const mobile = fc.tuple(fc.constantFrom('13', '14', '15', '16', '17', '18', '19'), digits(9)).map(([a, b]) => a + b);
const MOBILE_PREFIXES = ['', '+86', '+86 ', '86', '86-', '0086', '0086 ', '(+86)', '（+86）', '＋８６ ', '+86-'];

/** What people put between digit groups. */
const SEPS = [' ', '  ', '-', ' - ', '·', '.', ',', '，', '、', '－', '\u3000', '\u200b', '/', ')(', '）（', '】【', '_', '—', '．', '\n'];
const sep = fc.constantFrom(...SEPS);

function groupBy(value: string, sizes: readonly number[], seps: string[]): string {
  const out: string[] = [];
  let i = 0;
  let k = 0;
  while (i < value.length) {
    const size = sizes[k % sizes.length]!;
    out.push(value.slice(i, i + size));
    i += size;
    k += 1;
  }
  return out.map((g, n) => (n === 0 ? g : seps[(n - 1) % seps.length] + g)).join('');
}

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[Xx]/g, 'Ｘ');

type Written = { text: string; secret: string };

/** A number written one way: in one piece or in groups (`sizes`), any separators, full-width or not, bracketed or not. */
const written = (numbers: fc.Arbitrary<string>, sizes: fc.Arbitrary<readonly number[]>) =>
  fc
    .tuple(
      numbers,
      fc.boolean(),
      sizes,
      fc.array(sep, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('none', 'all', 'some'),
      fc.constantFrom('', '()', '（）', '【】'),
    )
    .map(([secret, grouped, sz, seps, width, wrap]): Written => {
      let text = grouped ? groupBy(secret, sz, seps) : secret;
      if (width === 'all') text = FULL(text);
      if (width === 'some') text = [...text].map((ch, i) => (i % 3 === 0 ? FULL(ch) : ch)).join('');
      if (wrap) text = wrap[0] + text + wrap[1];
      return { text, secret };
    });

/** Groups of at least 3 digits, as one number is written (card 4-4-4-4, ID 6-8-4, mobile 3-4-4 …). */
const sizes3: fc.Arbitrary<readonly number[]> = fc.oneof(
  fc.constant([4]),
  fc.constant([6, 8, 4]),
  fc.constant([3, 4, 4]),
  fc.constant([6, 4, 4, 4]),
  fc.array(fc.integer({ min: 3, max: 6 }), { minLength: 1, maxLength: 5 }),
);
/** Any grouping, down to single digits: only numbers that check out (Luhn, ID check, mobile) are sure then. */
const sizesAny: fc.Arbitrary<readonly number[]> = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 });

const BEFORE = [
  '',
  '第1',
  '第12次',
  '第1次 ',
  '2026-11-29 ',
  '2026.11.29 ',
  '2026/11/29 ',
  '20261129 ',
  '2026年11月29日',
  '共200元，',
  '10:30 ',
  '卡号',
  '身份证：',
  '手机',
  'Tel: ',
  '我的号码是',
  'ID ',
  '（',
];
const AFTER = ['', '1次', '12次', '次', '，谢谢', ' 2026-11-29', '元', '）', '。', ' 10:30', '号'];
const around = fc.tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER));
/** What stands around a number in the ticket field (no 「第1」 glued on: a ticket field holds one number). */
const ticketSides = fc.tuple(fc.constantFrom('', '单号', '卡号', '：', '（', 'No. ', '2026-11-29 '), fc.constantFrom('', '）', ' ', '。', ' 10:30'));

/** Digits and stars of a text, full-width read as ASCII, everything else dropped. */
const digitsAndStars = (s: string) => s.normalize('NFKC').replace(/[^0-9*]/g, '');

/** The number is not shown in full, and no 8 digits in a row (all of them, when fewer) of its hidden part survive. */
function expectHidden(masked: string, secret: string): void {
  const shown = digitsAndStars(masked);
  const d = secret.replace(/[^0-9]/g, '');
  expect(shown).not.toContain(d);
  const hidden = d.slice(0, -4);
  const size = Math.min(8, hidden.length);
  for (let i = 0; i + size <= hidden.length; i++) expect(shown).not.toContain(hidden.slice(i, i + size));
}

const FIELDS: Array<{ mode: MaskMode; name: string }> = [
  { mode: 'text', name: 'said / next' },
  { mode: 'ticket', name: 'ticket' },
];

// ---- properties --------------------------------------------------------------------------------

describe('personal numbers never show in full', () => {
  const RUNS = 1200;

  it.each(FIELDS)('sure numbers in any grouping, any separator, any surroundings ($name field)', ({ mode }) => {
    const sureNumber = fc.oneof(
      written(card, sizesAny),
      written(mobile, sizesAny),
      written(
        id18.filter((v) => v.slice(-1) === checkChar(v.slice(0, 17))),
        sizesAny,
      ),
    );
    fc.assert(
      fc.property(sureNumber, around, (w, [before, after]) => {
        // Glued digits count only where they are glued: a mobile or ID written in single digits next to 「第1」 is
        // indistinguishable from one longer number, so the glued surroundings get groups of 3 or more.
        if (/\d$/.test(before) || /^\d/.test(after)) return;
        expectHidden(maskSensitive(`${before}${w.text}${after}`, mode), w.secret);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(FIELDS)('IDs (18 with or without a valid check, 15) and mobiles with +86 / 86 / 0086, grouped as written ($name field)', ({ mode }) => {
    const numbers = fc.oneof(
      written(id18, sizes3),
      written(id15, sizes3),
      fc.tuple(fc.constantFrom(...MOBILE_PREFIXES), written(mobile, sizes3)).map(([p, w]): Written => ({ text: p + w.text, secret: w.secret })),
    );
    fc.assert(
      fc.property(numbers, mode === 'text' ? around : ticketSides, (w, [before, after]) => {
        expectHidden(maskSensitive(`${before}${w.text}${after}`, mode), w.secret);
      }),
      { numRuns: RUNS },
    );
  });

  it('cards of 16–19 digits, with or without a typo, grouped as written, in free text', () => {
    fc.assert(
      fc.property(fc.oneof(written(card, sizes3), written(mistypedCard, sizes3), written(anyId18, sizes3)), around, (w, [before, after]) => {
        expectHidden(maskSensitive(`${before}${w.text}${after}`, 'text'), w.secret);
      }),
      { numRuns: RUNS },
    );
  });

  /** Groups of 1–2 digits, the first of up to 4 (「62 22 02 …」「6 2 2 2 …」「6222 02 12 …」), one size per group. */
  const smallGroups: fc.Arbitrary<readonly number[]> = fc
    .tuple(fc.constantFrom(1, 2, 4), fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 19, maxLength: 19 }))
    .map(([first, rest]) => [first, ...rest]);
  const uniformSmall: fc.Arbitrary<readonly number[]> = fc.constantFrom([1], [2]);

  it.each(FIELDS)('mistyped cards written in groups of 1–2 digits, in any surroundings ($name field)', ({ mode }) => {
    fc.assert(
      fc.property(fc.oneof(written(mistypedCard, smallGroups), written(mistypedCard, uniformSmall)), around, (w, [before, after]) => {
        // Digits glued on are indistinguishable from the card's own when it is written digit by digit (as above);
        // in one piece, in the ticket field, it is a ticket number (see the ticket-field test below).
        if (/\d$/.test(before) || /^\d/.test(after)) return;
        if (mode === 'ticket' && !/[^0-9０-９]/.test(w.text.replace(/^[(（【]|[)）】]$/g, ''))) return;
        expectHidden(maskSensitive(`${before}${w.text}${after}`, mode), w.secret);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('a card spelled out in groups of 1–2 digits is masked as one number: only its last four show', () => {
    fc.assert(
      fc.property(fc.oneof(written(mistypedCard, smallGroups), written(mistypedCard, uniformSmall), written(card, smallGroups)), (w) => {
        const d = w.secret;
        expect([w.text, digitsAndStars(maskSensitive(w.text))]).toEqual([w.text, '*'.repeat(d.length - 4) + d.slice(-4)]);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('cards in the ticket field: any card passing the check, and a mistyped one written in groups of 4', () => {
    fc.assert(
      fc.property(fc.oneof(written(card, sizes3), written(mistypedCard, fc.constant([4]))), ticketSides, (w, [before, after]) => {
        // A mistyped card in one piece in the ticket field is taken for a ticket number (see core/mask.ts).
        if (!isBankCard(w.secret) && !/[^0-9０-９]/.test(w.text.replace(/^[(（【]|[)）】]$/g, ''))) return;
        expectHidden(maskSensitive(`${before}${w.text}${after}`, 'ticket'), w.secret);
      }),
      { numRuns: RUNS },
    );
  });

  it('in every field of a note, on screen and in the export', () => {
    const note: Note = { v: 1, id: 'a', channel: 'pay-hotline', at: '2026-11-29 10:30', ticket: '', said: '', next: '', remind: '', createdAt: 1 };
    fc.assert(
      fc.property(
        fc.oneof(written(card, sizes3), written(id18, sizes3), written(id15, sizes3), written(mobile, sizes3)),
        around,
        ticketSides,
        fc.constantFrom('ticket', 'said', 'next'),
        (w, text, ticket, field) => {
          const [before, after] = field === 'ticket' ? ticket : text;
          const n: Note = { ...note, said: '好的', [field]: `${before}${w.text}${after}` };
          const [view] = noteViews([n], 'zh', '2026-11-29');
          const exported = exportText([n], 'zh', '2026-11-29');
          for (const shown of [view!.ticket, view!.said, view!.next, exported]) expectHidden(shown, w.secret);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('examples', () => {
  it.each([
    ['15-digit ID', '身份证 110105491231002', '身份证 ***********1002'],
    ['15-digit ID in groups', '身份证 110105 491231 002', '身份证 ***********1002'],
    ['ID with a wrong check digit', '110105194912310021', '**************0021'],
    ['ID grouped 6-8-4 after a date', '2026-11-29 110105 19491231 002X', '2026-11-29 **************002X'],
    ['card after a date', '2026-11-29 6222 0212 3456 7890 123', '2026-11-29 ***************0123'],
    ['card after a compact date', '20261129 6222 0212 3456 7890', '20261129 ************7890'],
    ['card with middle dots', '6222·0212·3456·7890', '************7890'],
    ['card with commas', '6222,0212,3456,7890,123', '***************0123'],
    ['card with spaced dashes', '6222 - 0212 - 3456 - 7890', '************7890'],
    ['card in brackets', '(6222)(0212)(3456)(7890)', '(************7890)'],
    ['full-width card', '６２２２　０２１２　３４５６　７８９０', '************7890'],
    ['full-width separators', '6222．0212．3456．7890', '************7890'],
    ['invisible characters', '6222\u200b0212\u200b3456\u200b7890', '************7890'],
    ['mobile with +86', '+86 138 0013 8000', '+*********8000'],
    ['mobile with 0086', '0086-138-0013-8000', '***********8000'],
    ['mobile glued to 第1', '第113800138000', '第1*******8000'],
    ['mobile glued to 1次', '138001380001次', '*******80001次'],
    ['Arabic-Indic digits', '١٣٨٠٠١٣٨٠٠٠', '*******8000'],
    // Found by the property tests: an ID behind a compact date, grouped 6-4-4-4, with digits glued on.
    ['an ID behind a compact date, digits glued on', '20261129 110110 1970 0101 000012次', '************************0012次'],
    ['an ID-shaped number behind a compact date', '20261129 000000 0020 0101 000712次', '************************0712次'],
    // A card with a typo spelled out in groups of 1–2 digits (the gap left open at stop 16).
    ['mistyped card in pairs', '卡号 62 22 02 12 34 56 78 90 12', '卡号 **************9012'],
    ['mistyped card digit by digit', '6 2 2 2 0 2 1 2 3 4 5 6 7 8 9 0 1 2', '**************9012'],
    ['mistyped card, 4 then pairs', '6222 02 12 34 56 78 90 12', '**************9012'],
    ['mistyped card not cut up for the mobile inside it', '62 22 13 80 01 38 00 0 12 3', '**************0123'],
    ['mistyped card in pairs with a date and 1次 after it', '62-22-02-12-34-56-78-90-12 2026-11-29 第1次', '**************9012 2026-11-29 第1次'],
  ])('%s', (_name, input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });

  it('the ticket field masks cards, IDs and mobiles too', () => {
    expect(maskSensitive('6217000000123451', 'ticket')).toBe('************3451');
    expect(maskSensitive('6222 0212 3456 7890', 'ticket')).toBe('************7890');
    expect(maskSensitive('110105491231002', 'ticket')).toBe('***********1002');
    expect(maskSensitive('13800138000', 'ticket')).toBe('*******8000');
  });
});

describe('ordinary text stays readable', () => {
  const same = (mode: MaskMode) => (s: string) => expect(maskSensitive(s, mode)).toBe(s);
  it.each(FIELDS)('dates, times, amounts, hotlines, landlines, 28-digit transaction numbers ($name field)', ({ mode }) => {
    const ordinary = fc.oneof(
      fc
        .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
      fc
        .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true })
        .map((d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`),
      fc.integer({ min: 1, max: 9_999_999 }).map((n) => `退款 ${n} 元，第 ${n % 9} 次`),
      fc.integer({ min: 1, max: 99_999 }).map((n) => `${n}.${pad2(n % 100)}元`),
      fc.constantFrom('95017', '12315', '12363', '12300', '110', '96110', '400 670 0700', '010-12345678', '0755-8376 5566', '(021) 6888 8888'),
      digits(24).map((d) => `交易单号 4200${d}`),
      digitsBetween(1, 10).map((d) => `T-${d}`),
    );
    fc.assert(fc.property(ordinary, same(mode)), { numRuns: 1000 });
  });

  it('date-based ticket numbers of 15–19 digits stay readable in the ticket field', () => {
    const ticket = fc
      .tuple(fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }), digitsBetween(7, 11))
      .map(([d, rest]) => `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}${rest}`);
    fc.assert(fc.property(ticket, same('ticket')), { numRuns: 1000 });
  });

  it.each(FIELDS)('short lists of small numbers, and lists of any length that count evenly ($name field)', ({ mode }) => {
    const short = fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 5 });
    const counting = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 6, max: 20 }))
      .map(([from, step, n]) => Array.from({ length: n }, (_, k) => from + k * step))
      .filter((xs) => xs.every((x) => x >= 0 && x <= 99));
    fc.assert(
      fc.property(fc.oneof(short, counting), fc.constantFrom(' ', '、', ',', '，', ' - '), fc.constantFrom('', '第', '座位 ', '选 '), (xs, sep, before) => {
        same(mode)(before + xs.join(sep));
      }),
      { numRuns: 1000 },
    );
  });

  it('dates and numbers next to each other are not read as one number', () => {
    for (const s of ['2026-11-29 10:30 打了95017，第2次', '2026-11-29 12345678', '11月29日 共3笔 200元', '工单 778899', '第1次，第12次']) same('text')(s);
    for (const s of [
      '1 2 3',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 14',
      '座位 31 32 33 34 35 36 37 38',
      '03 07 12 18 25 33 09',
      '10 30 到 11 45',
      '共 3 笔 5 8 12 元',
    ]) {
      same('text')(s);
    }
  });
});

describe('helpers', () => {
  it('check the ID check character and the Luhn check', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isBankCard('4111111111111111')).toBe(true);
  });
});
