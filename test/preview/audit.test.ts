/** @jest-environment node */
/**
 * WeChat DevTools' audit rules measured in the browser preview, where layout is real (thresholds:
 * ../shared/research/anchors.md §5): over every page state, in normal and care mode,
 * - WXML: < 1000 nodes, depth < 30, ≤ 60 children of one node;
 * - tap targets: ≥ 20 × 20 px, and ≥ 60 × 60 px in care mode (MIIT 2021 elderly-app spec);
 * - care mode: main text ≥ 18 px, line spacing ≥ 1.3;
 * - contrast of rendered text against its background ≥ 4.5 (3 for large text);
 * - fixed elements inside the iPhone X safe area (34 px above the bottom, below the 44 px status bar).
 * One browser for the file. The figures go to dist/audit.json and the console.
 * Needs /usr/bin/chromium (test/helpers/needs.ts: skipped with the reason, failed under CI=true).
 */
import fs from 'fs';
import path from 'path';
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
type PreviewWindow = Window & { __preview?: { errors: string[]; whenIdle(quietMs?: number): Promise<unknown[]> } };

const { startPreviewServer } = require('../../scripts/preview/serve') as { startPreviewServer(o: { port: number }): Promise<PreviewServer> };
const { launchPhone, CHROMIUM_PATH } = require('../../scripts/preview/browser') as { launchPhone(): Promise<Phone>; CHROMIUM_PATH: string };
const { resultAnswers } = require('../../scripts/preview/screenshots') as { resultAnswers(): Array<{ problem: string } & Record<string, string>> };
const { CASE_STORAGE } = require('../../scripts/preview/case-fixtures') as { CASE_STORAGE: Record<string, string> };

const NO_CHROMIUM = fs.existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium fonts-noto-cjk)`;
const hasVant = fs.existsSync(`${__dirname}/../../miniprogram/miniprogram_npm/@vant/weapp/button/index.json`);

jest.setTimeout(240_000);
useRealClock();

/** What the page measures about itself (runs in the browser). */
interface Measure {
  nodes: number;
  depth: number;
  maxChildren: number;
  targets: number;
  smallest: { w: number; h: number; what: string } | null;
  tooSmall: string[];
  lowContrast: string[];
  smallText: string[];
  tightLines: string[];
  unsafeFixed: string[];
  minFont: number;
}

/**
 * Runs inside the page. Actionable: WeChat buttons, elements with an interactive aria role, clickable
 * Vant cells, pickers, text inputs. An actionable element inside another is measured as the outer one
 * (the tap lands there too).
 */
function measurePage(args: { minTarget: number; care: boolean }): Measure {
  const root = document.querySelector('.wxp-page:not(.wxp-page--hidden) page') as HTMLElement;
  let nodes = 0;
  let depth = 0;
  let maxChildren = 0;
  const walk = (el: Element, d: number): void => {
    nodes += 1;
    depth = Math.max(depth, d);
    maxChildren = Math.max(maxChildren, el.children.length);
    for (const c of Array.from(el.children)) walk(c, d + 1);
  };
  walk(root, 1);

  const name = (el: Element): string => {
    const label = el.getAttribute('aria-label') || (el.textContent || '').trim();
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} “${label.slice(0, 24)}”`;
  };
  const visible = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const ACTIONABLE =
    'wx-button, [role=button], [role=link], [role=radio], [role=checkbox], [role=switch], [class*="van-cell--clickable"], wx-picker, wx-input, wx-textarea';
  const all = Array.from(root.querySelectorAll(ACTIONABLE)).filter(visible);
  const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  let smallest: Measure['smallest'] = null;
  const tooSmall: string[] = [];
  // A text field's tap area is its row: Vant draws the field (label, input, padding) as one cell, and a tap
  // on the row focuses the input on a phone too (the input fills the row's height and width).
  const area = (el: Element): Element =>
    el.tagName === 'WX-INPUT' || el.tagName === 'WX-TEXTAREA'
      ? el.closest('[class~="van-search--van-search__content"], [class~="van-field--van-field"]') || el
      : el;
  for (const el of outer.map(area)) {
    const r = el.getBoundingClientRect();
    const w = Math.round(r.width);
    const h = Math.round(r.height);
    if (!smallest || Math.min(w, h) < Math.min(smallest.w, smallest.h)) smallest = { w, h, what: name(el) };
    if (w < args.minTarget || h < args.minTarget) tooSmall.push(`${name(el)} ${w}×${h}`);
  }

  const rgba = (c: string): [number, number, number, number] => {
    const m = c.match(/[\d.]+/g) || ['0', '0', '0', '0'];
    return [Number(m[0]), Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  };
  const background = (el: Element | null): number[] => {
    const layers: Array<[number, number, number, number]> = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let out = [255, 255, 255];
    for (const l of layers.reverse()) out = out.map((v, i) => l[i]! * l[3] + v * (1 - l[3]));
    return out;
  };
  const lum = (c: number[]): number => {
    const [r = 0, g = 0, b = 0] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const lowContrast: string[] = [];
  const smallText: string[] = [];
  const tightLines: string[] = [];
  let minFont = 1e9;
  const texts = Array.from(root.querySelectorAll('*')).filter(
    (el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent || '').trim()) && visible(el) && !el.closest('[aria-hidden=true]'),
  );
  for (const el of texts) {
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    minFont = Math.min(minFont, size);
    const bg = background(el);
    const fgRaw = rgba(s.color);
    const fg = fgRaw.slice(0, 3).map((v, i) => v * fgRaw[3] + bg[i]! * (1 - fgRaw[3]));
    const [hi = 0, lo = 0] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const text = (el.textContent || '').trim().slice(0, 20);
    if (ratio < (large ? 3 : 4.5)) lowContrast.push(`“${text}” ${ratio.toFixed(2)} (${s.color} on rgb(${bg.map(Math.round).join(',')}))`);
    if (args.care) {
      if (size < 18) smallText.push(`“${text}” ${size}px`);
      const lh = s.lineHeight === 'normal' ? 1.2 * size : parseFloat(s.lineHeight);
      if (lh / size < 1.3 - 1e-6) tightLines.push(`“${text}” ${(lh / size).toFixed(2)}`);
    }
  }

  const unsafeFixed: string[] = [];
  const vh = window.innerHeight;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (getComputedStyle(el).position !== 'fixed' || !visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.bottom > vh - 34 || r.top < 44) unsafeFixed.push(`${name(el)} top ${Math.round(r.top)} bottom ${Math.round(r.bottom)} of ${vh}`);
  }
  return { nodes, depth, maxChildren, targets: outer.length, smallest, tooSmall, lowContrast, smallText, tightLines, unsafeFixed, minFont };
}

