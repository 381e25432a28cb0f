/** Property tests: what no official contact may become, whatever is added to it. */
import fc from 'fast-check';
import { check, decodePunycode, normalise, Outcome } from '../../../miniprogram/core/verify';
import { domainToUnicode } from 'url';
import { GOVERNMENT_CONTACTS, OFFICIAL_CONTACTS, RISK_PHRASES } from './corpus';

const VOUCHING: Outcome[] = ['official', 'government', 'official-domain', 'contains-official', 'warning-12381'];
const CONTACTS = [...OFFICIAL_CONTACTS, ...GOVERNMENT_CONTACTS];
const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '\u034f',
  '\u061c',
  '\u3164',
  '\ufe0f',
  '\u{e0041}',
];

describe('adding a risk phrase to an official contact', () => {
  it('never gives "official" (nor anything that vouches for it): it is a scam', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTACTS),
        fc.constantFrom(...RISK_PHRASES),
        fc.constantFrom('', ' ', '，', '：', '\n', '。', ' - ', '！'),
        fc.boolean(),
        (contact, risk, sep, first) => {
          const input = first ? `${contact}${sep}${risk}` : `${risk}${sep}${contact}`;
          const c = check(input);
          expect([input, VOUCHING.includes(c.outcome)]).toEqual([input, false]);
          expect([input, c.outcome]).toEqual([input, 'scam']);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('a reassurance in front of a request', () => {
  const subject = fc.constantFrom('', '我们', '我', '这', '这个', '本人', '您放心', '放心');
  const negator = fc.constantFrom('不是', '绝不是', '并不是', '绝对不是', '肯定不是', '不会是', '真的不是', '才不是');
  const object = fc.constantFrom('骗子', '诈骗', '骗局', '假的', '诈骗电话', '骗人');
  const particle = fc.constantFrom('', '的', '啦', '哦', '呢');
  const polite = fc.constantFrom('', '请', '麻烦', '您好', '现在');
  const request = fc.constantFrom('把验证码发我', '提供一下验证码', '把支付密码告诉我', '开启屏幕共享', '先转账到安全账户', '把收到的6位数字告诉我');

  it('never hides the request, whatever the negation says: a scam', () => {
    fc.assert(
      fc.property(subject, negator, object, particle, polite, request, (s, n, o, p, please, r) => {
        const input = `${s}${n}${o}${p}${please}${r}`;
        expect([input, check(input).outcome]).toEqual([input, 'scam']);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves a genuine warning after it a warning', () => {
    fc.assert(
      fc.property(
        subject,
        fc.constantFrom('客服不会向你索要', '官方绝不会要你的', '请勿把', '不要把', '千万别把'),
        fc.constantFrom('验证码', '密码', '支付密码'),
        (s, never, what) => {
          const input = `${s}不用担心${never}${what}${never.endsWith('把') ? '告诉任何人' : ''}`;
          expect([input, check(input).outcome]).toEqual([input, 'no-signs']);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('inserting invisible characters', () => {
  it('never gives "official" to a contact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTACTS),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { minLength: 1, maxLength: 3 }),
        (contact, inserts) => {
          let s = contact;
          for (const [at, ch] of inserts) {
            const i = at % (s.length + 1);
            s = s.slice(0, i) + ch + s.slice(i);
          }
          const c = check(s);
          expect([JSON.stringify(s), c.outcome === 'official' || c.outcome === 'government']).toEqual([JSON.stringify(s), false]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never makes a message official either', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...INVISIBLE), fc.constantFrom(...CONTACTS), (text, ch, contact) => {
        const s = `${text}${ch}${contact}`;
        expect(['official', 'government']).not.toContain(check(s).question === 'message' ? check(s).outcome : 'message');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a message is never official', () => {
  it('whatever official contacts it holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTACTS),
        fc.constantFrom(...CONTACTS),
        fc.constantFrom('请联系', '拨打', '客服说：', 'call ', '转告：'),
        (a, b, lead) => {
          const c = check(`${lead}${a} ${b}`);
          if (c.question === 'message') expect(['official', 'government', 'official-domain']).not.toContain(c.outcome);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('reading', () => {
  it('never throws and always answers, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => {
        const c = check(s);
        expect(typeof c.outcome).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes punycode as browsers do', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcwеchatаоqq微信客服腾讯éα-'.split('')) }), (label) => {
        const ascii = new URL(`http://${label}.com`).hostname.split('.')[0]!;
        if (!ascii.startsWith('xn--')) return;
        expect(decodePunycode(ascii.slice(4))).toBe(domainToUnicode(`${ascii}.com`).split('.')[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads digits of every script as ASCII', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(
          0x30,
          0xff10,
          0x0660,
          0x06f0,
          0x0966,
          0x09e6,
          0x0e50,
          0x1040,
          0x17e0,
          0x1d7ce,
          0x1d7d8,
          0x1d7e2,
          0x1d7ec,
          0x1d7f6,
          0x07c0,
          0x0f20,
          0x1810,
          0xa8d0,
          0x1e950,
        ),
        (d, zero) => {
          expect(normalise(String.fromCodePoint(zero + d)).text).toBe(String(d));
        },
      ),
    );
  });
});
