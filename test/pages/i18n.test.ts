/** English follows the WeChat language setting; every string has both languages. */
import { STRINGS } from '../../miniprogram/core/strings';
import { NOTE_TEXT, PATTERN_TEXT } from '../../miniprogram/core/verify';
import { openPage, PageName } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

const wxs = useWxSpies(() => {
  // A real base-info object with WeChat's language set to English (Vant reads SDKVersion from it).
  jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ ...wx.getAppBaseInfo(), language: 'en' } as never);
});

const HAN = /[\u4e00-\u9fff]/;

describe('English', () => {
  it('every UI string has zh and en', () => {
    for (const [key, value] of Object.entries(STRINGS)) {
      expect([key, value.zh.length > 0, value.en.length > 0]).toEqual([key, true, true]);
    }
  });

  it('English texts use English punctuation', () => {
    const texts = { ...STRINGS, ...PATTERN_TEXT, ...NOTE_TEXT };
    for (const [key, value] of Object.entries(texts)) expect([key, value.en.match(/[，。、：；！？“”（）「」【】《》]/g)]).toEqual([key, null]);
  });

  it.each([
    ['index', {}, 'What is the problem?'],
    ['channels', {}, 'WeChat Pay hotline 95017'],
    ['channel', { v: '1', id: 'international' }, 'support@wechat.com'],
    ['flow', { v: '1', problem: 'payment', detail: 'unsure' }, 'Is money or your account at risk right now?'],
    ['result', { v: '1', problem: 'stolen', region: 'overseas', need: 'any' }, 'Emergency account freeze'],
    ['verify', {}, 'Paste the phone number'],
    ['notes', { v: '1' }, 'No notes yet'],
  ] as Array<[PageName, Record<string, string>, string]>)('%s page is in English', (page, query, expected) => {
    const shown = openPage(page, query).text();
    expect(shown).toContain(expected);
    // Only proper names that are Chinese by nature may remain (official account / mini program names).
    const leftovers = shown.split(/\s+/).filter((w) => HAN.test(w) && !/腾讯客服|腾讯卫士|微信安全中心|微信支付|微信冻结|中文|语言/.test(w));
    expect(leftovers).toEqual([]);
  });

  it('the language switch stores the choice and reopens home', async () => {
    await openPage('index').click('#language');
    expect(wxs().storage.get('wsn:lang')).toBe('"zh"');
    expect(wxs().reLaunch).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/index/index?v=1' }));
  });
});

describe('care mode', () => {
  it('the switch enlarges the page and is remembered', async () => {
    const page = openPage('index');
    expect(page.dom.innerHTML).not.toContain('page--care');
    await page.emit('#care', 'change', true);
    expect(wxs().storage.get('wsn:care')).toBe('true');
    expect(page.dom.innerHTML).toContain('page--care');
    expect(openPage('flow', { v: '1' }).dom.innerHTML).toContain('page--care');
    await page.emit('#care', 'change', false);
    expect(wxs().storage.get('wsn:care')).toBe('false');
    expect(page.dom.innerHTML).not.toContain('page--care');
  });
});
