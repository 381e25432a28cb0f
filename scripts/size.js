#!/usr/bin/env node
/**
 * What would be uploaded: the main package by folder, before and after pruning the Vant files no page
 * reaches (the walk in scripts/prune-npm.js), against WeChat's 2 MB main-package limit; then the page
 * figures from dist/page-metrics.json (written by `npm test`; measured on the spot when missing).
 *
 *   npm run size            (after `npm run build`; TypeScript not yet compiled is estimated)
 *   npm run size -- --json  the same as JSON
 *   npm run size -- --no-ci skip the cross-check with miniprogram-ci's analyseCode
 *
 * Counted: what ships — compiled .js, .json, .wxml, .wxss, .wxs and images; never .ts / .d.ts / .md.
 * "Before" is miniprogram/ as packNpm leaves it (all of Vant's lib/); "after" is the reachable set.
 * Sizes are of the files on disk; WeChat minifies JS again on upload ("minified": true), so the upload
 * itself is smaller.
 */
const fs = require('fs');
const path = require('path');
const { computeReachable, listFiles, VANT_DIR } = require('./prune-npm');
const { BUNDLED_PAGES, bundlePage } = require('./bundles');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');
const LIMIT = 2048 * 1024;
const SHIP = /\.(js|json|wxml|wxss|wxs|png|jpe?g|gif|svg|webp)$/i;

let ts = null;
let tsOptions = null;
/** Size of the .js tsc would emit for a .ts (the real file when it is up to date). */
function compiledSize(tsFile, estimated) {
  const jsFile = tsFile.replace(/\.ts$/, '.js');
  try {
    if (fs.statSync(jsFile).mtimeMs >= fs.statSync(tsFile).mtimeMs) return fs.statSync(jsFile).size;
  } catch {
    /* not compiled yet */
  }
  if (!ts) {
    ts = require('typescript');
    const cfg = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, 'tsconfig.build.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    tsOptions = cfg ? cfg.options : { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 };
  }
  estimated.add(path.relative(MP, jsFile));
  const out = ts.transpileModule(fs.readFileSync(tsFile, 'utf8'), { compilerOptions: tsOptions, fileName: tsFile });
  return Buffer.byteLength(out.outputText);
}

