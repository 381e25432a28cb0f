#!/usr/bin/env node
/**
 * Builds the mini program so WeChat DevTools can open the project folder as it is:
 *  1. compiles TypeScript next to its sources (tsc -p tsconfig.build.json);
 *  2. builds miniprogram/miniprogram_npm offline with miniprogram-ci's packNpmManually;
 *  3. makes Vant's icon font local (a data-URI font instead of the CDN), so icons show offline;
 *  4. removes the Vant files no page reaches, so the package ships only what is used;
 *  5. ships MiniSearch (the home search) as one minified CommonJS file instead of packNpm's
 *     unminified bundle and source map (88 KB + 99 KB → about 18 KB).
 *
 *   node scripts/build.js          full build
 *   node scripts/build.js --npm    steps 2–3 only (what the tests need)
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');
const NPM_DIST = path.join(MP, 'miniprogram_npm');

function log(msg) {
  if (!process.env.BUILD_QUIET) console.log(msg);
}

function compileTs() {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  log('✓ TypeScript compiled (tsconfig.build.json)');
}

async function packNpm() {
  // miniprogram-ci prints its own banner on require; keep the build output readable.
  const origLog = console.log;
  console.log = () => {};
  let ci;
  try {
    ci = require('miniprogram-ci');
  } finally {
    console.log = origLog;
  }
  fs.rmSync(NPM_DIST, { recursive: true, force: true });
  const result = await ci.packNpmManually({
    packageJsonPath: path.join(ROOT, 'package.json'),
    miniprogramNpmDistDir: MP,
  });
  log(`✓ miniprogram_npm built (${result.miniProgramPackNum} package(s), ${result.otherNpmPackNum} other)`);
}

/** Replaces the remote @font-face of Vant's icons with the same font as a data URI from @vant/icons. */
function localIconFont() {
  const iconWxss = path.join(NPM_DIST, '@vant/weapp/icon/index.wxss');
  const css = fs.readFileSync(iconWxss, 'utf8');
  const less = fs.readFileSync(require.resolve('@vant/icons/src/encode-woff2.less'), 'utf8');
  const match = /url\('(data:font\/woff2;charset=utf-8;base64,[A-Za-z0-9+/=]+)'\)/.exec(less);
  if (!match) throw new Error('@vant/icons: no embedded woff2 found');
  const face = `@font-face{font-display:auto;font-family:vant-icon;font-style:normal;font-weight:400;src:url(${match[1]}) format("woff2")}`;
  const replaced = css.replace(/@font-face\{[^}]*\}/, face);
  if (replaced === css || /url\((https?:)?\/\//.test(replaced)) throw new Error('icon font: remote URL still present');
  fs.writeFileSync(iconWxss, replaced);
  log(`✓ Vant icon font bundled as a data URI (${Math.round(match[1].length / 1024)} KB)`);
}

/** packNpm bundles MiniSearch's UMD build unminified, with a source map; ship its CommonJS build minified. */
function minifyMiniSearch() {
  const dir = path.join(NPM_DIST, 'minisearch');
  const entry = require.resolve('minisearch');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  require('esbuild').buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2017',
    outfile: path.join(dir, 'index.js'),
    legalComments: 'none',
  });
  log(`✓ MiniSearch shipped minified (${(fs.statSync(path.join(dir, 'index.js')).size / 1024).toFixed(1)} KB)`);
}

/** Pages in subpackages ship as one file with what they import (scripts/bundles.js). */
function bundlePages() {
  const { BUNDLED_PAGES, bundlePage } = require('./bundles');
  for (const page of BUNDLED_PAGES) {
    bundlePage(MP, page);
    log(`✓ ${page}.js bundled for its subpackage (${(fs.statSync(path.join(MP, `${page}.js`)).size / 1024).toFixed(1)} KB)`);
  }
}

async function main() {
  const npmOnly = process.argv.includes('--npm');
  if (!npmOnly) {
    compileTs();
    bundlePages();
  }
  await packNpm();
  localIconFont();
  minifyMiniSearch();
  // Ship only the Vant files some page reaches (walks usingComponents, requires, wxs and wxss imports).
  log(require('./prune-npm').pruneVant(MP).summary);
  if (!npmOnly) log(`\nBuilt. Open ${ROOT} in WeChat DevTools (project.config.json points at miniprogram/).`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
