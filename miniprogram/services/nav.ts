/** Page navigation. Paths come from core's link codec. */
const MAX_STACK = 9;

/** Opens a page on top of the stack, or replaces the current one when the stack is nearly full. */
export function open(url: string): void {
  const depth = typeof getCurrentPages === 'function' ? getCurrentPages().length : 0;
  if (depth >= MAX_STACK) wx.redirectTo({ url });
  else wx.navigateTo({ url });
}

/** Replaces the current page (used between flow steps, so "back" leaves the flow). */
export function replace(url: string): void {
  wx.redirectTo({ url });
}

/** Goes back to the home page, dropping the stack. */
export function home(url: string): void {
  wx.reLaunch({ url });
}

export function setTitle(title: string): void {
  wx.setNavigationBarTitle({ title });
}

/** Scrolls the page so the element the selector finds is at the top. */
export function scrollTo(selector: string): void {
  wx.pageScrollTo({ selector, duration: 300 });
}
