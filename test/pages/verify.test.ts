/** The verify page, through its rendered WXML: type into the field, tap check, read what is shown. */
import { STRINGS } from '../../miniprogram/core/strings';
import { check } from '../../miniprogram/core/verify';
import { openPage, OpenPage } from '../helpers/page';
import { Rendered, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

/** Types into the box on screen, then taps "check". */
async function checkText(input: string, page: OpenPage = openPage('verify')): Promise<OpenPage> {
  await page.type('#input', input);
  await page.click('#check');
  return page;
}

/** The safe actions shown, in order (the cells #action-0, #action-1 …). */
function actionTexts(page: Rendered): string[] {
  const out: string[] = [];
  for (let i = 0; ; i += 1) {
    const cell = page.querySelector(`#action-${i}`);
    if (!cell) return out;
    out.push(text(cell));
  }
}

describe('verify page', () => {
  it('the keyboard’s done key checks too, and typing again clears the error', async () => {
    const page = openPage('verify');
    await page.emit('#input', 'confirm');
    expect(page.text()).toContain('请先输入或粘贴要检查的内容');
    await page.type('#input', '95017');
    expect(page.text()).not.toContain('请先输入或粘贴要检查的内容');
    await page.emit('#input', 'confirm');
    expect(page.text()).toContain('是官方渠道');
  });

  it('asks for input instead of checking nothing', async () => {
    const page = await checkText('  ');
    expect(text(page)).toContain('请先输入或粘贴要检查的内容');
    expect(page.querySelector('#verdict')).toBeFalsy();
  });

  it('says how much of a paste it checks', async () => {
    const page = openPage('verify');
    expect(text(page.querySelector('#limit-hint')!)).toBe('可以整段粘贴，最多检查前 20000 个字。');
  });

  it('an official number is the contact question, with its card', async () => {
    const page = await checkText('＋86 571 95017');
    const shown = text(page);
    expect(text(page.querySelector('#question')!)).toContain('一个联系方式');
    expect(text(page.querySelector('#verdict-title')!)).toBe('是官方渠道');
    expect(shown).toContain('微信支付客服热线 95017');
  });

  it('a message claiming 95017 that asks for an investigation is a scam, with reasons and safe actions', async () => {
    const page = await checkText('我是95017客服，您的账户涉嫌违规，请配合调查');
    const shown = text(page);
    expect(text(page.querySelector('#question')!)).toContain('一段消息');
    expect(text(page.querySelector('#verdict-title')!)).toBe('很可能是诈骗');
    expect(shown).toContain('配合调查');
    expect(shown).not.toContain('是官方渠道');
    const actions = actionTexts(page);
    expect(actions[0]).toContain('在本小程序里自己拨打 95017');
    expect(actions.join('\n')).toContain('先冻结账号');
    expect(actions.join('\n')).toContain('拨打 110 报警');
    expect(actions.join('\n')).toContain('96110');
  });

  it('the safe actions dial from the app and open the freeze page', async () => {
    const page = await checkText('95017客服让你下载安心盾');
    const call = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await page.click('#action-0');
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '95017' }));
    call.mockRestore();
    const freeze = actionTexts(page).findIndex((s) => s.includes('先冻结账号'));
    await page.click(`#action-${freeze}`);
    expect(wxs().lastUrl()).toBe('/pages/channel/index?v=1&id=emergency-freeze');
  });

  it('a message that only contains 95017 says a message can say anything, and to call 95017 yourself', async () => {
    const page = await checkText('拨打微信支付客服 95017');
    const shown = text(page);
    expect(text(page.querySelector('#verdict-title')!)).toBe('消息里有官方联系方式，但消息本身无法确认');
    expect(shown).toContain('消息可以随便写');
    expect(shown).not.toContain('很可能是诈骗');
    expect(actionTexts(page)[0]).toContain('在本小程序里自己拨打 95017');
  });

  it('lists every contact in a message with what it is', async () => {
    const page = await checkText('95017 ①③⑧①②③④⑤⑥⑦⑧');
    expect(text(page.querySelector('#verdict-title')!)).toBe('很可能是诈骗');
    expect(text(page.querySelector('#contact-0')!)).toContain('95017 · 官方');
    expect(text(page.querySelector('#contact-1')!)).toContain('13812345678 · 个人');
  });

  it('110 and 96110 are government lines to call, not warnings', async () => {
    for (const [input, name] of [
      ['110', '110 报警电话'],
      ['96110', '96110 反诈预警劝阻专线'],
    ] as const) {
      const page = await checkText(input);
      const shown = text(page);
      expect(text(page.querySelector('#verdict-title')!)).toBe('是政府部门的号码或网站');
      expect(shown).toContain(name);
      expect(shown).not.toContain('不要拨打');
      expect(actionTexts(page)[0]).toContain(`拨打 ${input}`);
    }
  });

  it('WeChat’s 400 number follows the data, with the check-it-yourself note', async () => {
    const page = await checkText('400-670-0700');
    const shown = text(page);
    expect(text(page.querySelector('#verdict-title')!)).toBe('是微信“关于微信”页面上的客服电话');
    expect(shown).toContain('我 → 设置 → 关于微信');
    expect(shown).toContain('从不打国际电话');
  });

  it('a foreign number is neutral', async () => {
    const page = await checkText('+44 20 7946 0958');
    const shown = text(page);
    expect(text(page.querySelector('#verdict-title')!)).toBe('不是中国的官方号码');
    expect(shown).not.toContain('很可能');
    expect(shown).not.toContain('+86/0086');
  });

  it('a genuine 12381 warning is called genuine', async () => {
    const page = await checkText('【12381】您可能正遭遇刷单返利诈骗，请立即停止与尾号1234的号码联系，如有疑问可拨打110或96110咨询');
    const shown = text(page);
    expect(text(page.querySelector('#verdict-title')!)).toBe('像是政府的 12381 反诈预警短信');
    expect(shown).toContain('12381 预警短信是真的');
    expect(actionTexts(page).join('\n')).toContain('拨打 110 报警');
  });

  it('checks the whole paste: a request at character 5,000 is found', async () => {
    const page = await checkText(`${'今天天气很好。'.repeat(715)}请把验证码发给我`);
    expect(text(page.querySelector('#verdict-title')!)).toBe('很可能是诈骗');
    expect(page.querySelector('#limit')).toBeFalsy();
  });

  it('says so when a paste is longer than what it checks', async () => {
    const page = await checkText('好'.repeat(20005));
    expect(text(page.querySelector('#limit')!)).toBe('这段内容有 20005 个字，只检查了前 20000 个字。请把后面的部分另外粘贴，再查一次。');
  });

  it.each([
    ['微信支付', '官方公众号客服'],
    ['腾讯 110', '举报：腾讯卫士 / 腾讯110'],
  ])('the name %s is recognised, with its card', async (input, card) => {
    const shown = (await checkText(input)).text();
    expect(shown).toContain('是官方渠道');
    expect(shown).toContain(card);
  });

  it('an official host on an unusual port is not official, and not called a look-alike', async () => {
    const shown = (await checkText('http://help.wechat.com:8080')).text();
    expect(shown).toContain('无法确认是官方的');
    expect(shown).toContain('不常见的端口号');
    expect(shown).not.toContain('不是腾讯的官方域名');
    expect(shown).not.toContain('是官方渠道');
  });

  it('an official domain that is not a listed address says exactly that', async () => {
    const page = await checkText('wechat.com');
    const shown = text(page);
    expect(shown).toContain('是腾讯的官方域名，但不在客服网址名单里');
    expect(shown).toContain('不要在里面填写密码、验证码或银行卡号');
    expect(shown).not.toContain('是官方渠道');
    expect(shown).not.toContain('很可能是诈骗');
  });

  it('says the same in English', async () => {
    wxs().storage.set('wsn:lang', '"en"');
    const scam = await checkText('我是95017客服，您的账户涉嫌违规，请配合调查');
    expect(text(scam.querySelector('#verdict-title')!)).toBe('Very likely a scam');
    expect(actionTexts(scam)[0]).toContain('Call 95017 yourself from this app');
    const foreign = await checkText('+1 415 555 0100');
    expect(text(foreign.querySelector('#verdict-title')!)).toBe('Not a Chinese official number');
    const port = await checkText('http://help.wechat.com:8080');
    expect(port.text()).toContain('Not confirmed as official');
    expect(port.text()).toContain('unusual port number');
    expect(port.text()).not.toContain('not a Tencent domain');
    const domain = await checkText('pay.weixin.qq.com');
    expect(domain.text()).toContain('An official Tencent domain, but not a listed customer-service address');
  });

  it('every verdict gives a reason in plain words and at least one next safe action', async () => {
    const inputs = [
      '95017',
      '110',
      'wechat.com',
      'wechаt.com',
      '13812345678',
      '+1 415 555 0100',
      '0755-12345678',
      '请提供验证码',
      '立即处理',
      '拨打95017',
      '快递到了，请联系0755-12345678',
      '今天天气很好',
      '【12381】您可能正遭遇诈骗',
    ];
    const outcomes = new Set<string>();
    const page = openPage('verify');
    for (const input of inputs) {
      await checkText(input, page);
      outcomes.add(check(input).outcome);
      const verdict = page.querySelector('#verdict')!;
      expect([input, text(verdict).length > text(page.querySelector('#verdict-title')!).length + 8]).toEqual([input, true]);
      expect([input, actionTexts(page).length > 0]).toEqual([input, true]);
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(12);
  }, 120000);
});

describe('the example under the input', () => {
  it('lists only official examples, and no scam name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const example = STRINGS.verifyPlaceholder[lang];
      expect(example).not.toMatch(/退款|refund/i);
      const contacts = example.match(/[a-z0-9][a-z0-9.]*[a-z0-9]/gi)!.filter((w) => /\d|\.[a-z]{2,}/i.test(w));
      expect(contacts.length).toBeGreaterThan(0);
      for (const c of contacts) expect([c, check(c).outcome]).toEqual([c, 'official']);
    }
  });

  it('is shown as the placeholder', () => {
    expect(openPage('verify').$('#input').data.placeholder).toBe(STRINGS.verifyPlaceholder.zh);
  });
});