interface State {
  name: string;
  hash: string;
  /** Storage entries set before the page loads (the notebook's case states). */
  storage?: Record<string, string>;
  /** Steps after the page opened (typing, tapping). */
  act?: (p: Page) => Promise<void>;
}

const visiblePage = (p: Page) => p.locator('.wxp-page:not(.wxp-page--hidden)');
async function idle(p: Page): Promise<void> {
  await p.evaluate(() => (window as PreviewWindow).__preview!.whenIdle());
}
const typeInto = (selector: string, text: string) => async (p: Page) => {
  await visiblePage(p).locator(selector).first().fill(text);
  await idle(p);
};
const tapButton = (label: string) => async (p: Page) => {
  await visiblePage(p).locator(`wx-button[aria-label="${label}"]`).first().click();
  await idle(p);
};
const verifyWith = (text: string) => async (p: Page) => {
  await typeInto('textarea', text)(p);
  await tapButton('检查')(p);
};
async function addNote(p: Page): Promise<void> {
  await typeInto('textarea', '客服说三个工作日内回电')(p);
  await tapButton('保存记录')(p);
}

/**
 * Three cases with their clocks and a due list (issue 14), stored the way the notebook stores notes, then the
 * page read again. At the audit's clock (2026-12-01 10:00 Beijing) the first is past 15 days, the second a late
 * merchant, the third unfiled.
 */
async function threeCases(p: Page): Promise<void> {
  const notes = [
    { channel: 'kf-web', concrete: 'need-human', problem: 'other', at: '2026-11-05 10:00', said: '说会转人工，一直没下文', ticket: 'KF-778812' },
    { channel: 'kf-web', concrete: 'need-human', problem: 'other', at: '2026-11-12 10:00', said: '又问了一次', outcome: 'unhappy' },
    { channel: 'pay-hotline', concrete: 'merchant-refund', problem: 'payment', kind: 'merchant-complaint', at: '2026-11-28 09:00', said: '已在账单里投诉商家' },
    { channel: 'phone', at: '2026-11-30 16:00', said: '让我等三个工作日', next: '周五再打', remind: '2026-12-01' },
  ];
  await p.evaluate((list) => {
    const set = (k: string, v: unknown) => localStorage.setItem(`wxpreview:${k}`, JSON.stringify({ v: JSON.stringify(v) }));
    set(
      'wsn:notes:index',
      list.map((_, i) => `c${i}`),
    );
    list.forEach((n, i) => set(`wsn:note:c${i}`, { v: 1, id: `c${i}`, ticket: '', next: '', remind: '', createdAt: i, ...n }));
  }, notes);
  await p.reload();
  await p.waitForFunction(() => !!(window as PreviewWindow).__preview);
  await idle(p);
}

const qs = (o: Record<string, string>): string =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

