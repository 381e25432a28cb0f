#!/usr/bin/env node
/**
 * The JS WeChat evaluates before the home page renders, measured on the built output by following the
 * require graph: app.js and what it requires, then the home page's JS and the JS of every component it
 * uses (its usingComponents, theirs, and so on: with "lazyCodeLoading": "requiredComponents" WeChat injects
 * only those), each with what it requires. Main package only: subpackages load later (preloadRule).
 * Not counted: WXML/WXSS/WXS (the view layer's, not JS the logic layer evaluates) and JSON.
 *
 *   npm run startup              the files, grouped, with sizes (after `npm run build`)
 *   npm run startup -- --json    the same as JSON
 *   npm run startup -- --bench   also time evaluating those files in node (a fresh context each run)
 *
 * A .js older than its .ts (or missing) is transpiled in memory, so the figure is what the build would ship.
 * Sizes are of the files on disk; WeChat minifies JS again on upload, so the phone evaluates a little less.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');
const HOME = 'pages/index/index';

let ts = null;
let tsOptions = null;
/** The JS of a module as the build leaves it: the .js on disk when it is up to date, else tsc's output. */
function jsOf(rel) {
  const js = path.join(MP, rel);
  const tsFile = js.replace(/\.js$/, '.ts');
  const hasTs = fs.existsSync(tsFile);
  if (fs.existsSync(js) && (!hasTs || fs.statSync(js).mtimeMs >= fs.statSync(tsFile).mtimeMs)) return { code: fs.readFileSync(js, 'utf8'), built: true };
  if (!hasTs) return null;
  if (!ts) {
    ts = require('typescript');
    const cfg = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.build.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    tsOptions = cfg ? cfg.options : { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 };
  }
  return { code: ts.transpileModule(fs.readFileSync(tsFile, 'utf8'), { compilerOptions: tsOptions, fileName: tsFile }).outputText, built: false };
}

const posix = (p) => p.split(path.sep).join('/');
const exists = (rel) => fs.existsSync(path.join(MP, rel)) || (rel.endsWith('.js') && fs.existsSync(path.join(MP, rel.replace(/\.js$/, '.ts'))));

/** WeChat's require: relative or /-absolute paths (".js" optional), else an npm package in miniprogram_npm. */
function resolveRequire(fromRel, spec) {
  const withJs = (p) => (p.endsWith('.js') ? p : `${p}.js`);
  const candidates = [];
  if (spec.startsWith('/')) candidates.push(withJs(spec.slice(1)));
  else if (spec.startsWith('.')) {
    const base = posix(path.join(path.dirname(fromRel), spec));
    candidates.push(withJs(base), `${base}/index.js`);
  } else candidates.push(`miniprogram_npm/${spec}/index.js`, withJs(`miniprogram_npm/${spec}`));
  return candidates.find(exists) || null;
}

/** A component path from usingComponents, to its .js. */
function resolveComponent(fromRel, spec) {
  if (spec.startsWith('plugin://')) return null;
  if (spec.startsWith('/')) return `${spec.slice(1)}.js`;
  if (spec.startsWith('.')) return `${posix(path.join(path.dirname(fromRel), spec))}.js`;
  const local = `${posix(path.join(path.dirname(fromRel), spec))}.js`;
  return exists(local) ? local : `miniprogram_npm/${spec}.js`;
}

const REQUIRE_RE = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;

function subpackageRoots() {
  const app = JSON.parse(fs.readFileSync(path.join(MP, 'app.json'), 'utf8'));
  return (app.subpackages || app.subPackages || []).map((s) => `${s.root.replace(/\/$/, '')}/`);
}

/**
 * The startup set, in the order WeChat evaluates it: app.js's graph, then for the home page each component's
 * graph before the page's own (components register before the page that uses them).
 * Returns { files: [{ file, bytes, role }], missing: [...], inSubpackage: [...] }.
 */
function startupGraph(home = HOME) {
  const subs = subpackageRoots();
  const seen = new Set();
  const files = [];
  const missing = [];
  const inSubpackage = [];
  const visitModule = (rel, role) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    if (subs.some((s) => rel.startsWith(s))) {
      inSubpackage.push(rel);
      return;
    }
    const js = jsOf(rel);
    if (!js) {
      missing.push(rel);
      return;
    }
    for (const m of js.code.matchAll(REQUIRE_RE)) {
      const target = resolveRequire(rel, m[2]);
      if (target) visitModule(target, role);
      else missing.push(`${rel} → ${m[2]}`);
    }
    files.push({ file: rel, bytes: Buffer.byteLength(js.code), role, built: js.built });
  };
  const visitComponent = (base, role) => {
    const jsonFile = path.join(MP, `${base}.json`);
    const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')) : {};
    for (const spec of Object.values(json.usingComponents || {})) {
      const target = resolveComponent(`${base}.js`, spec);
      if (target && !seen.has(`component:${target}`)) {
        seen.add(`component:${target}`);
        visitComponent(target.replace(/\.js$/, ''), target.startsWith('miniprogram_npm/') ? 'vant' : 'component');
      }
    }
    visitModule(`${base}.js`, role);
  };
  visitModule('app.js', 'app');
  visitComponent(home, 'page');
  return { files, missing, inSubpackage };
}

