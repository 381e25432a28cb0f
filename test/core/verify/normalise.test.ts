import {
  asciiDigits,
  chineseDigits,
  decodePunycode,
  MAX_CHARS,
  normalise,
  percentDecode,
  readDots,
  skeleton,
  unicodeHost,
} from '../../../miniprogram/core/verify';

describe('normalise', () => {
  it.each([
    ['９５０１７', '95017'],
    ['⑨⑤⓪①⑦', '95017'],
    ['➈➄⓪➀➆', '95017'],
    ['❾❺⓿❶❼', '95017'],
    ['⁹⁵⁰¹⁷', '95017'],
    ['𝟗𝟓𝟎𝟏𝟕', '95017'],
    ['٩٥٠١٧', '95017'],
    ['九五零一七', '95017'],
    ['九五〇幺七', '95017'],
    ['玖伍零壹柒', '95017'],
    ['9五0一7', '95017'],
  ])('reads %s as %s', (input, digits) => {
    expect(normalise(input).text).toBe(digits);
  });

  it('leaves Chinese words with numerals alone', () => {
    for (const s of ['一个不认识的号码', '三五天', '九十岁', '两个人', '第一次']) expect(chineseDigits(s)).toBe(s);
  });

  it('marks hidden characters and says so', () => {
    const n = normalise('腾讯\u200b客服\u202e');
    expect(n.text).toBe('腾讯客服');
    expect(n.hidden).toBe(true);
    expect(normalise('腾讯客服').hidden).toBe(false);
  });

  it.each([
    ['evil点cn', 'evil.cn'],
    ['kf。qq。com', 'kf.qq.com'],
    ['evil .cn', 'evil.cn'],
    ['kf . qq . com', 'kf.qq.com'],
    ['evil[.]cn', 'evil.cn'],
    ['evil 点 com', 'evil.com'],
    ['kf dot qq dot com', 'kf.qq.com'],
  ])('reads the domain %s as %s', (input, out) => {
    expect(readDots(input)).toBe(out);
  });

  it('does not glue ordinary sentences', () => {
    expect(readDots('I paid. Then I left.')).toBe('I paid. Then I left.');
  });

  it('decodes punycode labels and flags look-alike letters', () => {
    expect(decodePunycode('fiqs8s')).toBe('中国');
    expect(unicodeHost('xn--80ak6aa92e.com').host).toBe('аррӏе.com');
    expect(skeleton('wechаt.com')).toEqual({ latin: 'wechat.com', confusable: true });
    expect(skeleton('wechat.com')).toEqual({ latin: 'wechat.com', confusable: false });
    expect(decodePunycode('!!')).toBeUndefined();
  });

  it('percent-decodes at most three times', () => {
    expect(percentDecode('https%253A%252F%252Fevil.cn')).toBe('https://evil.cn');
    expect(percentDecode('%25252525')).toBe('%25');
    expect(percentDecode('%E4%BD%A0%ZZ')).toBe('你%ZZ');
  });

  it('reads the whole paste up to MAX_CHARS and says when there was more', () => {
    expect(normalise('a'.repeat(MAX_CHARS)).truncated).toBe(false);
    const long = normalise('a'.repeat(MAX_CHARS + 1));
    expect(long.truncated).toBe(true);
    expect(long.length).toBe(MAX_CHARS + 1);
  });

  it('ASCII digits pass through unchanged', () => {
    expect(asciiDigits('abc 123')).toBe('abc 123');
  });
});
