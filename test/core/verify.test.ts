import fc from 'fast-check';
import { CHANNELS } from '../../miniprogram/core/data/channels';
import { ALL_SOURCES as SOURCES } from '../../miniprogram/core/data/catalogue/sources';
import { classify, nationalDigits, OFFICIAL_DOMAINS, toHalfWidth } from '../../miniprogram/core/verify';

const verdict = (s: string) => classify(s).verdict;

describe('official numbers in every common written form', () => {
  it.each([
    ['95017'],
    ['9 5 0 1 7'],
    ['950-17'],
    ['９５０１７'],
    ['请拨打95017转9冻结'],
    ['+86 571 95017'],
    ['+86-571-95017'],
    ['0086 571 95017'],
    ['0571-95017'],
    ['(0571) 95017'],
    ['95017-2'],
    ['95017转2'],
    ['＋８６ ５７１ ９５０１７'],
  ])('%s is the WeChat Pay line', (input) => {
    const c = classify(input);
    expect(c.verdict).toBe('official');
    expect(c.channels).toEqual(['pay-hotline']);
  });

  it.each([
    ['kf.qq.com', 'kf-web'],
    ['https://kf.qq.com/', 'kf-web'],
    ['KF.QQ.COM/faq', 'kf-web'],
    ['help.wechat.com', 'international'],
    ['https://weixin110.qq.com', 'security-center'],
    ['腾讯客服', 'kf-miniprogram'],
    ['「腾讯卫士」', 'tencent-110'],
    ['微信安全中心', 'security-center'],
    ['support@wechat.com', 'international'],
  ])('%s → %s', (input, channel) => {
    const c = classify(input);
    expect(c.verdict).toBe('official');
    expect(c.channels).toContain(channel);
  });
});

describe('scam patterns', () => {
  it.each([
    ['13812345678', 'personal-mobile'],
    ['+86 138 1234 5678', 'personal-mobile'],
    ['0086 400 123 4567', 'international-prefix'],
    ['weixin-kefu.com', 'lookalike-domain'],
    ['http://kf.qq.com.refund-help.top/login', 'lookalike-domain'],
    ['wechat-pay-service.cn', 'lookalike-domain'],
    ['kf.qq.com@evil.top', 'lookalike-domain'],
    ['https://kf.qq.com:443@phish.cn/login', 'lookalike-domain'],
    ['support@wechat.com.help-desk.top', 'lookalike-domain'],
    ['客服让我把验证码发给他', 'asks-code'],
    ['对方要我的支付密码', 'asks-password'],
    ['让我下载腾讯会议开共享屏幕', 'screen-share'],
    ['要先交保证金才能解冻', 'asks-transfer'],
    ['说我的订单可以退款，要加微信', 'refund-offer'],
    ['百万保障到期要续费，不取消每月扣费', 'insurance-renewal'],
    ['微信官方退款中心', 'fake-account-name'],
  ])('%s → %s', (input, pattern) => {
    const c = classify(input);
    expect(c.verdict).toBe('scam');
    expect(c.patterns.map((p) => p.id)).toContain(pattern);
  });

  it('an official address next to an unknown one is not called official', () => {
    expect(verdict('kf.qq.com 或 example.top')).toBe('unknown');
    expect(verdict('95017 或 0755-12345678')).toBe('unknown');
  });
  it('names containing an official name are not called fake', () => {
    for (const s of ['腾讯客服小程序', '打开腾讯客服小程序', '微信支付客服']) expect(classify(s).patterns.map((p) => p.id)).not.toContain('fake-account-name');
    expect(classify('腾讯客服退款中心').verdict).toBe('scam');
  });
  it.each([
    ['请访问 http://1.2.3.4/kf 或拨打 95017'],
    ['请访问 微信客服.com 或拨打95017'],
    ['请访问 wx-kefu。top 或拨打 95017'],
    ['请致电 400.810.9501 或 95017'],
    ['kf.qq.com 或 evil.中国'],
    ['95017 加微信 kefu8888'],
    ['95017 官方客服微信号 wxid_abc123'],
    ['https://kf.qq.com 扫码 weixin://dl/business/?t=abc'],
    ['kf.qq.com?redirect=https://evil.top'],
    ['9501712'],
    ['0571 95017 88'],
    ['https://user:pass@kf.qq.com/'],
    ['file://kf.qq.com'],
    ['https://kf.qq.com:8443/evil'],
  ])('%s is not official (something unlisted rides along)', (input) => {
    expect(verdict(input)).not.toBe('official');
  });
  it.each([['mailto:support@wechat.com'], ['kf。qq。com'], ['腾讯卫士小程序'], ['微信安全中心公众号'], ['https://kf.qq.com/faq/123.html']])('%s is official', (input) => {
    expect(verdict(input)).toBe('official');
  });
  it('a dotted mobile next to 95017 is still read as a mobile', () => {
    expect(classify('138.0013.8000 95017').patterns.map((p) => p.id)).toContain('personal-mobile');
  });
  it('a plain question is not called a fake name', () => {
    expect(classify('我想问微信怎么退款').patterns.map((p) => p.id)).not.toContain('fake-account-name');
  });
  it('a foreign number is not called a Chinese mobile', () => {
    expect(classify('+1 555 123 4567').patterns.map((p) => p.id)).toEqual(['international-prefix']);
  });

  it('an official number used to ask for a code is still flagged', () => {
    const c = classify('95017 打来说要我报验证码');
    expect(c.verdict).toBe('scam');
    expect(c.channels).toEqual(['pay-hotline']);
  });
});

