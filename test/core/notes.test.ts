import fc from 'fast-check';
import { exportText, isBankCard, isResidentId, maskSensitive, Note, noteViews, reviveNote, validateNote } from '../../miniprogram/core/notes';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function withIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11];
}
function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) if (isBankCard(body + d)) return body + d;
  throw new Error('unreachable');
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const idArb = digits(17, 17).map(withIdCheck);
const cardArb = digits(12, 18).map(withLuhn);
/** A card number with a typo: 16–19 digits that fail the Luhn check. */
const mistypedCardArb = digits(16, 19).filter((d) => !isBankCard(d));
const mobileArb = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9, 9)).map(([a, b]) => a + b);
const textArb = fc.stringMatching(/^[a-z，。：？、 我的号码是卡请退款客服说]{0,12}$/);
const grouped = (s: string, sep: string) => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
const sepArb = fc.constantFrom(' ', '-', '.', '/', '_', '\u3000', '  ', '\n', '\u2014', '\uFF0D');

function windows(value: string, size = 6): string[] {
  const d = value.replace(/\D/g, '');
  const out: string[] = [];
  for (let i = 0; i + size <= d.length; i++) out.push(d.slice(i, i + size));
  return out;
}

describe('masking (property tests)', () => {
  /** `value`, written plainly or in groups inside other text, is masked: no 6-digit run survives, the last 4 stay. */
  const masksInText = (numbers: fc.Arbitrary<string>, keepsLast4 = true) =>
    fc.property(numbers, fc.boolean(), sepArb, textArb, textArb, (value, group, sep, before, after) => {
      const written = group ? grouped(value, sep) : value;
      const masked = maskSensitive(`${before}${written}${after}`);
      const compact = masked.replace(/[\s\-./_\u2014\uFF0D\u3000]/g, '');
      for (const w of windows(value)) expect(compact).not.toContain(w);
      // The last 4 stay readable (unless an "x" right after makes it read as an ID's check letter).
      if (keepsLast4 && !/^[ -]?[Xx]/.test(after)) expect(masked).toContain(value.slice(-4));
    });
  it('no run of 6+ digits from an ID or bank card survives, in any common written form', () => {
    fc.assert(masksInText(fc.oneof(idArb, cardArb)), { numRuns: 3000 });
  });
  it('a mistyped card number (16–19 digits failing the Luhn check) is masked too', () => {
    // (Its last 4 may be cut differently: a mistyped 17-digit number can start with a valid 16-digit card.)
    fc.assert(masksInText(mistypedCardArb, false), { numRuns: 3000 });
  });
  it.each([
    ['卡号 6222020200112233445 请核实', '卡号 ***************3445 请核实'],
    ['卡号 6222 0202 0011 2233 445', '卡号 ***************3445'],
    ['6222-0202-0011-2234', '************2234'],
  ])('%j: a card number with a typo is still a card number', (written, masked) => {
    expect(maskSensitive(written)).toBe(masked);
  });
  it('a date next to a number is not taken for a card: the phone number in it is masked as before', () => {
    expect(maskSensitive('2026-11-29 13912345678')).toBe('2026-11-29 *******5678');
    expect(maskSensitive('2026-11-29 12345678')).toBe('2026-11-29 12345678');
  });
  it('mobile numbers keep only the last 4 digits', () => {
    fc.assert(
      fc.property(mobileArb, textArb, (m, before) => {
        const masked = maskSensitive(`${before}${m}。`);
        expect(masked).not.toContain(m.slice(0, 7));
        expect(masked).toContain(m.slice(-4));
      }),
    );
  });
  it('leaves dates, times, hotlines and long transaction ids alone', () => {
    const s = '2026-11-29 10:30 打了95017，交易单号 4200001234567890123456789012';
    expect(maskSensitive(s)).toBe(s);
  });
  it.each([
    ['138.0013.8000'],
    ['138/0013/8000'],
    ['138\u30000013\u30008000'],
    ['138  0013  8000'],
    ['138\n0013\n8000'],
    ['138—0013—8000'],
    ['110101.19900307.4514'],
    ['110101199003074515'],
  ])('%j is masked whatever separates its groups, and an ID with a wrong check digit too', (written) => {
    const masked = maskSensitive(written);
    expect(masked.replace(/\D/g, '').length).toBe(4);
  });
  it('full-width digits are masked too', () => {
    expect(maskSensitive('手机１３８１２３４５６７８')).toBe('手机*******5678');
  });
  it('ticket numbers keep their digits unless they are a card, an ID or a mobile', () => {
    expect(maskSensitive('123456789012345', 'ticket')).toBe('123456789012345');
    // Passes the Luhn check by chance, but no card network starts with 1.
    expect(maskSensitive('1234567890123452', 'ticket')).toBe('1234567890123452');
    // 19 digits failing the Luhn check, in one piece: a ticket number.
    expect(maskSensitive('6222020200112233447', 'ticket')).toBe('6222020200112233447');
    expect(maskSensitive('11010519491231002X', 'ticket')).toBe('**************002X');
    // The persona walk's D14: a card typed in the ticket field was shown in full.
    expect(maskSensitive('4111111111111111', 'ticket')).toBe('************1111');
    expect(maskSensitive('6217000000123451', 'ticket')).toBe('************3451');
  });
  it('recognises a known ID and card', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isBankCard('4111111111111111')).toBe(true);
    expect(maskSensitive('卡 4111 1111 1111 1111')).toBe('卡 ************1111');
    // A number that passes the card check is masked however it is grouped.
    expect(maskSensitive('卡 4111 11 11 1111 1111')).toBe('卡 ************1111');
  });
});

