/**
 * `openPage(name, query)`: renders `pages/<name>/index` through its real WXML, calls `onLoad`
 * with the query (as WeChat does when the page opens) and returns the page with accessors that
 * act on rendered nodes. Events are dispatched on the element a selector finds, so they reach
 * the handler the WXML binds: renaming a handler in the WXML fails the test that uses it.
 *
 * The preview's built-in `input`/`textarea` (real DOM fields) replace simulate's empty slots,
 * so `type()` types into the box on screen the way a user does.
 */
import { render, Rendered, sleep, text } from './simulate';

const { registerBuiltins } = require('../../scripts/preview/runtime/builtins') as { registerBuiltins(hooks: object): void };
registerBuiltins({});

export type PageName = 'index' | 'flow' | 'result' | 'channel' | 'channels' | 'verify' | 'notes' | 'complaint' | 'follow';

export interface OpenPage extends Rendered {
  /** The page's visible text, whitespace collapsed. */
  text(): string;
  /** The element for a selector (`#id` / `.class`); throws naming the selector when it is not rendered. */
  $(selector: string): Rendered;
  /** Whether the selector finds a rendered element. */
  has(selector: string): boolean;
  /** A tap on a plain element (`bindtap`), then the event loop turn simulate needs. */
  tap(selector: string): Promise<void>;
  /** A Vant button's or cell's `click` (`bind:click`). */
  click(selector: string): Promise<void>;
  /** Any component event on the element, with its `detail` (`bind:change`, `bind:search`, picker `bindchange` …). */
  emit(selector: string, event: string, detail?: unknown): Promise<void>;
  /** Types into the text box inside a field: the box changes and fires `input`, the field passes it on. */
  type(selector: string, value: string): Promise<void>;
  /** The text box on screen inside a field. */
  box(selector: string): HTMLInputElement | HTMLTextAreaElement;
  /** The page coming back into view (WeChat calls `onShow`). */
  show(): void;
}

/**
 * Opens a page the way WeChat does: render its WXML, then `onLoad(query)`. With `query` null
 * the page is only rendered (its state before it has data, or to time `onLoad` yourself).
 */
export function openPage(name: PageName, query: Record<string, string> | null = {}): OpenPage {
  const comp = render(`pages/${name}/index`);
  const page = comp as OpenPage;
  const $ = (selector: string): Rendered => {
    const el = comp.querySelector(selector);
    if (!el) throw new Error(`pages/${name}: nothing rendered for ${selector}`);
    return el;
  };
  const emit = async (selector: string, event: string, detail?: unknown): Promise<void> => {
    $(selector).dispatchEvent(event, detail === undefined ? {} : { detail });
    await sleep(0);
  };
  const box = (selector: string): HTMLInputElement | HTMLTextAreaElement => {
    const el = $(selector).dom.querySelector('input, textarea');
    if (!el) throw new Error(`pages/${name}: no text box in ${selector}`);
    return el as HTMLInputElement | HTMLTextAreaElement;
  };
  Object.assign(page, {
    text: () => text(comp),
    $,
    has: (selector: string) => Boolean(comp.querySelector(selector)),
    tap: (selector: string) => emit(selector, 'tap'),
    click: (selector: string) => emit(selector, 'click'),
    emit,
    box,
    async type(selector: string, value: string) {
      const el = box(selector);
      el.value = value;
      el.dispatchEvent(new Event('input'));
      await sleep(0);
    },
    show: () => {
      page.instance.onShow();
    },
  });
  if (query) comp.instance.onLoad(query);
  return page;
}
