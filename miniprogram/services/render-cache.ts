/**
 * WeChat's initial rendering cache (base library 2.11.1+, WebView rendering only; docs:
 * https://developers.weixin.qq.com/miniprogram/dev/framework/view/initial-rendering-cache.html).
 * A page configured `"initialRenderingCache": "dynamic"` is drawn, the next time it opens, from its initial
 * data plus what was given here, before its JS has run; it answers taps once the JS is ready. Only data
 * that is the same on every visit of this person belongs here (their language, care mode, static labels),
 * never what depends on the time or on a link (open/closed, a notice), which the page sets after loading.
 * Returns whether WeChat took it (false where the base library lacks it).
 */
export interface CachingPage {
  setInitialRenderingCache?: (dynamicData: Record<string, unknown> | null) => void;
}

export function cacheFirstScreen(page: CachingPage, data: Record<string, unknown>): boolean {
  try {
    if (typeof page.setInitialRenderingCache !== 'function') return false;
    page.setInitialRenderingCache(data);
    return true;
  } catch {
    return false;
  }
}
