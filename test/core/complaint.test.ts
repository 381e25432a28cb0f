/**
 * The complaint text generator (core/complaint.ts): which routes a case offers and whether each is open
 * (from its clock and plan), each route's addressee and reach from the data, the text in zh (and en for the
 * overseas help), and personal numbers masked in every field (fast-check). Fixed instants only.
 */
import fc from 'fast-check';
import { Case, caseClock, findCase } from '../../miniprogram/core/case';
import {
  caseTitle,
  complaintText,
  defaultWish,
  offeredRoutes,
  parseRoute,
  reachLines,
  ROUTE_IDS,
  routeOffers,
  routeSources,
  RouteId,
} from '../../miniprogram/core/complaint';
import { ALL_SOURCES } from '../../miniprogram/core/data/catalogue/sources';
import { Note } from '../../miniprogram/core/notes';
import { BJ, bj, note } from '../helpers/notes';

function caseOf(notes: Note[]): Case {
  const first = notes[0];
  if (!first) throw new Error('caseOf: no notes');
  const c = findCase(notes, first.concrete ?? first.problem ?? 'none');
  if (!c) throw new Error('caseOf: no case');
  return c;
}
const offers = (c: Case, now: number, lang: 'zh' | 'en' = 'zh') => routeOffers(c, caseClock(c, now, BJ), now, BJ, lang);
const offer = (c: Case, now: number, id: RouteId) => offers(c, now).find((o) => o.id === id);

describe('routes of a case', () => {
  it('reads only known routes from a page path', () => {
    expect(parseRoute('12300')).toBe('12300');
    expect(parseRoute('pay-intervene')).toBe('pay-intervene');
    for (const bad of ['', '12345', 'PAY', 42, undefined, null]) expect(parseRoute(bad)).toBeNull();
  });

  it('a merchant that did not reply within 1 day opens 「申请微信支付介入」, with the clock’s words', () => {
    const c = caseOf([note({ concrete: 'merchant-refund', kind: 'merchant-complaint', at: '2026-11-20 10:00' })]);
    const early = offer(c, bj(11, 21), 'pay-intervene');
    expect(early?.state).toBe('waiting');
    expect(early?.why).toContain('前回复');
    const late = offer(c, bj(11, 23), 'pay-intervene');
    expect(late).toEqual(expect.objectContaining({ state: 'open', source: 'esc-pay-complaint-rules' }));
    expect(late?.why).toBe('商家应在 1 天内回复，已过 3 天：可以申请微信支付介入');
  });

  it('without a merchant complaint, WeChat Pay stepping in says what must come first', () => {
    const c = caseOf([note({ concrete: 'merchant-refund', channel: 'kf-web', at: '2026-11-20 10:00' })]);
    const o = offer(c, bj(11, 25), 'pay-intervene');
    expect(o?.state).toBe('locked');
    expect(o?.why).toContain('先在账单里投诉商家');
  });

  it('12300 waits 15 days after the operator, then opens; a good answer never opens it', () => {
    const c = caseOf([note({ concrete: 'account-banned', channel: 'smart-assistant', at: '2026-11-20 10:00' })]);
    expect(offeredRoutes(c, caseClock(c, bj(11, 25), BJ))).toContain('12300');
    const waiting = offer(c, bj(11, 25), '12300');
    expect(waiting?.state).toBe('waiting');
    expect(waiting?.why).toBe('如果到 12 月 5 日还没有答复，可以向 12300 申诉');
    const open = offer(c, bj(12, 6), '12300');
    expect(open?.state).toBe('open');
    expect(open?.why).toContain('现在可以向 12300 申诉');
    // A good answer: the clock has no 12300 step, and a plan without 12300 does not offer it.
    const answered = caseOf([note({ concrete: 'account-banned', at: '2026-11-20 10:00', outcome: 'answered' })]);
    expect(offer(answered, bj(12, 6), '12300')).toBeUndefined();
    // The 「客服一直不理我」 plan names 12300: there it shows what must happen first.
    const planned = caseOf([note({ concrete: 'no-response', at: '2026-11-20 10:00', outcome: 'answered' })]);
    expect(offer(planned, bj(12, 6), '12300')).toEqual(expect.objectContaining({ state: 'locked', why: expect.stringContaining('先向经营者投诉') }));
  });

  it('12363 is locked until Tenpay was asked first, and opens when its answer is refused', () => {
    const before = caseOf([note({ problem: 'payment', channel: 'kf-web', at: '2026-11-20 10:00' })]);
    const locked = offer(before, bj(11, 25), '12363');
    expect(locked?.state).toBe('locked');
    expect(locked?.why).toContain('先向财付通');
    const after = caseOf([note({ problem: 'payment', channel: 'pay-hotline', at: '2026-11-20 10:00', outcome: 'refused' })]);
    expect(offer(after, bj(11, 25), '12363')?.state).toBe('open');
  });

  it('a scam victim always has 110 first and 95017, both open', () => {
    const c = caseOf([note({ concrete: 'scam-paid', channel: 'tencent-110', at: '2026-11-24 21:00' })]);
    const list = offers(c, bj(11, 25));
    expect(list[0]).toEqual(expect.objectContaining({ id: '110', state: 'open' }));
    expect(list.find((o) => o.id === 'tenpay')?.state).toBe('open');
    const category = caseOf([note({ problem: 'fraud', at: '2026-11-24 21:00' })]);
    expect(offeredRoutes(category, [])).toEqual(expect.arrayContaining(['110', 'tenpay']));
  });

  it('every case can go to the overseas help; a category-only case gets its category’s routes', () => {
    const c = caseOf([note({ problem: 'payment' })]);
    expect(offeredRoutes(c, [])).toEqual(['pay-complaint', 'pay-intervene', 'tenpay', '12315', '12363', 'overseas']);
    const loose = caseOf([note({})]);
    expect(offeredRoutes(loose, [])).toContain('overseas');
  });
});

