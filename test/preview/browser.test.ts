/** @jest-environment node */
/**
 * The browser preview in headless Chromium: the real pages, tapped through like on a phone
 * (home → each flow step → result), plus a mouse click and the preview's share button.
 * Without /usr/bin/chromium (apt-get install chromium fonts-noto-cjk) the tests are reported as skipped
 * with that reason (test/helpers/needs.ts); under CI=true that is a failure.
 */
import fs from 'fs';
import type { BrowserContext, Page } from 'playwright-core';
import { useRealClock } from '../helpers/clock';
import { describeWhen } from '../helpers/needs';

interface PreviewServer {
  url: string;
  close(): Promise<void>;
}
interface Phone {
  context: BrowserContext;
  close(): Promise<void>;
}
interface StackEntry {
  route: string;
  query: string;
  title: string;
}
type PreviewWindow = Window & {
  __preview?: { errors: string[]; whenIdle(quietMs?: number): Promise<StackEntry[]> };
};

const { startPreviewServer } = require('../../scripts/preview/serve') as { startPreviewServer(o: { port: number }): Promise<PreviewServer> };
const { launchPhone, CHROMIUM_PATH } = require('../../scripts/preview/browser') as { launchPhone(): Promise<Phone>; CHROMIUM_PATH: string };

const NO_CHROMIUM = fs.existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`;
const hasVant = fs.existsSync(`${__dirname}/../../miniprogram/miniprogram_npm/@vant/weapp/button/index.json`);

let server: PreviewServer | null = null;
let phone: Phone | null = null;
let page: Page | null = null;
const pageErrors: string[] = [];

jest.setTimeout(60_000);
// A real browser and server: the node side keeps the real clock (the page gets its own fixed
// clock through ?now=).
useRealClock();

async function start(): Promise<void> {
  if (!hasVant) throw new Error('miniprogram/miniprogram_npm is missing: run `node scripts/build.js --npm` (npm test does) first');
  server = await startPreviewServer({ port: 0 });
  phone = await launchPhone();
  page = await phone.context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
}

async function stop(): Promise<void> {
  if (phone) await phone.close();
  if (server) await server.close();
}

async function open(p: Page, hashPath: string): Promise<StackEntry[]> {
  await p.goto(`${server!.url}?now=2026-12-01T10:00:00%2B08:00#${hashPath}`);
  await p.evaluate(() => localStorage.clear());
  await p.reload();
  await p.waitForFunction(() => !!(window as PreviewWindow).__preview);
  return idle(p);
}

function idle(p: Page): Promise<StackEntry[]> {
  return p.evaluate(() => (window as PreviewWindow).__preview!.whenIdle());
}

const top = (stack: StackEntry[]): StackEntry => stack[stack.length - 1]!;
/** The page on top of the stack (the others are hidden). */
const visible = (p: Page) => p.locator('.wxp-page:not(.wxp-page--hidden)');