describe('unknown is never called safe', () => {
  it.each([['400-670-0700'], ['0755-83765566'], ['12345678'], ['一个不认识的号码']])('%s is unknown', (input) => {
    expect(verdict(input)).toBe('unknown');
  });
  it('empty input says so', () => {
    expect(verdict('   ')).toBe('empty');
  });
  it('no random number other than the official ones is official', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[+]?[0-9 ()-]{5,20}$/), (s) => {
        const { digits } = nationalDigits(s);
        if (digits !== '95017' && digits !== '57195017') expect(verdict(s)).not.toBe('official');
      }),
      { numRuns: 3000 },
    );
  });
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => expect(['empty', 'official', 'official-domain', 'scam', 'unknown']).toContain(verdict(s))), { numRuns: 2000 });
  });
});

describe('names the data gives, in Chinese and English, however they are spaced or quoted', () => {
  it.each([
    ['微信支付', 'official-accounts'],
    ['“微信支付”公众号', 'official-accounts'],
    ['微信 支付', 'official-accounts'],
    ['WeChat Pay', 'official-accounts'],
    ['wechat pay official account', 'official-accounts'],
    ['腾讯110', 'tencent-110'],
    ['腾讯 110', 'tencent-110'],
    ['腾讯-110', 'tencent-110'],
    ['“腾讯110”', 'tencent-110'],
    ['Tencent 110', 'tencent-110'],
    ['tencent110', 'tencent-110'],
    ['Tencent Guard mini program', 'tencent-110'],
    ['腾讯·卫士', 'tencent-110'],
    ['WeChat Security Center', 'security-center'],
    ['WeChat Security Centre', 'security-center'],
    ['Tencent Customer Service', 'kf-miniprogram'],
    ['腾讯　客服', 'kf-miniprogram'],
  ])('%s → %s', (input, channel) => {
    const c = classify(input);
    expect(c.verdict).toBe('official');
    expect(c.channels).toContain(channel);
  });

  it('every name it recognises is an account, mini program or alias in the data', () => {
    const named = new Set<string>();
    for (const ch of CHANNELS) {
      for (const f of [ch.accounts, ch.aliases]) if (f && f.known) f.value.forEach((n) => named.add(n));
      if (ch.miniProgram && ch.miniProgram.known) named.add(ch.miniProgram.value.name);
    }
    for (const n of ['微信支付', '腾讯110', 'Tencent 110', 'WeChat Pay', 'Tencent Guard']) expect(named).toContain(n);
  });

  it.each([
    ['微信支付安全中心', 'fake-account-name'],
    ['微信支付官方客服中心', 'fake-account-name'],
    ['腾讯110举报中心', 'fake-account-name'],
    ['WeChat Pay 13812345678', 'personal-mobile'],
    ['腾讯110让我转账到安全账户', 'asks-transfer'],
  ])('an official name does not excuse %s', (input, pattern) => {
    const c = classify(input);
    expect(c.verdict).toBe('scam');
    expect(c.patterns.map((p) => p.id)).toContain(pattern);
  });

  it.each([['微信支付 kefu8888'], ['腾讯110 0755-12345678'], ['微信支付退款专员']])('%s is not official', (input) => {
    expect(verdict(input)).not.toBe('official');
  });
});

