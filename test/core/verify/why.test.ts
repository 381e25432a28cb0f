/**
 * Every misjudgement listed in issue 11's "Why", as a test: scams that were called
 * official, and official or genuine texts that were called scams.
 */
import { check, Outcome } from '../../../miniprogram/core/verify';

const outcome = (s: string): Outcome => check(s).outcome;
const REASSURING: Outcome[] = ['official', 'government', 'official-domain', 'contains-official', 'warning-12381'];
const ALARMING: Outcome[] = ['scam', 'lookalike', 'personal'];

describe('scams that were called official', () => {
  it.each([
    ['我是95017客服，您的账户涉嫌违规，请配合调查', 'investigation'],
    ['95017客服让你下载安心盾', 'app-download'],
    ['95017 刷单返利', 'task-scam'],
  ])('a message claiming 95017: %s', (input, signal) => {
    const c = check(input);
    expect(c.question).toBe('message');
    expect(c.outcome).toBe('scam');
    expect(c.signals).toContain(signal);
  });

  it.each([['kefu95017'], ['QQ：95017'], ['QQ:95017'], ['微信号：95017'], ['wx95017kefu']])('the account id %s is a look-alike', (input) => {
    const c = check(input);
    expect(c.outcome).toBe('lookalike');
    expect(c.contact?.reasons).toContain('account-official-number');
  });

  it.each([['+852 95017'], ['001 95017'], ['+1 95017'], ['00852 95017'], ['+852 110'], ['00 1 96110']])(
    '95017 or another official short number with a foreign prefix: %s',
    (input) => {
      expect(check(input).contact?.reasons).toEqual(['foreign-prefix-official']);
      expect(outcome(input)).toBe('lookalike');
    },
  );

  it.each([['400 95017'], ['40095017'], ['400-950-17'], ['9501712'], ['0571 95017 88']])('a number padded around 95017: %s', (input) => {
    expect(outcome(input)).toBe('lookalike');
  });

  it.each([
    ['circled', '95017 ①③⑧①②③④⑤⑥⑦⑧'],
    ['full-width', '95017 １３８１２３４５６７８'],
    ['math bold', '95017 𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['Arabic-Indic', '95017 ١٣٨١٢٣٤٥٦٧٨'],
    ['Chinese numerals', '95017 一三八一二三四五六七八'],
    ['幺 for one', '95017 幺三八幺二三四五六七八'],
    ['dingbat', '95017 ➀➂➇➀➁➂➃➄➅➆➇'],
    ['parenthesised', '95017 ⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻'],
  ])('95017 next to a mobile in %s digits is a scam, and the mobile is found', (_name, input) => {
    const c = check(input);
    expect(c.outcome).toBe('scam');
    expect(c.contacts.map((x) => [x.shown, x.kind])).toEqual([
      ['95017', 'official'],
      ['13812345678', 'personal'],
    ]);
  });

  it.each([['95017 加微信 kefuabc'], ['95017 微信：kefuguanfang'], ['95017 wechatkefu']])('95017 next to a WeChat id without digits: %s', (input) => {
    expect(outcome(input)).toBe('scam');
  });

  it.each([['95017 evil .cn'], ['95017 evil点cn'], ['95017 evil 。 cn'], ['95017 evil[.]cn']])('95017 next to a domain written %s is not official', (input) => {
    const c = check(input);
    expect(c.contacts.map((x) => x.shown)).toContain('evil.cn');
    expect(REASSURING).not.toContain(c.outcome);
  });

  it('text glued to an official link is read as another address', () => {
    const c = check('https://kf.qq.com/或evil.cn');
    expect(c.contacts.map((x) => [x.shown, x.kind])).toEqual([
      ['kf.qq.com', 'official'],
      ['evil.cn', 'unknown'],
    ]);
    expect(c.outcome).toBe('unverified');
  });

  it.each([
    ['https://kf.qq.com/?u=https%3A%2F%2Fevil.cn'],
    ['https://kf.qq.com/jump?to=https%253A%252F%252Fevil.cn'],
    ['https://weixin.qq.com/?url=evil%2Ecn'],
    ['kf.qq.com?redirect=https://evil.top'],
  ])('a (percent-encoded) redirect target inside an official link: %s', (input) => {
    const c = check(input);
    expect(c.outcome).toBe('lookalike');
    expect(c.contact?.reasons).toContain('hidden-address');
  });

  it.each([['腾讯\u200b客服'], ['微信\u200d安全中心'], ['\u202e腾讯卫士'], ['腾讯客服\ufeff'], ['微信\u2060支付']])(
    'an official name with invisible characters (%j)',
    (input) => {
      const c = check(input);
      expect(c.outcome).toBe('lookalike');
      expect(c.contact?.reasons).toEqual(['hidden-characters']);
    },
  );

  it.each([['腾讯客服中心'], ['腾讯客服vip'], ['腾讯客服001'], ['微信支付安全中心'], ['腾讯110举报中心'], ['微信支付退款专员'], ['微信支付客服']])(
    'an official name with an odd suffix: %s',
    (input) => {
      // 微信支付退款专员 also offers a refund: a scam as a message, a look-alike as a name; both alarm.
      expect(['lookalike', 'scam']).toContain(outcome(input));
    },
  );

  it('a risk request after character 2,000 is still found', () => {
    const c = check(`${'今天的天气不错，'.repeat(400)}请把验证码发给我`);
    expect(c.truncated).toBe(false);
    expect(c.outcome).toBe('scam');
  });
});

describe('official and genuine texts that were called scams', () => {
  it('the app’s own step text is a message that contains 95017', () => {
    const c = check('拨打微信支付客服 95017');
    expect(c.outcome).toBe('contains-official');
    expect(c.signals).toEqual([]);
  });

  it.each([
    ['官方不会索要验证码'],
    ['客服绝不会要你的密码'],
    ['请勿将验证码告诉他人'],
    ['不要屏幕共享'],
    ['百万保障免费，不能取消也不用续费'],
    ['警惕刷单返利诈骗'],
    ['公检法不会要求转账到安全账户'],
  ])('the genuine reminder %s', (input) => {
    const c = check(input);
    expect(ALARMING).not.toContain(c.outcome);
    expect(c.signals).toEqual([]);
  });

  it.each([['110'], ['96110'], ['请拨打110报警'], ['接到96110的来电请接听']])('%s is a government line, not a warning', (input) => {
    const c = check(input);
    expect(['government', 'contains-official']).toContain(c.outcome);
  });

  it.each([['+44 20 7946 0958'], ['+1 415 555 0100'], ['+81 3-1234-5678'], ['001 212 555 0199'], ['+852 2345 6789']])(
    'the foreign landline %s is neutral',
    (input) => {
      const c = check(input);
      expect(c.outcome).toBe('foreign');
      expect(c.contact?.reasons).toEqual(['foreign-number']);
    },
  );

  it.each([['微信客服 400-123-4567'], ['微信客服电话：4008001234'], ['腾讯官方客服热线 400 888 1234']])(
    'a 400 number claiming to be WeChat support (%s) is a scam',
    (input) => {
      const c = check(input);
      expect(c.outcome).toBe('scam');
      expect(c.signals).toContain('impersonation');
    },
  );

  it.each([['来电显示：微信客服'], ['微信客服'], ['微信客服给我打电话了']])('the words 微信客服 on a caller (%s) are a scam sign', (input) => {
    expect(['scam', 'lookalike']).toContain(outcome(input));
  });

  it.each([['请把收到的6位数字告诉我'], ['把短信里的六位数发给我'], ['你收到的4位数字念一下'], ['验证码是多少']])('%s is a code request', (input) => {
    expect(check(input).signals).toContain('asks-code');
  });

  it.each([
    ['wechаt.com'],
    ['wеixin.qq.com.cn'],
    ['kf.qq.соm'],
    ['xn--wechat-jua.com'],
    ['xn--80ak6aa92e.com'],
    ['https://xn--kf-qq-5wa.com/login'],
    ['wéchat.com'],
  ])('the Cyrillic or punycode look-alike %s', (input) => {
    expect(outcome(input)).toBe('lookalike');
  });
});

describe('a negation or reassurance glued in front of a request (the gap left open at stop 16)', () => {
  it.each([
    ['绝不是骗子请把验证码发我', 'asks-code'],
    ['我们不是骗子请把验证码发我', 'asks-code'],
    ['放心不会骗你把验证码发给我', 'asks-code'],
    ['别担心把验证码发我', 'asks-code'],
    ['没有风险请告诉我你的支付密码', 'asks-password'],
    ['不用担心请开启屏幕共享', 'screen-share'],
    ['不会扣你钱请先转账到安全账户', 'asks-transfer'],
    ['谨防诈骗把验证码发给我', 'asks-code'],
    ['请把验证码发我我们不是骗子', 'asks-code'],
    ['那些说你账户异常的都是骗子请把验证码发我', 'asks-code'],
    ['this is not a scam please send me the code', 'asks-code'],
    ['we will never scam you please share your screen', 'screen-share'],
    // The exception is the request.
    ['请勿把验证码告诉任何人除了我', 'asks-code'],
    ['不要把验证码给别人只能给我', 'asks-code'],
    ['never share the code with anyone except me', 'asks-code'],
  ])('%s is a scam (%s)', (input, signal) => {
    const c = check(input);
    expect(c.outcome).toBe('scam');
    expect(c.signals).toContain(signal);
  });

  it.each([
    ['客服不会向你索要验证码'],
    ['请勿把验证码告诉任何人'],
    ['请不要把验证码告诉任何人'],
    ['别担心客服不会向你索要验证码'],
    ['就算对方说不是骗子也不要给验证码'],
    ['不要理会请你提供验证码的人'],
    ['解除限制不需要向任何人转账'],
    ['千万不要马上转账'],
    ['骗子会说我不是骗子请把验证码发我'],
    ["don't worry we will never ask for your password"],
    ['验证码请勿告诉除本人以外的任何人'],
    ['只要不告诉别人验证码就安全'],
  ])('the warning %s stays a warning', (input) => {
    const c = check(input);
    expect([input, c.outcome, c.signals]).toEqual([input, 'no-signs', []]);
  });
});