describeWhen(NO_CHROMIUM, 'browser preview', () => {
  beforeAll(start);
  afterAll(stop);

  it('taps through home → flow → result and shows the recommendation', async () => {
    if (!page) throw new Error('the browser did not start');
    let stack = await open(page, '/pages/index/index');
    expect(top(stack).route).toBe('pages/index/index');
    await expect(page.locator('#nav-title').innerText()).resolves.toBe('微信客服导航');

    // The payment tile of the problem grid (found by where it leads, so label changes do not matter).
    await visible(page).locator('wx-view[data-path*="problem=payment"]').first().tap();
    stack = await idle(page);
    expect(top(stack)).toMatchObject({ route: 'pages/flow/index', query: 'v=1&problem=payment' });
    expect(stack).toHaveLength(2);

    // Each question: tap its first option ("钱转错人了", "是，正在发生", "中国大陆", "都可以") until the result opens.
    for (let step = 0; step < 5 && top(stack).route === 'pages/flow/index'; step++) {
      await visible(page).locator('wx-view[role="radio"]').first().tap();
      stack = await idle(page);
    }
    expect(top(stack)).toMatchObject({ route: 'pages/result/index', query: 'v=1&problem=payment&detail=wrong-transfer&urgent=yes&region=mainland&need=any' });
    await expect(page.locator('#nav-title').innerText()).resolves.toBe('推荐渠道');

    const screenText = await visible(page).innerText();
    expect(screenText).toContain('推荐你这样做');
    const primary = await visible(page).locator('channel-card').first().innerText();
    expect(primary).toContain('微信支付客服热线 95017');

    // Back from the result goes to home (flow steps replace each other).
    await page.locator('#nav-back').click();
    stack = await idle(page);
    expect(top(stack).route).toBe('pages/index/index');

    expect(await page.evaluate(() => (window as PreviewWindow).__preview!.errors)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps every label of the notes form on one line at 375 px: Chinese and English, normal and care mode', async () => {
    if (!page) throw new Error('the browser did not start');
    const wrapped: string[] = [];
    for (const lang of ['zh', 'en']) {
      // font=20 is a large system font: care mode.
      for (const font of [17, 20]) {
        await page.goto(`${server!.url}?lang=${lang}&font=${font}&now=2026-12-01T10:00:00%2B08:00#/pages/notes/index?v=1`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await idle(page);
        const labels = await visible(page).evaluate((root) =>
          Array.from(root.querySelectorAll('[class*="van-cell__title"]')).map((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const lines = new Set(
              Array.from(range.getClientRects())
                .filter((r) => r.width > 0)
                .map((r) => Math.round(r.top)),
            ).size;
            return { text: (el.textContent || '').trim(), lines };
          }),
        );
        // Channel, problem (case), who was reached, date, time, ticket, what they said, next step, reminder.
        expect(labels).toHaveLength(9);
        for (const l of labels) if (l.lines !== 1) wrapped.push(`${lang} font ${font}: ${l.text} (${l.lines} lines)`);
      }
    }
    expect(wrapped).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('turns mouse clicks into taps and shares the page through onShareAppMessage', async () => {
    if (!page) throw new Error('the browser did not start');
    let stack = await open(page, '/pages/flow/index?v=1&problem=stolen');
    expect(top(stack).route).toBe('pages/flow/index');
    // The first stolen-account problem (hijacked) asks nothing more: its plan opens.
    await visible(page).locator('wx-view[role="radio"]').first().click();
    stack = await idle(page);
    expect(top(stack)).toMatchObject({ route: 'pages/result/index', query: 'v=1&problem=stolen&detail=hijacked' });

    stack = await open(page, '/pages/channel/index?v=1&id=pay-hotline');
    await expect(page.locator('#nav-title').innerText()).resolves.toBe('渠道详情');
    // The call button does not dial: it says so.
    await visible(page).getByText('拨打 95017', { exact: true }).first().click();
    await expect(page.locator('.wxp-toast').innerText()).resolves.toContain('预览中不会真的拨号');

    await page.locator('#btn-share').click();
    const shared = await page.locator('#share-result').innerText();
    expect(shared).toContain('/pages/channel/index?');
    expect(shared).toContain('pay-hotline');
    await expect(page.locator('.wxp-share').innerText()).resolves.toContain('在预览中打开这个链接');
    expect(await page.evaluate(() => (window as PreviewWindow).__preview!.errors)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('grows an auto-height textarea with its text instead of clipping it (notes; the say-card uses the same field)', async () => {
    if (!page) throw new Error('the browser did not start');
    const clipped = async (selector: string) =>
      visible(page!)
        .locator(selector)
        .evaluateAll((els) =>
          els.map((el) => {
            const box = el.parentElement as HTMLElement;
            return { scroll: (el as HTMLTextAreaElement).scrollHeight, shown: box.getBoundingClientRect().height };
          }),
        );
    await open(page, '/pages/notes/index?v=1&channel=pay-hotline');
    const said = visible(page).locator('textarea').first();
    await said.fill('第一行\n第二行\n第三行\n第四行\n第五行，客服说三个工作日内回电，请保持电话畅通');
    await idle(page);
    const notes = (await clipped('textarea'))[0]!;
    expect(notes.scroll).toBeGreaterThan(5 * 18);
    expect(notes.shown).toBeGreaterThanOrEqual(notes.scroll - 1);

    // The say-card's blanks are the same built-in textarea (scripts/preview/runtime/builtins.js).
    expect(pageErrors).toEqual([]);
  });

  it('swallows the ghost click after a touch tap, so the share card the tap opened stays open', async () => {
    if (!page) throw new Error('the browser did not start');
    await open(page, '/pages/channel/index?v=1&id=pay-hotline');
    // The page's own share button (open-type=share) opens the share card over the page.
    const button = visible(page).locator('wx-button[aria-label="分享给朋友"]').first();
    await button.scrollIntoViewIfNeeded();
    const clicks: string[] = [];
    await page.exposeFunction('__ghostSeen', (what: string) => clicks.push(what));
    await page.evaluate(() =>
      document.addEventListener('click', (e) => (window as unknown as { __ghostSeen(w: string): void }).__ghostSeen((e.target as Element).className), true),
    );
    await button.tap();
    await page.waitForTimeout(600);
    await expect(page.locator('.wxp-share').count()).resolves.toBe(1);
    // The browser's follow-up click never reached the page or the card.
    expect(clicks).toEqual([]);
    // A real click later (not a ghost) still works: 关闭 closes the card.
    await page.locator('.wxp-share button', { hasText: '关闭' }).click();
    await expect(page.locator('.wxp-share').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