describe('official domains that are not listed addresses', () => {
  it.each([
    ['weixin.qq.com'],
    ['pay.weixin.qq.com'],
    ['https://pay.weixin.qq.com/static/help_guide/help_index.shtml'],
    ['wechat.com'],
    ['https://www.wechat.com/'],
    ['QQ.COM'],
    ['https://mp.weixin.qq.com/s/abc'],
    ['110.qq.com'],
  ])('%s is a Tencent domain, not a listed customer-service address', (input) => {
    const c = classify(input);
    expect(c.verdict).toBe('official-domain');
    expect(c.channels).toEqual([]);
    expect(c.patterns).toEqual([]);
  });

  it('listed addresses stay official, with their channel', () => {
    expect(classify('https://help.wechat.com/').verdict).toBe('official');
    expect(classify('weixin110.qq.com').channels).toEqual(['security-center']);
  });

  it('an official domain next to an official number keeps the number’s card', () => {
    const c = classify('weixin.qq.com 95017');
    expect(c.verdict).toBe('official-domain');
    expect(c.channels).toEqual(['pay-hotline']);
  });

  it.each([
    ['tenpay.com'],
    ['tencent.com'],
    ['weixin.com'],
    ['12345@qq.com'],
    ['help@wechat.com'],
    ['weixin.qq.com 或 example.top'],
    ['wechаt.com'],
    ['http://1.2.3.4/weixin.qq.com'],
  ])('%s is not confirmed', (input) => {
    expect(verdict(input)).toBe('unknown');
  });

  it.each([['wechat.com.cn'], ['qq.com.evil.top'], ['weixin-qq.com'], ['kefu@qq.com'], ['pay.weixin.qq.com@evil.top']])('%s is still a scam sign', (input) => {
    expect(verdict(input)).toBe('scam');
  });

  it('every official domain is used by a listed address or an official source, and every such host is under one', () => {
    const hosts = [
      ...CHANNELS.flatMap((c) => (c.url && c.url.known ? [new URL(c.url.value).hostname] : [])),
      ...CHANNELS.flatMap((c) => (c.email && c.email.known ? c.email.value.map((e) => e.split('@')[1]) : [])),
      ...Object.values(SOURCES).flatMap((s) => (s.kind === 'official' && s.url ? [new URL(s.url).hostname] : [])),
    ];
    const under = (h: string, d: string) => h === d || h.endsWith(`.${d}`);
    for (const d of OFFICIAL_DOMAINS) expect([d, hosts.some((h) => under(h, d))]).toEqual([d, true]);
    for (const h of hosts) expect([h, OFFICIAL_DOMAINS.some((d) => under(h, d))]).toEqual([h, true]);
  });
});

describe('an official host written in an unusual way', () => {
  it.each([
    ['http://help.wechat.com:8080', 'unusual-port'],
    ['https://kf.qq.com:8443/evil', 'unusual-port'],
    ['weixin.qq.com:8080', 'unusual-port'],
    ['file://kf.qq.com', 'unusual-scheme'],
    ['ftp://help.wechat.com', 'unusual-scheme'],
  ])('%s is not confirmed, and says why (%s)', (input, note) => {
    const c = classify(input);
    expect(c.verdict).toBe('unknown');
    expect(c.notes.map((n) => n.id)).toEqual([note]);
    expect(c.patterns).toEqual([]);
  });

  it('user info before an official host is called what it is, not a look-alike domain', () => {
    expect(classify('https://user:pass@kf.qq.com/').patterns.map((p) => p.id)).toEqual(['user-info']);
    expect(classify('http://kf.qq.com@evil.top').patterns.map((p) => p.id).sort()).toEqual(['lookalike-domain', 'user-info']);
  });

  it.each([['kf.qq.com?redirect=https://evil.top'], ['https://kf.qq.com/jump/https://evil.top'], ['https://weixin.qq.com/?url=evil.top']])('%s carries another address', (input) => {
    const c = classify(input);
    expect(c.verdict).toBe('scam');
    expect(c.patterns.map((p) => p.id)).toEqual(['hidden-address']);
  });
});

describe('normalisation', () => {
  it('full-width to half-width', () => {
    expect(toHalfWidth('ＫＦ．ＱＱ．ＣＯＭ　９５０１７')).toBe('KF.QQ.COM 95017');
  });
  it('national digits', () => {
    expect(nationalDigits('+86 571 95017')).toEqual({ digits: '57195017', international: true, foreign: false });
    expect(nationalDigits('0571-95017')).toEqual({ digits: '57195017', international: false, foreign: false });
    expect(nationalDigits('+1 555 123 4567')).toEqual({ digits: '15551234567', international: true, foreign: true });
  });
});

describe('a personal mailbox on a Tencent domain', () => {
  it('kefu@qq.com is a scam sign, explained as a personal mailbox rather than a fake domain', () => {
    const r = classify('kefu@qq.com');
    expect(r.verdict).toBe('scam');
    expect(r.patterns.map((p) => p.id)).toEqual(['personal-mailbox']);
  });
  it('a brand word in a mailbox on another domain is still a look-alike', () => {
    expect(classify('wechat-kefu@163.com').patterns.map((p) => p.id)).toContain('lookalike-domain');
  });
});