/**
 * The JS of everything the main package ships (what WeChat would evaluate at start without lazy code loading):
 * the .js files of the reachable set scripts/prune-npm.js computes for the upload, outside the subpackages.
 */
function mainPackageJs() {
  const { computeReachable } = require('./prune-npm');
  const { BUNDLED_PAGES } = require('./bundles');
  const subs = subpackageRoots();
  const reach = computeReachable(MP, { bundled: BUNDLED_PAGES });
  return [...reach.files]
    .filter((f) => f.endsWith('.js') && !subs.some((s) => f.startsWith(s)))
    .reduce((n, f) => n + Buffer.byteLength((jsOf(f) || { code: '' }).code), 0);
}

/** Where a startup file belongs in the summary. */
function groupOf(f) {
  if (f.file.startsWith('miniprogram_npm/@vant/')) return 'Vant components';
  if (f.file.startsWith('miniprogram_npm/')) return `npm: ${f.file.split('/')[1]}`;
  if (f.file === 'app.js') return 'app.js';
  if (f.file.startsWith('pages/')) return 'home page';
  if (f.file.startsWith('components/')) return 'components/';
  return `${f.file.split('/')[0]}/`;
}

function summary(home = HOME) {
  const g = startupGraph(home);
  const total = g.files.reduce((n, f) => n + f.bytes, 0);
  const groups = {};
  for (const f of g.files) {
    const k = groupOf(f);
    groups[k] = groups[k] || { files: 0, bytes: 0 };
    groups[k].files += 1;
    groups[k].bytes += f.bytes;
  }
  return { home, total, count: g.files.length, groups, files: g.files, missing: g.missing, inSubpackage: g.inSubpackage, mainPackageJs: mainPackageJs() };
}

/** A `wx` that answers what module bodies ask at load (Vant reads the base library version). */
function stubWx() {
  const info = { SDKVersion: '3.7.12', language: 'zh_CN', fontSizeSetting: 17, platform: 'ios', windowWidth: 375, windowHeight: 812, pixelRatio: 3 };
  const known = { getAppBaseInfo: () => info, getWindowInfo: () => info, getDeviceInfo: () => info, getSystemInfoSync: () => info, canIUse: () => true };
  return new Proxy(known, { get: (t, k) => (k in t ? t[k] : () => ({})) });
}

/** Evaluates the startup files in a fresh context, in order, as WeChat's module system does; returns ms. */
function evaluateOnce(files) {
  const registered = [];
  const context = vm.createContext({
    console: { log() {}, warn() {}, error() {}, info() {} },
    setTimeout,
    clearTimeout,
    wx: stubWx(),
    App: (o) => registered.push(['App', o]),
    Page: (o) => registered.push(['Page', o]),
    Component: (o) => registered.push(['Component', o]),
    Behavior: (o) => o,
    getApp: () => ({}),
    getCurrentPages: () => [],
  });
  const cache = {};
  const codeOf = new Map(files.map((f) => [f.file, jsOf(f.file).code]));
  const load = (rel) => {
    if (cache[rel]) return cache[rel].exports;
    const module = { exports: {} };
    cache[rel] = module;
    const fn = vm.runInContext(`(function (require, module, exports) {${codeOf.get(rel)}\n})`, context, { filename: rel });
    fn(
      (spec) => {
        const target = resolveRequire(rel, spec);
        if (!target || !codeOf.has(target)) throw new Error(`${rel}: require("${spec}") is outside the startup set`);
        return load(target);
      },
      module,
      module.exports,
    );
    return module.exports;
  };
  const t0 = process.hrtime.bigint();
  for (const f of files) load(f.file);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, registered: registered.length };
}

function bench(files, runs = 30) {
  const times = [];
  let registered = 0;
  for (let i = 0; i < runs; i++) {
    const r = evaluateOnce(files);
    times.push(r.ms);
    registered = r.registered;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs, first: times[0], median: at(0.5), p95: at(0.95), registered };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function print(s, b) {
  const lines = [`JS evaluated before the home page renders (main package, built output): ${kb(s.total)} in ${s.count} files`];
  for (const [k, v] of Object.entries(s.groups).sort((x, y) => y[1].bytes - x[1].bytes))
    lines.push(`  ${k.padEnd(24)} ${String(v.files).padStart(3)} files ${kb(v.bytes).padStart(10)}`);
  lines.push(`All JS of the main package (evaluated at start without lazyCodeLoading): ${kb(s.mainPackageJs)}`);
  if (s.files.some((f) => !f.built)) lines.push(`(${s.files.filter((f) => !f.built).length} files not built yet: their size is tsc's output in memory)`);
  if (s.missing.length) lines.push(`Not found: ${s.missing.join(', ')}`);
  if (s.inSubpackage.length) lines.push(`Required from a subpackage (not counted): ${s.inSubpackage.join(', ')}`);
  if (b)
    lines.push(
      `Evaluating them in node (${b.runs} runs, a fresh context each, ${b.registered} App/Component registrations): first ${b.first.toFixed(1)} ms, median ${b.median.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms`,
    );
  return lines.join('\n');
}

if (require.main === module) {
  const s = summary();
  const b = process.argv.includes('--bench') ? bench(s.files) : null;
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ ...s, bench: b }, null, 2)}\n`);
  else process.stdout.write(`${print(s, b)}\n`);
}

module.exports = { startupGraph, summary, bench, evaluateOnce, resolveRequire, resolveComponent };
