/**
 * Every page follows WeChat's own font setting: its first node is <page-meta root-font-size="system">
 * (https://developers.weixin.qq.com/miniprogram/dev/component/page-meta.html: 1rem is then the user's WeChat
 * font size), and its sizes are in rem. Rendered through each page's WXML with the preview's page-meta,
 * which resolves "system" from wx.getAppBaseInfo().fontSizeSetting as WeChat does.
 * The sizes themselves, measured with real layout: test/preview/browser.test.ts.
 */
import { openPage, PageName } from '../helpers/page';
import { useWxSpies } from '../helpers/wx';

useWxSpies();
afterEach(() => jest.restoreAllMocks());

const PAGES: PageName[] = ['index', 'channels', 'channel', 'flow', 'result', 'verify', 'notes'];

function rootFontAt(name: PageName, fontSizeSetting: number): { meta: string | null; root: string; first: string } {
  const base = wx.getAppBaseInfo();
  jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ ...base, fontSizeSetting } as never);
  document.documentElement.style.fontSize = '';
  const page = openPage(name, null);
  const meta = page.dom.querySelector('wx-page-meta');
  const first = page.dom.firstElementChild;
  return {
    meta: meta ? meta.getAttribute('data-root-font-size') : null,
    root: document.documentElement.style.fontSize,
    first: first ? first.tagName.toLowerCase() : '',
  };
}

describe.each(PAGES)('pages/%s follows WeChat’s font setting', (name) => {
  it('page-meta is its first node', () => {
    expect(rootFontAt(name, 17).first).toBe('wx-page-meta');
  });

  it('1rem is the WeChat font size: 24 is larger than 20', () => {
    const at20 = rootFontAt(name, 20);
    const at24 = rootFontAt(name, 24);
    expect(at20).toMatchObject({ meta: '20px', root: '20px' });
    expect(at24).toMatchObject({ meta: '24px', root: '24px' });
  });
});