describe('addressees and reach come from the data', () => {
  it('numbers the data confirms are printed; 12300’s unconfirmed number says 未确认', () => {
    expect(reachLines('tenpay', 'zh')).toEqual(['电话 95017']);
    expect(reachLines('12363', 'zh')).toEqual(['电话 12363']);
    expect(reachLines('110', 'zh')).toEqual(['电话 110']);
    expect(reachLines('12315', 'zh')[0]).toBe('电话 12315');
    expect(reachLines('12315', 'zh')[1]).toMatch(/^未确认（/);
    expect(reachLines('12300', 'zh')[0]).toMatch(/^未确认（.*12381/);
    expect(reachLines('pay-complaint', 'zh')[0]).toContain('对订单有疑惑 → 投诉商家');
    expect(reachLines('pay-intervene', 'zh')[0]).toContain('继续投诉');
    expect(reachLines('overseas', 'en')).toEqual(['Website https://help.wechat.com', 'Email support@wechat.com or support@help.wechat.com']);
  });

  it.each([...ROUTE_IDS])('%s: every reach fact has a known source', (id) => {
    const sources = routeSources(id);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(ALL_SOURCES[s]).toBeDefined();
  });
});

describe('the text', () => {
  const c = caseOf([
    note({
      concrete: 'merchant-refund',
      kind: 'merchant-complaint',
      channel: 'kf-web',
      at: '2026-11-20 10:00',
      ticket: 'T-20261120',
      said: '商家说三天内退款',
    }),
    note({ concrete: 'merchant-refund', channel: 'pay-hotline', at: '2026-11-24 09:30', said: '让我再等等', outcome: 'unhappy' }),
  ]);

  it('says who, how, what, when, the tickets, what was said and the wish', () => {
    const text = complaintText({ case: c, route: 'pay-intervene', lang: 'zh', wish: '' });
    expect(text.split('\n')).toEqual([
      '【申请微信支付介入】',
      '致：微信支付（申请平台介入）',
      expect.stringMatching(/^提交方式：.*继续投诉/),
      '问题：商家不给退款',
      '经过：',
      '1. 2026-11-20 10:00，通过「在微信支付投诉商家」联系，工单号 T-20261120。对方说：商家说三天内退款。结果：至今没有答复。',
      '2. 2026-11-24 09:30，通过「微信支付客服热线 95017」联系。对方说：让我再等等。结果：答复不能解决问题。',
      '我的诉求：请求退款',
    ]);
  });

  it('a regulator’s text ends with a blank name and contact line for the user', () => {
    const text = complaintText({ case: c, route: '12363', lang: 'zh', wish: '请督促财付通退款' });
    expect(text).toContain('致：中国人民银行（12363）');
    expect(text).toContain('提交方式：电话 12363');
    expect(text).toContain('我的诉求：请督促财付通退款');
    expect(text.split('\n').pop()).toBe('姓名：__________　联系电话：__________（请自己填写）');
  });

  it('the police summary asks for a case by default', () => {
    const scam = caseOf([note({ concrete: 'scam-paid', at: '2026-11-24 21:00' })]);
    expect(defaultWish(scam, '110', 'zh')).toBe('请求立案调查，追回被骗的钱');
    expect(complaintText({ case: scam, route: '110', lang: 'zh', wish: '' })).toContain('【报警情况摘要】');
    expect(defaultWish(caseOf([note({ concrete: 'account-banned' })]), '12300', 'zh')).toBe('请求解除限制');
  });

  it('the overseas help gets English with no Chinese punctuation or words from the template', () => {
    const abroad = caseOf([
      note({ concrete: 'account-banned', channel: 'international', at: '2026-11-20 10:00', ticket: 'HC-1234', said: 'We will review it' }),
    ]);
    const text = complaintText({ case: abroad, route: 'overseas', lang: 'en', wish: '' });
    expect(text).toContain('To: WeChat Customer Support');
    expect(text).toContain('Problem: ');
    expect(text).toContain(
      '1. On 2026-11-20 10:00 contacted "Outside China: WeChat Help Center and support email", ticket HC-1234. They said: We will review it.',
    );
    expect(text).toContain('What I want: Please lift the restriction on my account');
    expect(text).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff「」【】]/);
    // Other routes have no English text: they fall back to Chinese.
    expect(complaintText({ case: abroad, route: '12300', lang: 'en', wish: '' })).toContain('【电信用户申诉】');
  });

  it('a case title names the concrete problem, else the category', () => {
    expect(caseTitle(c, 'zh')).toBe('商家不给退款');
    expect(caseTitle(caseOf([note({ problem: 'login' })]), 'zh')).toBe('登录不上/找回账号');
  });
});

