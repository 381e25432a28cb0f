/**
 * WeChat's initial rendering cache, where it applies (docs:
 * https://developers.weixin.qq.com/miniprogram/dev/framework/view/initial-rendering-cache.html): a page
 * with "initialRenderingCache" is drawn on its next visit from a recorded render before its JS has run.
 * - home and channels have it, "dynamic": their first screens differ per person only by language and care
 *   mode, which the page records in onReady (services/render-cache.ts, core/view/first-screen.ts).
 *   "static" would record the initial data alone: Chinese, normal size and no problem tiles, then a jump to
 *   English or care size on every visit.
 * - Not recorded: what depends on the time (channels' open/closed cards) or on the launch (home's link
 *   notice, the search), which the page sets after loading.
 * - The other pages' first screens depend on the link that opened them (a channel, flow answers, a plan, a
 *   note), so a recorded screen would be another visit's: they have no cache.
 */
import fs from 'fs';
import path from 'path';
import { FIRST_SCREEN } from '../../miniprogram/core/view/first-screen';
import { cacheFirstScreen } from '../../miniprogram/services/render-cache';
import { openPage } from '../helpers/page';
import { render, text } from '../helpers/simulate';
import { useWxSpies } from '../helpers/wx';

useWxSpies();
afterEach(() => jest.restoreAllMocks());

const ROOT = path.resolve(__dirname, '../../miniprogram');
const app = JSON.parse(fs.readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as {
  pages: string[];
  subpackages: Array<{ root: string; pages: string[] }>;
  window: Record<string, unknown>;
};
const pages = [...app.pages, ...app.subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
const cacheOf = (page: string): unknown =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, `${page}.json`), 'utf8')) as Record<string, unknown>).initialRenderingCache;

function asEnglishCareUser(): void {
  jest.spyOn(wx, 'getAppBaseInfo').mockReturnValue({ ...wx.getAppBaseInfo(), language: 'en', fontSizeSetting: 24 } as never);
}

/** Opens a page and returns what its onReady records for the cache. */
function recorded(name: 'index' | 'channels', query: Record<string, string>): { data: Record<string, unknown>; page: ReturnType<typeof openPage> } {
  const page = openPage(name, query);
  const spy = jest.fn();
  (page.instance as unknown as { setInitialRenderingCache: jest.Mock }).setInitialRenderingCache = spy;
  page.instance.onReady();
  expect(spy).toHaveBeenCalledTimes(1);
  return { data: spy.mock.calls[0]![0] as Record<string, unknown>, page };
}

describe('initialRenderingCache', () => {
  it('is on for home and channels, "dynamic", and for no other page nor app-wide', () => {
    expect(Object.fromEntries(pages.map((p) => [p, cacheOf(p)]))).toEqual(
      Object.fromEntries(pages.map((p) => [p, ['pages/index/index', 'pages/channels/index'].includes(p) ? 'dynamic' : undefined])),
    );
    expect(app.window.initialRenderingCache).toBeUndefined();
    expect(Object.keys(FIRST_SCREEN).sort()).toEqual(['channels', 'index']);
  });

  it('home records the person’s language, care mode, labels and tiles; not the link notice', () => {
    asEnglishCareUser();
    const { data } = recorded('index', { v: '1', notice: 'unknown-channel' });
    expect(Object.keys(data).sort()).toEqual(['care', 'lang', 't', 'view']);
    expect(data).toMatchObject({ lang: 'en', care: true });
    expect(JSON.stringify(data)).not.toContain('does not exist');

    // The cached screen: the page's initial data plus the record, before onLoad runs.
    const cached = openPage('index', null);
    cached.setData(data);
    expect(cached.has('#notice')).toBe(false);
    expect(cached.has('#problem-payment')).toBe(true);
    expect(cached.dom.querySelector('[class*="page--care"]')).not.toBeNull();
    expect(cached.text()).toContain('Payment');
  });

  it('home records again when care mode is switched, never the search', async () => {
    const page = openPage('index', {});
    const spy = jest.fn();
    (page.instance as unknown as { setInitialRenderingCache: jest.Mock }).setInitialRenderingCache = spy;
    await page.emit('#search', 'change', '95017');
    await page.tap('#care-row');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toMatchObject({ care: true });
    expect(Object.keys(spy.mock.calls[0]![0] as object)).not.toContain('query');
    expect(Object.keys(spy.mock.calls[0]![0] as object)).not.toContain('hits');
  });

  it('channels records no cards (open/closed depends on the time): the cached screen is the loading state', () => {
    asEnglishCareUser();
    const { data, page } = recorded('channels', {});
    expect(Object.keys(data).sort()).toEqual(['care', 'lang', 't']);
    expect(page.has('#card-pay-hotline')).toBe(true);

    const cached = render('pages/channels/index');
    cached.setData(data);
    expect(cached.querySelector('#loading')).toBeTruthy();
    expect(cached.querySelector('#card-pay-hotline')).toBeFalsy();
    expect(text(cached)).toBe((data.t as Record<string, string>).loading);
  });

  it('asks WeChat only where the base library has it, and never throws', () => {
    expect(cacheFirstScreen({}, { lang: 'zh' })).toBe(false);
    const page = {
      setInitialRenderingCache: () => {
        throw new Error('not supported');
      },
    };
    expect(cacheFirstScreen(page, { lang: 'zh' })).toBe(false);
    const ok = { setInitialRenderingCache: jest.fn() };
    expect(cacheFirstScreen(ok, { lang: 'zh' })).toBe(true);
    expect(ok.setInitialRenderingCache).toHaveBeenCalledWith({ lang: 'zh' });
  });
});