describe('validateNote', () => {
  it('accepts a complete note', () => {
    const { note, errors } = validateNote({ channel: 'pay-hotline', at: '2026-11-29 10:30', said: '会在 3 个工作日内回电', ticket: 'A123' }, 'zh');
    expect(errors).toEqual({});
    expect(note).toEqual(expect.objectContaining({ channel: 'pay-hotline', ticket: 'A123' }));
  });
  it('explains every bad field in the user’s language', () => {
    const zh = validateNote({ channel: 'nope', at: '2026-13-40 10:30', said: '', remind: 'tomorrow', ticket: 'x'.repeat(501) }, 'zh').errors;
    expect(zh).toEqual({
      channel: '请选择联系的渠道',
      at: '时间格式应为 年-月-日 时:分',
      said: '请写下对方说了什么，或者留个简短的备注',
      remind: '提醒日期格式应为 年-月-日',
      ticket: '不能超过 500 个字',
    });
    expect(validateNote({}, 'en').errors.channel).toBe('Choose the channel you contacted');
  });
});

describe('reviveNote', () => {
  it('reads the old format (time, channelId, content)', () => {
    expect(reviveNote({ channelId: 'phone', time: '2026-01-02T03:04:05Z', content: '打不通' }, 'x')).toEqual(
      expect.objectContaining({ v: 1, id: 'x', channel: 'phone', at: '2026-01-02 03:04', said: '打不通' }),
    );
  });
  it('coerces wrong types and rejects what cannot be recovered', () => {
    expect(reviveNote({ channel: 'pay-hotline', at: '2026-01-02 03:04', said: 'ok', ticket: 12345, remind: 7 }, 'x')).toEqual(
      expect.objectContaining({ ticket: '12345', remind: '' }),
    );
    expect(reviveNote('{"channel": "pay-hot', 'x')).toBeNull();
    expect(reviveNote({ channel: 'not-a-channel' }, 'x')).toBeNull();
    expect(reviveNote([1, 2], 'x')).toBeNull();
  });
});

describe('showing and exporting', () => {
  const note: Note = {
    v: 1,
    id: 'a',
    channel: 'pay-hotline',
    at: '2026-11-29 10:30',
    ticket: '工单 778899',
    said: '核对身份证 11010519491231002X 和卡号 4111 1111 1111 1111',
    next: '回拨 13812345678',
    remind: '2026-11-30',
    createdAt: 1,
  };
  it('masks sensitive numbers in shown and exported text, and flags due reminders', () => {
    const view = noteViews([note], 'zh', '2026-11-30')[0]!;
    expect(view.said).not.toMatch(/110105|411111/);
    expect(view.next).toContain('5678');
    expect(view.next).not.toContain('1381234');
    expect(view.due).toBe(true);
    const text = exportText([note], 'zh', '2026-11-29');
    expect(text).toContain('我的微信客服联系记录');
    expect(text).toContain('工单号：工单 778899');
    expect(noteViews([{ ...note, ticket: '4111111111111111' }], 'zh', '2026-11-29')[0]!.ticket).toBe('************1111');
    for (const secret of ['110105', '4111 1111', '411111', '1381234']) expect(text).not.toContain(secret);
  });
  it('no run of 6 digits of a card number, mistyped or not, survives in shown or exported text', () => {
    fc.assert(
      fc.property(fc.oneof(cardArb, mistypedCardArb), fc.boolean(), sepArb, textArb, (value, group, sep, before) => {
        const written = group ? grouped(value, sep) : value;
        const n: Note = { ...note, ticket: 'A1', said: `${before}卡号${written}`, next: `回拨前核对 ${written}。` };
        const view = noteViews([n], 'zh', '2026-11-29')[0]!;
        const lines = exportText([n], 'zh', '2026-11-29')
          .split('\n')
          .filter((line) => line.startsWith('对方说：') || line.startsWith('下一步：'));
        expect(lines).toHaveLength(2);
        for (const shown of [view.said, view.next, ...lines]) {
          const compact = shown.replace(/[\s\-./_\u2014\uFF0D\u3000]/g, '');
          for (const w of windows(value)) expect(compact).not.toContain(w);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
