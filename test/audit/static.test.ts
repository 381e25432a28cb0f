/**
 * DevTools audit rules that can be read from the source (../shared/research/anchors.md §5.1):
 * no `:active` tap states (use hover-class), no deprecated APIs, timers cleared when the page or
 * component goes away, and a role and a label on every actionable element for screen readers.
 * The layout rules (nodes, tap targets, contrast, safe area) are measured in the browser:
 * test/preview/audit.test.ts.
 */
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../miniprogram');
const NPM = path.join(ROOT, 'miniprogram_npm');

function files(dir: string, ext: string, withNpm: boolean): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir)) {
    if (f === 'node_modules' || (f === 'miniprogram_npm' && !withNpm)) continue;
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) out.push(...files(p, ext, withNpm));
    else if (f.endsWith(ext)) out.push(p);
  }
  return out;
}
const rel = (f: string): string => path.relative(ROOT, f);
const noComments = (src: string): string => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

beforeAll(() => {
  if (!fs.existsSync(path.join(NPM, '@vant/weapp/button/index.wxss'))) {
    throw new Error('miniprogram/miniprogram_npm is missing: run `node scripts/build.js --npm` (npm test does) first');
  }
});

describe('no :active tap states (DevTools: use hover-class)', () => {
  it('no WXSS, ours or Vant as shipped, styles the :active pseudo-class', () => {
    const all = files(ROOT, '.wxss', true);
    expect(all.length).toBeGreaterThan(10);
    const found = all.filter((f) => /:active\b/.test(noComments(fs.readFileSync(f, 'utf8')))).map(rel);
    expect(found).toEqual([]);
  });

  it('finds one when it is there (the check can fail)', () => {
    expect(/:active\b/.test(noComments('.tile:active { opacity: .6 }'))).toBe(true);
    expect(/:active\b/.test(noComments('.van-button--active:before { opacity: .1 }'))).toBe(false);
  });
});

/**
 * APIs WeChat's docs mark 停止维护 / deprecated (DevTools' "废弃接口" rule). getSystemInfo* since base
 * library 2.20.1 (use getWindowInfo, getDeviceInfo, getAppBaseInfo, getSystemSetting,
 * getAppAuthorizeSetting); getUserInfo/getUserProfile no longer return the user's data; the old canvas
 * and audio contexts and the background-audio functions were replaced.
 */
const DEPRECATED = [
  'getSystemInfoSync',
  'getSystemInfo',
  'getSystemInfoAsync',
  'getUserInfo',
  'getUserProfile',
  'createCanvasContext',
  'createAudioContext',
  'getBackgroundAudioPlayerState',
  'playBackgroundAudio',
  'pauseBackgroundAudio',
  'seekBackgroundAudio',
  'stopBackgroundAudio',
  'onBackgroundAudioPlay',
  'onBackgroundAudioPause',
  'onBackgroundAudioStop',
  'playVoice',
  'pauseVoice',
  'stopVoice',
];
const deprecatedCall = new RegExp(`\\bwx\\s*\\.\\s*(${DEPRECATED.join('|')})\\b`, 'g');
/**
 * Vant's button checks for and calls wx.getUserProfile only for `open-type="getUserProfile"`, which no
 * page uses (asserted below), so it never runs.
 */
const UNREACHED = new Set([
  'miniprogram_npm/@vant/weapp/button/index.js: wx.getUserProfile',
  'miniprogram_npm/@vant/weapp/common/version.js: wx.getUserProfile',
]);

