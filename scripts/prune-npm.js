#!/usr/bin/env node
/**
 * What the mini program actually reaches, and pruning of the Vant files it does not.
 *
 * packNpm copies all of Vant's lib/ (about 470 files) into miniprogram/miniprogram_npm; a page only
 * reaches a few dozen of them. The walk starts from app.json (app files, pages, subpackages, global
 * components, custom tab bar) and follows:
 *   - usingComponents / componentGenerics defaults (page, component and Vant json);
 *   - require / import in JS (TypeScript sources are read through esbuild, so type-only imports do not count);
 *   - <wxs src>, <import src>, <include src> and static image paths in WXML; require in WXS;
 *   - @import in WXSS.
 *
 *   computeReachable(miniprogramDir)  pure: reads files, returns the reachable set, changes nothing
 *   pruneVant(miniprogramDir)         deletes unreached files under miniprogram_npm/@vant/weapp
 *
 *   node scripts/prune-npm.js            prune and print a summary
 *   node scripts/prune-npm.js --dry-run  only print what would go
 */
const fs = require('fs');
const path = require('path');

const VANT_DIR = 'miniprogram_npm/@vant/weapp';
/** Extensions that are uploaded (TypeScript ships as its compiled .js). */
const SHIP_EXT = new Set(['.js', '.json', '.wxml', '.wxss', '.wxs']);
const IMAGE_EXT = /\.(png|jpe?g|gif|svg|webp)$/i;