function states(): State[] {
  const results = resultAnswers();
  const pick = ['payment', 'stolen', 'banned', 'howto'];
  return [
    { name: 'home', hash: '/pages/index/index' },
    { name: 'home, search results', hash: '/pages/index/index', act: typeInto('input', '冻结') },
    { name: 'channels', hash: '/pages/channels/index' },
    { name: 'channel pay-hotline', hash: '/pages/channel/index?v=1&id=pay-hotline' },
    { name: 'channel offline-points', hash: '/pages/channel/index?v=1&id=offline-points' },
    { name: 'flow 1 problem', hash: '/pages/flow/index?v=1' },
    { name: 'flow 2 urgent', hash: '/pages/flow/index?v=1&problem=payment' },
    { name: 'flow 3 region', hash: '/pages/flow/index?v=1&problem=payment&urgent=yes' },
    { name: 'flow 4 need', hash: '/pages/flow/index?v=1&problem=payment&urgent=yes&region=mainland' },
    ...results.filter((a) => pick.includes(a.problem)).map((a) => ({ name: `result ${a.problem}`, hash: `/pages/result/index?${qs({ v: '1', ...a })}` })),
    { name: 'verify empty', hash: '/pages/verify/index' },
    { name: 'verify official', hash: '/pages/verify/index', act: verifyWith('95017') },
    { name: 'verify official-domain', hash: '/pages/verify/index', act: verifyWith('https://pay.qq.com') },
    { name: 'verify scam', hash: '/pages/verify/index', act: verifyWith('我是微信客服，请把验证码发给我 13800138000') },
    { name: 'verify unknown', hash: '/pages/verify/index', act: verifyWith('4001234567') },
    { name: 'notes empty', hash: '/pages/notes/index?v=1' },
    { name: 'notes, three cases with their clocks', hash: '/pages/notes/index?v=1', act: threeCases },
    { name: 'notes, add to a case', hash: '/pages/notes/index?case=need-human&add=1' },
    {
      name: 'home, follow-ups due',
      hash: '/pages/index/index',
      // The schedule the notebook writes (core/due.ts): two steps due from the epoch on.
      act: async (p) => {
        await p.evaluate(() => localStorage.setItem('wxpreview:wsn:notes:due', JSON.stringify({ v: JSON.stringify({ v: 1, steps: [[0, 2]], remind: [] }) })));
        await p.reload();
        await p.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await idle(p);
      },
    },
    { name: 'notes with a note', hash: '/pages/notes/index?v=1&channel=pay-hotline', act: addNote },
    { name: 'result with a case', hash: '/pages/result/index?v=1&problem=merchant-refund&region=mainland&need=any', storage: CASE_STORAGE },
    { name: 'complaint with a case', hash: '/pages/complaint/index?case=merchant-refund&route=12363', storage: CASE_STORAGE },
    { name: 'complaint overseas en', hash: '/pages/complaint/index?case=account-banned&route=overseas', storage: CASE_STORAGE, act: tapButton('语言 English') },
    { name: 'complaint empty', hash: '/pages/complaint/index?case=scam-paid' },
    { name: 'complaint bad link', hash: '/pages/complaint/index?case=nope' },
    {
      name: 'notes editing',
      hash: '/pages/notes/index?v=1&channel=pay-hotline',
      act: async (p) => {
        await addNote(p);
        await visiblePage(p).locator('wx-button[aria-label^="修改"]').first().click();
        await idle(p);
      },
    },
    { name: 'follow step', hash: '/pages/follow/index?v=1&case=merchant-refund&step=12315&by=2029-11-20' },
    { name: 'follow past due', hash: '/pages/follow/index?v=1&case=merchant-refund&step=merchant-reply&by=2026-11-21' },
    { name: 'follow unconfirmed', hash: '/pages/follow/index?v=1&case=login&step=12300&from=2026-12-05&approx=1' },
    { name: 'follow scam', hash: '/pages/follow/index?v=1&case=scam-paid&step=110' },
    { name: 'follow error', hash: '/pages/follow/index?v=2&case=payment&step=12363' },
  ];
}

interface Row extends Measure {
  state: string;
  mode: 'normal' | 'care';
  errors: string[];
}