// ---- masking: generated personal numbers in every field --------------------------------------------

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const pad2 = (n: number) => String(n).padStart(2, '0');
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (s: string) => '10X98765432'.charAt([...s].reduce((sum, d, i) => sum + Number(d) * (ID_WEIGHTS[i] ?? 0), 0) % 11);
/** A valid 18-character resident ID (a real region and birth date, the right check character). */
const residentId = fc
  .tuple(
    fc.constantFrom('11', '31', '44', '51', '65'),
    digits(4),
    fc.integer({ min: 1940, max: 2010 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    digits(3),
  )
  .map(([r, a, y, m, d, s]) => {
    const first = `${r}${a}${y}${pad2(m)}${pad2(d)}${s}`;
    return first + checkChar(first);
  });
const luhn = (body: string) => {
  const sum = [...body].reverse().reduce((acc, ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + (d > 9 ? d - 9 : d);
  }, 0);
  return body + String((10 - (sum % 10)) % 10);
};
/** A bank card: a card network's leading digits, 16 or 19 digits, Luhn-valid. */
const bankCard = fc.tuple(fc.constantFrom('62', '4', '5'), fc.constantFrom(16, 19)).chain(([p, n]) => digits(n - 1 - p.length).map((rest) => luhn(p + rest)));
const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).map(([a, b]) => a + b);
const secret = fc.oneof(residentId, bankCard, mobile);
/** Written in one piece, in groups of 4 with spaces, or with dashes. */
const written = fc.tuple(secret, fc.constantFrom('', ' ', '-')).map(([s, sep]) => ({ s, w: sep ? (s.match(/.{1,4}/g) ?? []).join(sep) : s }));
const around = fc.tuple(fc.constantFrom('', '我的号码', '卡号：', 'ID '), fc.constantFrom('', '。', '，谢谢', ' please'));

/** No run of 8 hidden digits (the number without its last 4) survives in the text's digits. */
function leaks(text: string, number: string): boolean {
  const shown = text.normalize('NFKC').replace(/[^0-9]/g, '');
  const hidden = number.replace(/[^0-9]/g, '').slice(0, -4);
  for (let i = 0; i + 8 <= hidden.length; i++) if (shown.includes(hidden.slice(i, i + 8))) return true;
  return false;
}

describe('personal numbers are masked in every field of the text', () => {
  const FIELDS = ['said', 'ticket', 'next', 'wish'] as const;
  let runs = 0;

  it.each(FIELDS)('a generated ID, card or mobile in %s never shows in full, on any route', (field) => {
    fc.assert(
      fc.property(written, around, fc.constantFrom(...ROUTE_IDS), fc.constantFrom('zh' as const, 'en' as const), ({ s, w }, [before, after], route, lang) => {
        runs += 1;
        const value = `${before}${w}${after}`;
        const n = note({
          concrete: 'merchant-refund',
          at: '2026-11-20 10:00',
          said: field === 'said' ? value : '说了',
          ticket: field === 'ticket' ? value : '',
          next: field === 'next' ? value : '',
        });
        const text = complaintText({ case: caseOf([n]), route, lang, wish: field === 'wish' ? value : '' });
        return !leaks(text, s);
      }),
      { numRuns: 1000 },
    );
  });

  afterAll(() => {
    // 4 fields × 1000 generated numbers: the figure the report quotes.
    expect(runs).toBe(4000);
  });
});
