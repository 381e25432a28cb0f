/** @jest-environment node */
/**
 * WeChat's own font setting in the browser preview, where layout is real: the preview's ?font= knob is
 * wx.getAppBaseInfo().fontSizeSetting, and its page-meta resolves root-font-size="system" to it, as WeChat
 * does. At 24 every text, icon and help line is larger than at 20 (both turn care mode on by themselves), and
 * at 17 (iOS standard) than at 16 (Android standard), by the ratio of the two settings: nothing is left in
 * fixed units. Needs /usr/bin/chromium (test/helpers/needs.ts).
 */
import fs from 'fs';
import type { Page } from 'playwright-core';
import { useRealClock } from '../helpers/clock';
import { describeWhen } from '../helpers/needs';

interface PreviewServer {
  url: string;
  close(): Promise<void>;
}
interface Phone {
  context: import('playwright-core').BrowserContext;
  close(): Promise<void>;
}
type PreviewWindow = Window & { __preview?: { errors: string[]; whenIdle(quietMs?: number): Promise<unknown[]> } };

const { startPreviewServer } = require('../../scripts/preview/serve') as { startPreviewServer(o: { port: number }): Promise<PreviewServer> };
const { launchPhone, CHROMIUM_PATH } = require('../../scripts/preview/browser') as { launchPhone(): Promise<Phone>; CHROMIUM_PATH: string };

const NO_CHROMIUM = fs.existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`;

jest.setTimeout(180_000);
useRealClock();

const PAGES = [
  '/pages/index/index',
  '/pages/channels/index',
  '/pages/channel/index?v=1&id=pay-hotline',
  '/pages/flow/index?v=1&problem=payment',
  '/pages/result/index?v=1&problem=payment&detail=unsure&urgent=yes&region=mainland&need=any',
  '/pages/verify/index',
  '/pages/notes/index?v=1',
];

/** Font size of every visible text element and icon on the page, keyed by where it is and what it says. */
function sizes(): Record<string, number> {
  const root = document.querySelector('.wxp-page:not(.wxp-page--hidden) page') as HTMLElement;
  const out: Record<string, number> = {};
  const seen: Record<string, number> = {};
  const els = Array.from(root.querySelectorAll('*')).filter((el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || el.closest('[aria-hidden=true]')) return false;
    const isIcon = /(^|\s)van-icon--van-icon(\s|$)/.test(el.className && typeof el.className === 'string' ? el.className : '');
    return isIcon || Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent || '').trim());
  });
  for (const el of els) {
    const what = `${el.tagName.toLowerCase()}.${String(el.className).split(/\s+/)[0] || ''} “${(el.textContent || '').trim().slice(0, 16)}”`;
    seen[what] = (seen[what] || 0) + 1;
    out[`${what} #${seen[what]}`] = parseFloat(getComputedStyle(el).fontSize);
  }
  return out;
}

describeWhen(NO_CHROMIUM, 'WeChat’s font setting in the preview', () => {
  let server: PreviewServer | null = null;
  let phone: Phone | null = null;
  let page: Page | null = null;
  const measured: Record<string, Record<number, Record<string, number>>> = {};
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startPreviewServer({ port: 0 });
    phone = await launchPhone();
    page = await phone.context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    for (const hash of PAGES) {
      measured[hash] = {};
      for (const font of [16, 17, 20, 24]) {
        await page.goto(`${server.url}?font=${font}&now=2026-12-01T10:00:00%2B08:00#${hash}`);
        await page.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await page.evaluate(() => (window as PreviewWindow).__preview!.whenIdle());
        measured[hash]![font] = await page.evaluate(sizes);
      }
    }
  });

  afterAll(async () => {
    const fonts = [16, 17, 20, 24];
    const all = (font: number) =>
      PAGES.flatMap((h) =>
        Object.entries(measured[h]?.[font] ?? {})
          .filter(([k]) => !k.includes('van-icon'))
          .map(([, v]) => v),
      );
    const line = fonts.map((f) => `${f}: smallest text ${Math.min(...all(f))} px, largest ${Math.max(...all(f))} px`).join('; ');
    if (all(16).length) process.stdout.write(`\nText size by WeChat font setting (7 pages): ${line}\n`);
    if (page) await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    if (phone) await phone.close();
    if (server) await server.close();
  });

  /** What did not grow by the ratio of the two settings (same page state, same element). */
  const notScaled = (low: number, high: number): string[] =>
    PAGES.flatMap((hash) => {
      const a = measured[hash]![low]!;
      const b = measured[hash]![high]!;
      const keys = Object.keys(a).filter((k) => k in b);
      if (keys.length < 3) return [`${hash}: only ${keys.length} elements to compare`];
      return keys.filter((k) => Math.abs(b[k]! / a[k]! - high / low) > 0.02).map((k) => `${hash} ${k}: ${a[k]}px at ${low}, ${b[k]}px at ${high}`);
    });

  it('rendered every page without errors', () => {
    expect(errors).toEqual([]);
  });

  it('at a font setting of 24 every text and icon is larger than at 20 (care mode at both), by 24/20', () => {
    expect(notScaled(20, 24)).toEqual([]);
  });

  it('at the standard settings too: iOS 17 against Android 16', () => {
    expect(notScaled(16, 17)).toEqual([]);
  });

  it('care mode at the smallest setting that turns it on (20) keeps text at 18 px or more', () => {
    const small = PAGES.flatMap((hash) =>
      Object.entries(measured[hash]![20]!)
        .filter(([k, v]) => v < 18 && !k.includes('van-icon'))
        .map(([k, v]) => `${hash} ${k}: ${v}px`),
    );
    expect(small).toEqual([]);
  });
});