describe('no deprecated APIs', () => {
  it('no code under miniprogram/ (our TypeScript and the Vant shipped in miniprogram_npm) calls one', () => {
    const code = [...files(ROOT, '.ts', true), ...files(ROOT, '.js', true)].filter((f) => !f.endsWith('.d.ts'));
    expect(code.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const f of code) {
      for (const m of noComments(fs.readFileSync(f, 'utf8')).matchAll(deprecatedCall)) found.push(`${rel(f)}: wx.${m[1]}`);
    }
    expect(found.filter((f) => !UNREACHED.has(f))).toEqual([]);
    const wxml = files(ROOT, '.wxml', false).filter((f) => /open-type\s*=\s*["']getUserProfile/.test(fs.readFileSync(f, 'utf8')));
    expect(wxml.map(rel)).toEqual([]);
  });

  it('finds one when it is there', () => {
    expect('const i = wx.getSystemInfoSync();'.match(deprecatedCall)).toEqual(['wx.getSystemInfoSync']);
    expect('wx.getAppBaseInfo()'.match(deprecatedCall)).toBeNull();
  });
});

/**
 * Timers: each setTimeout/setInterval in a page or component keeps its id, and the page's onUnload or the
 * component's detached clears it (DevTools: "timer callbacks run on the page that set them").
 */
function timerProblems(src: string): string[] {
  const code = noComments(src);
  const problems: string[] = [];
  const teardown = /\b(onUnload|detached)\s*(\(|:)/.test(code);
  for (const [set, clear] of [
    ['setTimeout', 'clearTimeout'],
    ['setInterval', 'clearInterval'],
  ]) {
    const sets = code.match(new RegExp(`\\b${set}\\s*\\(`, 'g')) || [];
    if (!sets.length) continue;
    const kept = code.match(new RegExp(`[\\w.\\]]+\\s*=\\s*${set}\\s*\\(`, 'g')) || [];
    if (kept.length < sets.length) problems.push(`${sets.length - kept.length} ${set} without a kept id`);
    if (!teardown) problems.push(`${set} but no onUnload/detached`);
    else if (!new RegExp(`\\b${clear}\\s*\\(`).test(code)) problems.push(`${set} never ${clear}ed`);
  }
  return problems;
}

describe('timers cleared', () => {
  const sources = files(path.join(ROOT, 'pages'), '.ts', false).concat(files(path.join(ROOT, 'components'), '.ts', false));

  it('every page and component clears what it sets, in onUnload or detached', () => {
    expect(sources.length).toBeGreaterThanOrEqual(7);
    const found = sources.flatMap((f) => timerProblems(fs.readFileSync(f, 'utf8')).map((p) => `${rel(f)}: ${p}`));
    expect(found).toEqual([]);
  });

  it('finds a timer that outlives its page', () => {
    expect(timerProblems('Component({ methods: { onLoad() { setTimeout(() => this.setData({a: 1}), 500); } } })')).toEqual([
      '1 setTimeout without a kept id',
      'setTimeout but no onUnload/detached',
    ]);
    expect(timerProblems('Component({ methods: { onLoad() { this.t = setInterval(f, 9); }, onUnload() { clearInterval(this.t); } } })')).toEqual([]);
    expect(timerProblems('Component({ lifetimes: { detached() {} }, methods: { go() { this.t = setTimeout(f, 9); } } })')).toEqual([
      'setTimeout never clearTimeouted',
    ]);
  });
});

/**
 * Screen readers: an actionable element is one with a tap, click or change binding (bindtap, bind:tap,
 * catchtap, bind:click, bindchange, bind:change). The rule:
 * - a built-in element (view, text, picker …) has both `aria-role` and `aria-label` (a picker's role is
 *   its own, so a label is enough);
 * - a Vant component passes what it can itself: van-button renders a native button (role button) and
 *   takes `aria-label`; van-cell renders a view, so it needs `aria-role` and a label (its `aria-label` or,
 *   read from its content, its `title`); van-checkbox is read from its content (the text between its
 *   tags), and its row carries role checkbox and the label;
 * - van-field, van-search and van-switch do not pass aria attributes on: they sit inside a wrapper view
 *   that carries `aria-label` (and for the switch `aria-role="switch"`).
 */
interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Text between the opening and closing tag (for content-labelled components). */
  inner: string;
  /** Attributes of the enclosing elements, nearest first. */
  parents: Array<Record<string, string>>;
}

function parseWxml(src: string): Tag[] {
  const out: Tag[] = [];
  const stack: Array<{ name: string; attrs: Record<string, string>; start: number; tag: Tag }> = [];
  const re = /<!--[\s\S]*?-->|<\/([\w-]+)\s*>|<([\w-]+)((?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[1]) {
      const i = stack.map((s) => s.name).lastIndexOf(m[1]);
      if (i >= 0) {
        stack[i]!.tag.inner = src.slice(stack[i]!.start, m.index).trim();
        stack.length = i;
      }
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([\w:.-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)) attrs[a[1]!] = a[2] ?? a[3] ?? '';
    const tag: Tag = { name: m[2]!, attrs, inner: '', parents: stack.map((s) => s.attrs).reverse() };
    out.push(tag);
    if (!m[4]) stack.push({ name: m[2]!, attrs, start: re.lastIndex, tag });
  }
  return out;
}

const ACTION = /^(bind|catch|capture-bind|capture-catch):?(tap|click|change)$/;
const WRAPPED = new Set(['van-field', 'van-search', 'van-switch']);
const filled = (v: string | undefined): boolean => v !== undefined && v.trim() !== '';

function ariaProblems(tag: Tag): string | null {
  const bound = Object.keys(tag.attrs).some((k) => ACTION.test(k));
  if (!bound) return null;
  const a = tag.attrs;
  const label = filled(a['aria-label']);
  const role = filled(a['aria-role']);
  if (WRAPPED.has(tag.name)) {
    const wrapper = tag.parents[0] || {};
    if (!filled(wrapper['aria-label']) && !label) return 'no aria-label on it or its wrapper view';
    if (tag.name === 'van-switch' && wrapper['aria-role'] !== 'switch') return 'its wrapper has no aria-role="switch"';
    return null;
  }
  if (tag.name === 'van-button') return label || filled(tag.inner) ? null : 'no aria-label and no text';
  if (tag.name === 'van-checkbox') return filled(tag.inner) ? null : 'no text to read';
  if (tag.name === 'van-cell') {
    if (!role) return 'no aria-role';
    return label || filled(a.title) ? null : 'no aria-label and no title';
  }
  if (tag.name === 'picker') return label ? null : 'no aria-label';
  if (!role) return 'no aria-role';
  return label ? null : 'no aria-label';
}

describe('every actionable element has a role and a label', () => {
  const wxml = files(ROOT, '.wxml', false);

  it('in every page and component', () => {
    expect(wxml.length).toBeGreaterThanOrEqual(10);
    let actionable = 0;
    const found: string[] = [];
    for (const f of wxml) {
      for (const tag of parseWxml(fs.readFileSync(f, 'utf8'))) {
        if (Object.keys(tag.attrs).some((k) => ACTION.test(k))) actionable += 1;
        const p = ariaProblems(tag);
        if (p) found.push(`${rel(f)}: <${tag.name}${tag.attrs.id ? ` id="${tag.attrs.id}"` : ''}> ${p}`);
      }
    }
    expect(found).toEqual([]);
    // The pages have dozens of buttons, cells, tiles and options: the parser found them.
    expect(actionable).toBeGreaterThan(30);
  });

  it('finds the missing ones', () => {
    const tags = parseWxml(
      '<view bindtap="go" aria-label="Go">x</view><van-cell bind:click="go" title="A" /><van-button bind:click="b"></van-button>' +
        '<view><van-switch bind:change="c" /></view><view aria-role="button" aria-label="ok" bind:tap="d">y</view><van-checkbox bind:change="e">Text</van-checkbox>',
    );
    expect(tags.map(ariaProblems)).toEqual([
      'no aria-role',
      'no aria-role',
      'no aria-label and no text',
      null,
      'no aria-label on it or its wrapper view',
      null,
      null,
    ]);
  });
});

describe('regular expressions older iOS can parse', () => {
  // WeChat on iOS runs the mini program in the system JavaScriptCore; before iOS 16.4 it cannot parse a
  // lookbehind (`(?<=`, `(?<!`), and a named group (`(?<name>`) is ES2018: one such literal is a SyntaxError
  // that stops the whole page script. esbuild's es2017 target does not rewrite them.
  it('no TypeScript source of ours uses a lookbehind or a named group', () => {
    const all = files(ROOT, '.ts', false).filter((f) => !f.endsWith('.d.ts'));
    expect(all.length).toBeGreaterThan(50);
    const found = all.filter((f) => /\(\?<[=!a-zA-Z]/.test(noComments(fs.readFileSync(f, 'utf8')))).map(rel);
    expect(found).toEqual([]);
  });
});
