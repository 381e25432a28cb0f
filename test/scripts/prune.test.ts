/** @jest-environment node */
/**
 * The dependency walk behind `npm run size` and the Vant pruning in the build (scripts/prune-npm.js):
 * on the real miniprogram/ (after `node scripts/build.js --npm`), everything a page uses is reached and
 * an unused Vant component is not. The walk is pure; only the fixture test below deletes files, in a
 * temporary folder.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

interface ComponentInfo {
  path: string;
  json: { usingComponents?: Record<string, string> };
  using: Record<string, string>;
}
interface Reach {
  pages: string[];
  files: Set<string>;
  components: Map<string, ComponentInfo>;
  missing: Array<{ from: string; spec: string; kind: string }>;
}
interface PruneResult {
  removed: string[];
  kept: string[];
  removedBytes: number;
  summary: string;
}
const prune = require('../../scripts/prune-npm') as {
  computeReachable(dir: string): Reach;
  pruneVant(dir: string, options?: { dryRun?: boolean }): PruneResult;
  VANT_DIR: string;
};

const MP = path.resolve(__dirname, '../../miniprogram');
const VANT = path.join(MP, prune.VANT_DIR);

describe('computeReachable on the real mini program', () => {
  let reach: Reach;
  beforeAll(() => {
    if (!fs.existsSync(path.join(VANT, 'button/index.json'))) {
      throw new Error('miniprogram/miniprogram_npm is missing: run `node scripts/build.js --npm` (npm test does) first');
    }
    reach = prune.computeReachable(MP);
  });

  it('starts from every page in app.json', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(MP, 'app.json'), 'utf8')) as { pages: string[] };
    expect(reach.pages).toEqual(expect.arrayContaining(appJson.pages));
    for (const page of appJson.pages) expect(reach.components.has(page)).toBe(true);
    expect(reach.files.has('app.json')).toBe(true);
    expect(reach.files.has('app.wxss')).toBe(true);
  });

  it('resolves every usingComponents entry of pages and components', () => {
    expect(reach.missing.filter((m) => m.kind === 'component')).toEqual([]);
  });

  it('keeps every component a page or component uses, with its json, wxml, wxss and js', () => {
    const used = new Set<string>();
    for (const info of reach.components.values()) for (const target of Object.values(info.using)) used.add(target);
    expect(used.size).toBeGreaterThan(0);
    for (const c of used) {
      expect(reach.components.has(c)).toBe(true);
      for (const ext of ['.json', '.wxml', '.js']) {
        if (fs.existsSync(path.join(MP, `${c}${ext}`)) || (ext === '.js' && fs.existsSync(path.join(MP, `${c}.ts`)))) {
          expect(reach.files.has(`${c}${ext}`)).toBe(true);
        }
      }
      if (fs.existsSync(path.join(MP, `${c}.wxss`))) expect(reach.files.has(`${c}.wxss`)).toBe(true);
    }
  });

  it.each(['button', 'icon', 'loading', 'cell', 'tag'])('reaches @vant/weapp/%s (used directly or by another Vant component)', (name) => {
    const base = `${prune.VANT_DIR}/${name}/index`;
    expect(reach.components.has(base)).toBe(true);
    expect(reach.files.has(`${base}.js`)).toBe(true);
    expect(reach.files.has(`${base}.wxml`)).toBe(true);
  });

  it("follows Vant's own requires, wxs and wxss imports", () => {
    expect(reach.files.has(`${prune.VANT_DIR}/common/component.js`)).toBe(true);
    expect(reach.files.has(`${prune.VANT_DIR}/mixins/basic.js`)).toBe(true);
    expect(reach.files.has(`${prune.VANT_DIR}/wxs/utils.wxs`)).toBe(true);
    expect(reach.files.has(`${prune.VANT_DIR}/wxs/bem.wxs`)).toBe(true);
    expect(reach.files.has(`${prune.VANT_DIR}/common/index.wxss`)).toBe(true);
  });

  it('leaves out Vant components no page uses', () => {
    for (const name of ['calendar', 'uploader', 'dropdown-menu']) {
      expect(reach.components.has(`${prune.VANT_DIR}/${name}/index`)).toBe(false);
      expect([...reach.files].some((f) => f.startsWith(`${prune.VANT_DIR}/${name}/`))).toBe(false);
    }
    // TypeScript declarations never ship.
    expect([...reach.files].some((f) => f.endsWith('.d.ts') || f.endsWith('.ts'))).toBe(false);
  });

  it('lists TypeScript modules under their compiled .js names', () => {
    expect(reach.files.has('pages/index/index.js')).toBe(true);
    expect(reach.files.has('core/links.js')).toBe(true);
  });

  it('a dry run lists what would go and changes nothing on disk', () => {
    const before = fs.readdirSync(VANT).length;
    const dry = prune.pruneVant(MP, { dryRun: true });
    expect(fs.readdirSync(VANT).length).toBe(before);
    expect(dry.removed.filter((f) => f.includes('/button/') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(dry.kept).toEqual(expect.arrayContaining([`${prune.VANT_DIR}/button/index.js`, `${prune.VANT_DIR}/icon/index.wxss`]));
  });
});

describe('pruneVant on a small fixture', () => {
  let dir: string;
  const write = (rel: string, text: string): void => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsn-prune-'));
    write('app.json', JSON.stringify({ pages: ['pages/a/index'] }));
    write('app.ts', 'App({});');
    write('pages/a/index.json', JSON.stringify({ usingComponents: { 'van-button': '@vant/weapp/button/index' } }));
    write('pages/a/index.wxml', '<van-button>go</van-button>');
    write('pages/a/index.ts', "import { x } from '../../core/x';\nComponent({ methods: { onLoad() { return x; } } });");
    write('core/x.ts', 'export const x = 1;');
    const v = 'miniprogram_npm/@vant/weapp';
    write(`${v}/button/index.json`, JSON.stringify({ component: true, usingComponents: { 'van-icon': '../icon/index' } }));
    write(`${v}/button/index.wxml`, '<wxs src="../wxs/utils.wxs" module="utils" /><van-icon />');
    write(`${v}/button/index.wxss`, "@import '../common/index.wxss';.van-button{}");
    write(`${v}/button/index.js`, "var c = require('../common/component');");
    write(`${v}/button/index.d.ts`, 'export {};');
    write(`${v}/icon/index.json`, JSON.stringify({ component: true }));
    write(`${v}/icon/index.wxml`, '<view />');
    write(`${v}/icon/index.js`, "require('../common/component');");
    write(`${v}/common/component.js`, '');
    write(`${v}/common/index.wxss`, '');
    write(`${v}/common/unused.js`, '');
    write(`${v}/wxs/utils.wxs`, "var bem = require('./bem.wxs');");
    write(`${v}/wxs/bem.wxs`, '');
    write(`${v}/calendar/index.json`, JSON.stringify({ component: true }));
    write(`${v}/calendar/index.js`, "require('../common/component');");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('deletes what no page reaches and keeps the rest', () => {
    const v = 'miniprogram_npm/@vant/weapp';
    const result = prune.pruneVant(dir);
    expect(result.removed.sort()).toEqual([`${v}/button/index.d.ts`, `${v}/calendar/index.js`, `${v}/calendar/index.json`, `${v}/common/unused.js`]);
    expect(fs.existsSync(path.join(dir, v, 'calendar'))).toBe(false);
    for (const kept of [
      'button/index.js',
      'button/index.wxss',
      'icon/index.wxml',
      'common/component.js',
      'common/index.wxss',
      'wxs/utils.wxs',
      'wxs/bem.wxs',
    ]) {
      expect(fs.existsSync(path.join(dir, v, kept))).toBe(true);
    }
    // Pruning again finds nothing more.
    expect(prune.pruneVant(dir).removed).toEqual([]);
  });
});
