import { STRINGS } from '../../miniprogram/core/strings';
import { classify } from '../../miniprogram/core/verify';
import { openPage } from '../helpers/page';
import { text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies();

/** Types into the box on screen, then taps "check". */
async function check(input: string) {
  const page = openPage('verify');
  await page.type('#input', input);
  await page.click('#check');
  return page;
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
    const page = await check('  ');
    expect(text(page)).toContain('请先输入或粘贴要检查的内容');
  });

  it('an official number shows its card', async () => {
    const page = await check('＋86 571 95017');
    const shown = text(page);
    expect(shown).toContain('是官方渠道');
    expect(shown).toContain('微信支付客服热线 95017');
  });

  it('a scam pattern gets a plain warning, freeze/report advice and the police line', async () => {
    const page = await check('13812345678 说可以给我退款');
    const shown = text(page);
    expect(shown).toContain('很可能是诈骗');
    expect(shown).toContain('个人手机号');
    expect(shown).toContain('先冻结账号');
    expect(shown).toContain('举报这个号码或账号');
    const call = jest.spyOn(wx, 'makePhoneCall').mockImplementation(((o: { success?: () => void }) => o.success?.()) as never);
    await page.click('#police');
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '110' }));
    call.mockRestore();
    await page.click('#advice-0');
    expect(wxs().lastUrl()).toBe('/pages/channel/index?v=1&id=emergency-freeze');
  });

  it('an unknown number is never called safe', async () => {
    const page = await check('400-670-0700');
    const shown = text(page);
    expect(shown).toContain('无法确认是官方的');
    expect(shown).not.toContain('是官方渠道');
  });

  it.each([
    ['微信支付', '官方公众号客服'],
    ['腾讯 110', '举报：腾讯卫士 / 腾讯110'],
  ])('the name %s is recognised, with its card', async (input, card) => {
    const page = await check(input);
    const shown = text(page);
    expect(shown).toContain('是官方渠道');
    expect(shown).toContain(card);
  });

  it('an official domain that is not a listed address says exactly that', async () => {
    const page = await check('wechat.com');
    const shown = text(page);
    expect(shown).toContain('是腾讯的官方域名，但不在客服网址名单里');
    expect(shown).toContain('不要在里面填写密码、验证码或银行卡号');
    expect(shown).not.toContain('是官方渠道');
    expect(shown).not.toContain('很可能是诈骗');
  });

  it('an official host on an unusual port is not official, and not called a look-alike', async () => {
    const page = await check('http://help.wechat.com:8080');
    const shown = text(page);
    expect(shown).toContain('无法确认是官方的');
    expect(shown).toContain('不常见的端口号');
    expect(shown).not.toContain('不是腾讯的官方域名');
    expect(shown).not.toContain('是官方渠道');
  });

  it('says the same in English', async () => {
    wxs().storage.set('wsn:lang', '"en"');
    const port = await check('http://help.wechat.com:8080');
    expect(text(port)).toContain('Not confirmed as official');
    expect(text(port)).toContain('unusual port number');
    expect(text(port)).not.toContain('not a Tencent domain');
    const domain = await check('pay.weixin.qq.com');
    expect(text(domain)).toContain('An official Tencent domain, but not a listed customer-service address');
  });
});

describe('the example under the input', () => {
  it('lists only official examples, and no scam name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const example = STRINGS.verifyPlaceholder[lang];
      expect(example).not.toMatch(/退款|refund/i);
      const contacts = example.match(/[a-z0-9][a-z0-9.]*[a-z0-9]/gi)!.filter((w) => /\d|\.[a-z]{2,}/i.test(w));
      expect(contacts.length).toBeGreaterThan(0);
      for (const c of contacts) expect([c, classify(c).verdict]).toEqual([c, 'official']);
    }
  });

  it('is shown as the placeholder', () => {
    expect(openPage('verify').$('#input').data.placeholder).toBe(STRINGS.verifyPlaceholder.zh);
  });
});