/** Every file that would ship if nothing were filtered: miniprogram/ with TS as .js, Vant's full lib/. */
function allShippable(estimated) {
  const files = new Map();
  for (const rel of listFiles(MP, '.')) {
    const r = rel.replace(/^\.\//, '');
    if (r.startsWith('miniprogram_npm/')) continue;
    if (r.endsWith('.d.ts')) continue;
    if (r.endsWith('.ts')) {
      files.set(r.replace(/\.ts$/, '.js'), compiledSize(path.join(MP, r), estimated));
    } else if (SHIP.test(r) && !files.has(r)) {
      if (r.endsWith('.js') && fs.existsSync(path.join(MP, r.replace(/\.js$/, '.ts')))) continue;
      files.set(r, fs.statSync(path.join(MP, r)).size);
    }
  }
  // Vant as packNpm copies it (all of lib/); the icon font as the build made it local (data URI).
  let libDir = null;
  try {
    libDir = path.join(path.dirname(require.resolve('@vant/weapp/package.json')), 'lib');
  } catch {
    libDir = null;
  }
  const vantFiles = libDir && fs.existsSync(libDir) ? listFiles(libDir, '.').map((f) => f.replace(/^\.\//, '')) : [];
  for (const f of vantFiles) {
    if (!SHIP.test(f) || f.endsWith('.d.ts')) continue;
    const inMp = path.join(MP, VANT_DIR, f);
    const size = fs.existsSync(inMp) ? fs.statSync(inMp).size : fs.statSync(path.join(libDir, f)).size;
    files.set(`${VANT_DIR}/${f}`, size);
  }
  for (const r of listFiles(MP, VANT_DIR)) {
    if (SHIP.test(r) && !r.endsWith('.d.ts') && !files.has(r)) files.set(r, fs.statSync(path.join(MP, r)).size);
  }
  return files;
}

/** A bundled page's size: the bundle the build wrote, or the bundle it would write. */
function bundleSize(page) {
  const js = path.join(MP, `${page}.js`);
  if (fs.existsSync(js) && fs.readFileSync(js, 'utf8').startsWith('// Bundled by scripts/build.js')) return fs.statSync(js).size;
  return bundlePage(MP, page, { write: false }).length;
}

function sizeOfReached(reach, all, estimated) {
  const files = new Map();
  for (const f of reach.files) {
    const page = BUNDLED_PAGES.find((p) => `${p}.js` === f);
    if (page) files.set(f, bundleSize(page));
    else if (all.has(f)) files.set(f, all.get(f));
    else if (fs.existsSync(path.join(MP, f))) files.set(f, fs.statSync(path.join(MP, f)).size);
    else if (f.endsWith('.js') && fs.existsSync(path.join(MP, f.replace(/\.js$/, '.ts'))))
      files.set(f, compiledSize(path.join(MP, f.replace(/\.js$/, '.ts')), estimated));
  }
  return files;
}

/** Folder a file is reported under: app.*, pages/<page>, components/<c>, core/, services/, Vant/<component>. */
function groupOf(f) {
  if (f.startsWith(`${VANT_DIR}/`)) return { top: 'miniprogram_npm/@vant/weapp', sub: f.slice(VANT_DIR.length + 1).split('/')[0] };
  if (f.startsWith('miniprogram_npm/')) return { top: 'miniprogram_npm (other)', sub: f.split('/')[1] };
  const parts = f.split('/');
  if (parts.length === 1) return { top: 'app.* and root files', sub: '' };
  if (parts[0] === 'pages' || parts[0] === 'components') return { top: `${parts[0]}/`, sub: parts.slice(0, -1).join('/') };
  return { top: `${parts[0]}/`, sub: '' };
}

function summarize(files) {
  const groups = new Map();
  let total = 0;
  for (const [f, size] of files) {
    total += size;
    const { top, sub } = groupOf(f);
    if (!groups.has(top)) groups.set(top, { files: 0, bytes: 0, subs: new Map() });
    const g = groups.get(top);
    g.files += 1;
    g.bytes += size;
    if (sub) {
      const s = g.subs.get(sub) || { files: 0, bytes: 0 };
      s.files += 1;
      s.bytes += size;
      g.subs.set(sub, s);
    }
  }
  return { total, count: files.size, groups };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n) => `${((n / LIMIT) * 100).toFixed(1)} %`;
const ORDER = ['app.* and root files', 'pages/', 'components/', 'core/', 'services/', 'miniprogram_npm/@vant/weapp'];

function printTable(before, after) {
  const rows = [];
  const tops = [...new Set([...ORDER, ...before.groups.keys(), ...after.groups.keys()])].filter((t) => before.groups.has(t) || after.groups.has(t));
  const cell = (g) => (g ? `${String(g.files).padStart(4)}  ${kb(g.bytes).padStart(10)}` : `${'0'.padStart(4)}  ${'—'.padStart(10)}`);
  rows.push(`${'folder'.padEnd(40)} ${'before pruning'.padStart(16)}   ${'after pruning'.padStart(16)}`);
  rows.push(`${''.padEnd(40)} ${'files        size'.padStart(16)}   ${'files        size'.padStart(16)}`);
  for (const top of tops) {
    const b = before.groups.get(top);
    const a = after.groups.get(top);
    rows.push(`${top.padEnd(40)} ${cell(b)}   ${cell(a)}`);
    const subs = [...new Set([...(b ? b.subs.keys() : []), ...(a ? a.subs.keys() : [])])];
    const isVant = top.startsWith('miniprogram_npm');
    const shown = isVant ? subs.filter((s) => a && a.subs.has(s)).sort() : subs.sort();
    for (const sub of shown) rows.push(`  ${sub.padEnd(38)} ${cell(b && b.subs.get(sub))}   ${cell(a && a.subs.get(sub))}`);
    if (isVant) {
      const gone = subs.filter((s) => !(a && a.subs.has(s)));
      if (gone.length) {
        const bytes = gone.reduce((n, s) => n + ((b && b.subs.get(s)) || { bytes: 0 }).bytes, 0);
        const files = gone.reduce((n, s) => n + ((b && b.subs.get(s)) || { files: 0 }).files, 0);
        rows.push(`  ${`(${gone.length} components no page uses)`.padEnd(38)} ${cell({ files, bytes })}   ${cell(null)}`);
      }
    }
  }
  rows.push('-'.repeat(78));
  rows.push(`${'total'.padEnd(40)} ${cell({ files: before.count, bytes: before.total })}   ${cell({ files: after.count, bytes: after.total })}`);
  rows.push(`${'of the 2048 KB main-package limit'.padEnd(40)} ${pct(before.total).padStart(16)}   ${pct(after.total).padStart(16)}`);
  return rows.join('\n');
}

function pageFigures() {
  const file = path.join(ROOT, 'dist/page-metrics.json');
  if (!fs.existsSync(file)) {
    // A fresh clone has not run the tests yet: measure now with the page-metrics test alone (a few seconds).
    process.stderr.write('Page figures: measuring (test/pages/metrics.test.ts)…\n');
    require('child_process').spawnSync(process.execPath, [require.resolve('jest/bin/jest'), 'test/pages/metrics.test.ts', '--silent'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  if (!fs.existsSync(file))
    return { text: 'Page figures: dist/page-metrics.json not found — run `npm test` first (test/pages/metrics.test.ts writes it).', figures: null };
  let figures;
  try {
    figures = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { text: `Page figures: dist/page-metrics.json unreadable (${err.message})`, figures: null };
  }
  const age = Math.round((Date.now() - fs.statSync(file).mtimeMs) / 60000);
  const lines = [`Page figures (dist/page-metrics.json, written by npm test ${age < 90 ? `${age} min` : `${Math.round(age / 60)} h`} ago)`];
  lines.push(`${'page'.padEnd(10)} ${'state'.padEnd(18)} ${'WXML nodes'.padStart(10)}  ${'load setData'.padStart(14)}  interaction`);
  for (const f of figures) {
    const load = `${f.loadSetData.calls}× ${kb(f.loadSetData.bytes)}`;
    const tap = `${f.interaction}: ${f.tapSetData.calls}× ${f.tapSetData.bytes} B`;
    lines.push(`${String(f.page).padEnd(10)} ${String(f.state).padEnd(18)} ${String(f.nodes).padStart(10)}  ${load.padStart(14)}  ${tap}`);
  }
  return { text: lines.join('\n'), figures };
}

/**
 * WeChat's own view: miniprogram-ci's analyseCode (offline, ~2 s) marks each file it finds used.
 * Compared with the walk above; needs a privateKeyPath that exists, so a dummy one is made.
 */
async function ciCrossCheck(reach) {
  const os = require('os');
  const quiet = console.log;
  console.log = () => {};
  let dir = null;
  try {
    const ci = require('miniprogram-ci');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsn-size-'));
    const key = path.join(dir, 'dummy.private.key');
    fs.writeFileSync(key, 'not a real key: analyseCode runs offline');
    const project = new ci.Project({ appid: 'touristappid', type: 'miniProgram', projectPath: ROOT, privateKeyPath: key, ignores: ['node_modules/**/*'] });
    const res = await ci.analyseCode(project);
    const used = res.files.filter((f) => f.moduleId);
    const usedSet = new Set(used.map((f) => f.path));
    return {
      used: used.length,
      usedBytes: used.reduce((n, f) => n + f.size, 0),
      listed: res.files.length,
      onlyCi: used.map((f) => f.path).filter((f) => !reach.files.has(f)),
      onlyWalk: [...reach.files].filter((f) => !usedSet.has(f)),
    };
  } catch (err) {
    return { error: String(err && err.message ? err.message : err) };
  } finally {
    console.log = quiet;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const json = process.argv.includes('--json');
  const withCi = !process.argv.includes('--no-ci');
  if (!fs.existsSync(path.join(MP, VANT_DIR))) {
    console.error('miniprogram/miniprogram_npm is missing: run `npm run build` first.');
    process.exit(1);
  }
  const estimated = new Set();
  const reach = computeReachable(MP, { bundled: BUNDLED_PAGES });
  const all = allShippable(estimated);
  const reachedAll = sizeOfReached(reach, all, estimated);
  // Files under a subpackage's root ship in that subpackage, everything else in the main package.
  const roots = (reach.appJson.subpackages || reach.appJson.subPackages || []).map((p) => String(p.root).replace(/\/$/, ''));
  const rootOf = (f) => roots.find((r) => f.startsWith(`${r}/`));
  const reached = new Map([...reachedAll].filter(([f]) => !rootOf(f)));
  const subpackages = roots.map((r) => {
    const files = [...reachedAll].filter(([f]) => rootOf(f) === r);
    return { root: r, files: files.length, bytes: files.reduce((n, [, b]) => n + b, 0) };
  });
  const before = summarize(all);
  const after = summarize(reached);
  const unreached = [...all.keys()].filter((f) => !reachedAll.has(f) && !f.startsWith('miniprogram_npm/')).sort();
  const vantNow = listFiles(MP, VANT_DIR).filter((f) => !f.endsWith('.d.ts') && SHIP.test(f));
  const pruned = vantNow.every((f) => reach.files.has(f));
  const figures = pageFigures();
  const check = withCi ? await ciCrossCheck(reach) : null;

  if (json) {
    const plain = (s) => ({
      total: s.total,
      files: s.count,
      groups: Object.fromEntries([...s.groups].map(([k, g]) => [k, { files: g.files, bytes: g.bytes, subs: Object.fromEntries(g.subs) }])),
    });
    console.log(
      JSON.stringify(
        {
          limit: LIMIT,
          before: plain(before),
          after: plain(after),
          subpackages,
          unreached,
          estimated: [...estimated],
          prunedOnDisk: pruned,
          ciAnalyseCode: check,
          pages: figures.figures,
        },
        null,
        2,
      ),
    );
    return;
  }
  console.log('Main package: what would be uploaded (compiled .js, .json, .wxml, .wxss, .wxs, images; not .ts)\n');
  console.log(printTable(before, after));
  console.log('');
  console.log(`Main package after pruning: ${kb(after.total)} of 2048 KB (${pct(after.total)}).`);
  for (const p of subpackages)
    console.log(`Subpackage ${p.root}: ${p.files} files, ${kb(p.bytes)} (loaded when first opened; app.json preloadRule fetches it from home and the flow).`);
  console.log(
    pruned
      ? `miniprogram_npm on disk is pruned (${vantNow.length} Vant files).`
      : `miniprogram_npm on disk still has all of Vant (${vantNow.length} files): the build prunes it with scripts/prune-npm.js.`,
  );
  if (unreached.length) {
    console.log(`Not reached from app.json (WeChat leaves them out: "ignoreUploadUnusedFiles"): ${unreached.join(', ')}`);
  }
  if (estimated.size)
    console.log(`Estimated (TypeScript not compiled yet, sized as tsc would emit it): ${estimated.size} file(s); run npm run build for exact figures.`);
  if (check && check.error) console.log(`Cross-check with miniprogram-ci analyseCode skipped: ${check.error}`);
  else if (check) {
    const same = !check.onlyCi.length && !check.onlyWalk.length;
    console.log(
      `Cross-check, miniprogram-ci analyseCode (WeChat's own dependency analysis): ${check.used} of ${check.listed} files used, ${kb(check.usedBytes)} on disk` +
        (same
          ? ' — the same files as the walk.'
          : `\n  only in analyseCode: ${check.onlyCi.join(', ') || '—'}\n  only in the walk: ${check.onlyWalk.join(', ') || '—'}`),
    );
  }
  console.log('');
  console.log(figures.text);
}

if (require.main === module) {
  main()
    .then(() => process.exit(0))
    .catch((err) => {
      console.error(err && err.stack ? err.stack : err);
      process.exit(1);
    });
}

module.exports = { allShippable, summarize };