const toPosix = (p) => p.split(path.sep).join('/');

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function readText(p) {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

function readJson(p) {
  const text = readText(p);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

let esbuild = null;
/** The requires of a JS or TS source, as the compiled code would have them. */
function jsRequires(file, source) {
  let code = source;
  if (file.endsWith('.ts')) {
    if (!esbuild) esbuild = require('esbuild');
    try {
      code = esbuild.transformSync(source, { loader: 'ts', format: 'cjs', target: 'es2017' }).code;
    } catch {
      code = source;
    }
  } else {
    // Drop comments so a commented-out require does not count.
    code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
  }
  const out = [];
  const re = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;
  let m;
  while ((m = re.exec(code))) out.push(m[2]);
  return out;
}

/**
 * Computes everything the app reaches. Paths are relative to miniprogramDir, posix, with extension;
 * a TypeScript module is listed under its compiled name (`core/links.js`) and its source in `sources`.
 */
function computeReachable(miniprogramDir, options = {}) {
  const root = path.resolve(miniprogramDir);
  // Pages shipped as one bundle (scripts/bundles.js): their .js inlines what they import.
  const bundled = new Set(options.bundled || []);
  const abs = (rel) => path.join(root, rel);
  const rel = (p) => toPosix(path.relative(root, p));

  /** Shippable files reached (relative, with extension; TypeScript as .js). */
  const files = new Set();
  /** Compiled name → source file actually present (`core/links.js` → `core/links.ts`). */
  const sources = new Map();
  /** Component path (relative, no extension) → info. */
  const components = new Map();
  const pages = [];
  const missing = [];

  const seenJs = new Set();
  const seenWxml = new Set();
  const seenWxs = new Set();
  const seenWxss = new Set();

  /** npm-style lookup: miniprogram_npm in the file's folder and each parent up to the root. */
  function npmCandidates(fromDir, spec) {
    const out = [];
    let dir = fromDir;
    for (;;) {
      out.push(path.join(dir, 'miniprogram_npm', spec));
      if (path.resolve(dir) === root) break;
      const parent = path.dirname(dir);
      if (parent === dir || !parent.startsWith(root)) break;
      dir = parent;
    }
    return out;
  }

  function resolveModule(fromFile, spec) {
    const fromDir = path.dirname(fromFile);
    let bases;
    if (spec.startsWith('.')) bases = [path.join(fromDir, spec)];
    else if (spec.startsWith('/')) bases = [path.join(root, spec)];
    else bases = [path.join(fromDir, spec), ...npmCandidates(fromDir, spec)];
    for (const base of bases) {
      // The TypeScript source wins over a compiled .js next to it (which may be stale).
      for (const c of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts'), path.join(base, 'index.js')]) {
        if (c.endsWith('.d.ts') || !isFile(c) || !/\.(js|ts)$/.test(c)) continue;
        const ts = c.replace(/\.js$/, '.ts');
        return c.endsWith('.js') && isFile(ts) ? ts : c;
      }
    }
    return null;
  }

  function addJs(file) {
    const r = rel(file);
    const shipped = r.replace(/\.ts$/, '.js');
    if (seenJs.has(shipped)) return;
    seenJs.add(shipped);
    files.add(shipped);
    sources.set(shipped, r);
    const source = readText(file) || '';
    for (const spec of jsRequires(file, source)) {
      const target = resolveModule(file, spec);
      if (target) addJs(target);
      else missing.push({ from: r, spec, kind: 'require' });
    }
  }

  /** A component's code: the .ts source when there is one (it compiles to the .js), else the .js. */
  function addComponentJs(base) {
    const ts = `${base}.ts`;
    const js = `${base}.js`;
    if (bundled.has(rel(base))) {
      files.add(rel(js));
      if (isFile(ts)) sources.set(rel(js), rel(ts));
      return;
    }
    if (isFile(ts)) addJs(ts);
    else if (isFile(js)) addJs(js);
  }

  function resolveRef(fromFile, src, ext) {
    const withExt = src.endsWith(ext) ? src : `${src}${ext}`;
    const p = src.startsWith('/') ? path.join(root, withExt) : path.join(path.dirname(fromFile), withExt);
    return p;
  }

  function addWxs(file) {
    const r = rel(file);
    if (seenWxs.has(r)) return;
    seenWxs.add(r);
    const text = readText(file);
    if (text === null) {
      missing.push({ from: r, spec: r, kind: 'wxs' });
      return;
    }
    files.add(r);
    const re = /\brequire\(\s*(['"])([^'"]+)\1\s*\)/g;
    let m;
    while ((m = re.exec(text))) addWxs(resolveRef(file, m[2], '.wxs'));
  }

  function addWxml(file) {
    const r = rel(file);
    if (seenWxml.has(r)) return;
    seenWxml.add(r);
    const text = readText(file);
    if (text === null) {
      missing.push({ from: r, spec: r, kind: 'wxml' });
      return;
    }
    files.add(r);
    const source = text.replace(/<!--[\s\S]*?-->/g, '');
    const tagRe = /<(wxs|import|include)\b([^>]*)>/g;
    let m;
    while ((m = tagRe.exec(source))) {
      const src = /\bsrc\s*=\s*(['"])([^'"]+)\1/.exec(m[2]);
      if (!src || src[2].includes('{{')) continue;
      if (m[1] === 'wxs') addWxs(resolveRef(file, src[2], '.wxs'));
      else addWxml(resolveRef(file, src[2], '.wxml'));
    }
    // Static local images (`src="/images/a.png"` or relative).
    const imgRe = /\bsrc\s*=\s*(['"])([^'"{}]+)\1/g;
    while ((m = imgRe.exec(source))) {
      if (!IMAGE_EXT.test(m[2]) || /^(https?:|data:|wxfile:|cloud:)/.test(m[2])) continue;
      const p = m[2].startsWith('/') ? path.join(root, m[2]) : path.join(path.dirname(file), m[2]);
      if (isFile(p)) files.add(rel(p));
    }
  }

  function addWxss(file) {
    const r = rel(file);
    if (seenWxss.has(r)) return;
    seenWxss.add(r);
    const text = readText(file);
    if (text === null) {
      missing.push({ from: r, spec: r, kind: 'wxss' });
      return;
    }
    files.add(r);
    const re = /@import\s+(?:url\()?\s*(['"])([^'"]+)\1/g;
    let m;
    while ((m = re.exec(text))) addWxss(resolveRef(file, m[2], '.wxss'));
  }

  function resolveComponent(fromBase, value) {
    if (/^plugin(-private)?:\/\//.test(value)) return null;
    const fromDir = path.dirname(abs(fromBase));
    let bases;
    if (value.startsWith('/')) bases = [path.join(root, value)];
    else if (value.startsWith('.')) bases = [path.join(fromDir, value)];
    else bases = [path.join(fromDir, value), ...npmCandidates(fromDir, value)];
    for (const b of bases) {
      if (isFile(`${b}.json`)) return rel(b);
      if (isFile(path.join(b, 'index.json'))) return rel(path.join(b, 'index'));
    }
    return null;
  }

  function addComponent(base, from) {
    const existing = components.get(base);
    if (existing) {
      if (from && !existing.from.includes(from)) existing.from.push(from);
      return;
    }
    const json = readJson(abs(`${base}.json`));
    const info = { path: base, json: json || {}, from: from ? [from] : [], using: {} };
    components.set(base, info);
    if (json === null) {
      missing.push({ from: from || 'app.json', spec: base, kind: 'component' });
      return;
    }
    files.add(`${base}.json`);
    if (isFile(abs(`${base}.wxml`))) addWxml(abs(`${base}.wxml`));
    if (isFile(abs(`${base}.wxss`))) addWxss(abs(`${base}.wxss`));
    addComponentJs(abs(base));
    const refs = { ...(json.usingComponents || {}) };
    for (const [name, def] of Object.entries(json.componentGenerics || {})) {
      if (def && typeof def === 'object' && typeof def.default === 'string') refs[`generic:${name}`] = def.default;
    }
    for (const [tag, value] of Object.entries(refs)) {
      if (typeof value !== 'string') continue;
      const target = resolveComponent(base, value);
      if (target) {
        info.using[tag] = target;
        addComponent(target, base);
      } else if (!/^plugin/.test(value)) {
        missing.push({ from: `${base}.json`, spec: value, kind: 'component' });
      }
    }
  }

  const appJson = readJson(abs('app.json'));
  if (!appJson) throw new Error(`${abs('app.json')}: missing or not JSON`);
  files.add('app.json');
  addComponentJs(abs('app'));
  if (isFile(abs('app.wxss'))) addWxss(abs('app.wxss'));
  for (const extra of [appJson.sitemapLocation, appJson.themeLocation]) {
    if (typeof extra === 'string' && isFile(abs(extra))) files.add(toPosix(path.normalize(extra)));
  }

  const pageList = [...(appJson.pages || [])];
  for (const sub of appJson.subpackages || appJson.subPackages || []) {
    for (const p of sub.pages || []) pageList.push(`${String(sub.root).replace(/\/$/, '')}/${p}`);
  }
  const globalUsing = appJson.usingComponents || {};
  const appComponents = {};
  for (const [tag, value] of Object.entries(globalUsing)) {
    const target = resolveComponent('app', value);
    if (target) {
      appComponents[tag] = target;
      addComponent(target, 'app.json');
    }
  }
  if (appJson.tabBar && appJson.tabBar.custom && isFile(abs('custom-tab-bar/index.json'))) addComponent('custom-tab-bar/index', 'app.json');
  for (const p of pageList) {
    pages.push(p);
    addComponent(p, 'app.json');
  }

  return { root, appJson, pages, files, sources, components, appComponents, missing };
}

/** Every file under `dir` (relative to root, posix). */
function listFiles(root, dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(toPosix(path.relative(root, p)));
    }
  };
  walk(path.join(root, dir));
  return out;
}

/** Vant component folders (`button`, `icon`, `common`, …) the app reaches. */
function reachedVantFolders(reach) {
  const set = new Set();
  for (const f of reach.files) {
    if (f.startsWith(`${VANT_DIR}/`)) set.add(f.slice(VANT_DIR.length + 1).split('/')[0]);
  }
  return [...set].sort();
}

/**
 * Deletes the files under miniprogram_npm/@vant/weapp that the app does not reach (and empty folders).
 * Returns what went and what stayed.
 */
function pruneVant(miniprogramDir, options = {}) {
  const root = path.resolve(miniprogramDir);
  const vantRoot = path.join(root, VANT_DIR);
  if (!fs.existsSync(vantRoot)) return { removed: [], removedBytes: 0, kept: [], keptBytes: 0, summary: `prune: no ${VANT_DIR}` };
  const reach = computeReachable(root);
  const removed = [];
  const kept = [];
  let removedBytes = 0;
  let keptBytes = 0;
  for (const f of listFiles(root, VANT_DIR)) {
    const size = fs.statSync(path.join(root, f)).size;
    if (reach.files.has(f)) {
      kept.push(f);
      keptBytes += size;
      continue;
    }
    removed.push(f);
    removedBytes += size;
    if (!options.dryRun) fs.rmSync(path.join(root, f));
  }
  if (!options.dryRun) removeEmptyDirs(vantRoot);
  const folders = reachedVantFolders(reach);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const summary =
    `✓ Vant pruned to what the pages reach: kept ${kept.length} files (${kb(keptBytes)}; ${folders.join(', ')}), ` +
    `${options.dryRun ? 'would remove' : 'removed'} ${removed.length} (${kb(removedBytes)})`;
  return { removed, removedBytes, kept, keptBytes, folders, summary };
}

function removeEmptyDirs(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  let empty = true;
  for (const e of entries) {
    if (e.isDirectory()) {
      if (removeEmptyDirs(path.join(dir, e.name))) fs.rmdirSync(path.join(dir, e.name));
      else empty = false;
    } else empty = false;
  }
  return empty;
}

module.exports = { computeReachable, pruneVant, listFiles, reachedVantFolders, VANT_DIR, SHIP_EXT };

if (require.main === module) {
  const dryRun = process.argv.includes('--dry-run');
  const res = pruneVant(path.resolve(__dirname, '../miniprogram'), { dryRun });
  console.log(res.summary);
  const reach = computeReachable(path.resolve(__dirname, '../miniprogram'));
  for (const m of reach.missing) console.warn(`  ! unresolved ${m.kind} "${m.spec}" (from ${m.from})`);
}
