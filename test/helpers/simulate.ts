/**
 * Loads pages and components from miniprogram/ with miniprogram-simulate and
 * the official wxml compiler, resolving Vant from miniprogram_npm (simulate
 * does not emulate WeChat's npm lookup, so npm-style entries are mapped).
 */
import fs from 'fs';
import path from 'path';
const simulate = require('miniprogram-simulate');

export const ROOT = path.resolve(__dirname, '../../miniprogram');

function vantMapping(): Record<string, string> {
  const map: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const f of fs.readdirSync(dir)) {
      const p = path.join(dir, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json')) {
        const json = JSON.parse(fs.readFileSync(p, 'utf8')) as { usingComponents?: Record<string, string> };
        for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
          if (target.startsWith('@vant/weapp/')) map[tag] = `/miniprogram_npm/${target}`;
        }
      }
    }
  };
  walk(path.join(ROOT, 'pages'));
  walk(path.join(ROOT, 'components'));
  return map;
}

let mapping: Record<string, string> | null = null;

export interface Rendered {
  dom: HTMLElement;
  instance: WechatMiniprogram.Component.TrivialInstance & Record<string, (...args: unknown[]) => unknown>;
  data: Record<string, unknown>;
  querySelector(selector: string): Rendered | null;
  querySelectorAll(selector: string): Rendered[];
  dispatchEvent(name: string, options?: Record<string, unknown>): void;
  setData(data: Record<string, unknown>): void;
  attach(parent: Element): void;
  triggerLifeTime(name: string): void;
  triggerPageLifeTime(name: string, args?: unknown): void;
}

/** Renders a page or component (path relative to miniprogram/, e.g. `pages/index/index`). */
export function render(relPath: string, props: Record<string, unknown> = {}): Rendered {
  if (!mapping) mapping = vantMapping();
  const id = simulate.load(path.join(ROOT, relPath), { rootPath: ROOT, compiler: 'official', usingComponents: mapping });
  const comp = simulate.render(id, props) as Rendered;
  comp.attach(document.createElement('parent-wrapper'));
  return comp;
}

export const sleep = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Visible text of a rendered tree, whitespace collapsed. */
export function text(comp: Rendered): string {
  return (comp.dom.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Number of element nodes a page renders (custom components' own trees included). */
export function nodeCount(comp: Rendered): number {
  return comp.dom.querySelectorAll('*').length + 1;
}

/** Counts setData calls and the bytes they send while `fn` runs. */
export async function countSetData(comp: Rendered, fn: () => unknown | Promise<unknown>): Promise<{ calls: number; bytes: number }> {
  const inst = comp.instance as unknown as { setData: (d: Record<string, unknown>, cb?: () => void) => void };
  const original = inst.setData;
  let calls = 0;
  let bytes = 0;
  inst.setData = function patched(this: unknown, d: Record<string, unknown>, cb?: () => void) {
    calls += 1;
    bytes += Buffer.byteLength(JSON.stringify(d));
    return original.call(this, d, cb);
  };
  try {
    await fn();
    await sleep(0);
  } finally {
    inst.setData = original;
  }
  return { calls, bytes };
}