describeWhen(NO_CHROMIUM, 'DevTools audit rules in the browser preview', () => {
  let server: PreviewServer | null = null;
  let phone: Phone | null = null;
  let page: Page | null = null;
  const rows: Row[] = [];

  beforeAll(async () => {
    if (!hasVant) throw new Error('miniprogram/miniprogram_npm is missing: run `node scripts/build.js --npm` (npm test does) first');
    server = await startPreviewServer({ port: 0 });
    phone = await launchPhone();
    page = await phone.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    for (const mode of ['normal', 'care'] as const) {
      // Care mode as a person gets it: WeChat's font set large (24 px), which turns care mode on by itself.
      const params = mode === 'care' ? 'font=24&' : '';
      for (const s of states()) {
        errors.length = 0;
        await page.goto(`${server.url}?${params}now=2026-12-01T10:00:00%2B08:00#${s.hash}`);
        await page.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await page.evaluate(() => localStorage.clear());
        if (s.storage) {
          await page.evaluate((entries) => {
            const w = window as unknown as { wx: { setStorageSync(k: string, v: string): void } };
            for (const [k, v] of Object.entries(entries)) w.wx.setStorageSync(k, v);
          }, s.storage);
        }
        await page.reload();
        await page.waitForFunction(() => !!(window as PreviewWindow).__preview);
        await idle(page);
        if (s.act) await s.act(page);
        const m = await page.evaluate(measurePage, { minTarget: mode === 'care' ? 60 : 20, care: mode === 'care' });
        const own = await page.evaluate(() => (window as PreviewWindow).__preview!.errors.slice());
        rows.push({ state: s.name, mode, ...m, errors: [...own, ...errors] });
      }
    }
  });

  afterAll(async () => {
    if (page) await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    if (phone) await phone.close();
    if (server) await server.close();
    if (!rows.length) return;
    const out = path.join(__dirname, '../../dist/audit.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const smallest = (mode: string) =>
      rows
        .filter((r) => r.mode === mode && r.smallest)
        .reduce<Row | null>((a, r) => (!a || Math.min(r.smallest!.w, r.smallest!.h) < Math.min(a.smallest!.w, a.smallest!.h) ? r : a), null);
    const summary = {
      smallestTapTarget: Object.fromEntries(
        ['normal', 'care'].map((m) => {
          const r = smallest(m);
          return [m, r ? { ...r.smallest, state: r.state } : null];
        }),
      ),
      smallestTextCare: Math.min(...rows.filter((r) => r.mode === 'care').map((r) => r.minFont)),
      rows: rows.map(({ state, mode, nodes, depth, maxChildren, targets, smallest: s, minFont }) => ({
        state,
        mode,
        nodes,
        depth,
        maxChildren,
        targets,
        smallest: s,
        minFont,
      })),
    };
    fs.writeFileSync(out, JSON.stringify(summary, null, 2));
    const lines = rows
      .filter((r) => r.mode === 'normal')
      .map((r) => {
        const care = rows.find((c) => c.mode === 'care' && c.state === r.state);
        const t = (x: Row | undefined) => (x && x.smallest ? `${x.smallest.w}×${x.smallest.h}` : '-');
        return `| ${r.state} | ${r.nodes} / ${care ? care.nodes : '-'} | ${r.depth} | ${r.maxChildren} | ${t(r)} | ${t(care)} |`;
      });
    process.stdout.write(
      `\nAudit figures (also in dist/audit.json)\n| page state | WXML nodes normal / care | depth | max children | smallest tap target | care |\n|---|---|---|---|---|---|\n${lines.join('\n')}\n` +
        `smallest tap target: normal ${JSON.stringify(summary.smallestTapTarget.normal)}, care ${JSON.stringify(summary.smallestTapTarget.care)}; smallest text in care mode ${summary.smallestTextCare}px\n`,
    );
  });

  const each = (fn: (r: Row) => string[]) => rows.flatMap((r) => fn(r).map((p) => `${r.mode} · ${r.state}: ${p}`));

  it('measured every state in both modes, without page errors', () => {
    expect(rows).toHaveLength(states().length * 2);
    expect(each((r) => r.errors)).toEqual([]);
    // Each state has something to tap (the measure finds the buttons).
    expect(each((r) => (r.targets > 0 ? [] : ['no tap targets found']))).toEqual([]);
  });

  it('WXML: fewer than 1000 nodes, depth below 30, at most 60 children of one node', () => {
    expect(
      each((r) =>
        [r.nodes >= 1000 ? `${r.nodes} nodes` : '', r.depth >= 30 ? `depth ${r.depth}` : '', r.maxChildren > 60 ? `${r.maxChildren} children` : ''].filter(
          Boolean,
        ),
      ),
    ).toEqual([]);
  });

  it('tap targets: at least 20 × 20 px, 60 × 60 px in care mode', () => {
    expect(each((r) => r.tooSmall)).toEqual([]);
  });

  it('care mode: text at least 18 px, line spacing at least 1.3', () => {
    expect(each((r) => r.smallText)).toEqual([]);
    expect(each((r) => r.tightLines)).toEqual([]);
  });

  it('text contrast against its background: at least 4.5 (3 for large text)', () => {
    expect(each((r) => r.lowContrast)).toEqual([]);
  });

  it('fixed elements stay inside the iPhone X safe area', () => {
    expect(each((r) => r.unsafeFixed)).toEqual([]);
  });
});
