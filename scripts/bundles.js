/**
 * Pages shipped as one bundled file in their own subpackage (see app.json `subpackages`). The result page
 * carries the catalogue's plans (steps, materials, rules, warnings), the verify page the scam check, the
 * notes page the notebook: bundling each with everything it imports keeps those out of the main package,
 * which has the home page, the flow and the channel cards, with the light catalogue entries
 * (core/data/catalogue/entries.ts). Code both sides use ships in each (a few KB twice).
 * scripts/build.js writes the bundles; scripts/size.js counts them in their subpackage.
 */
const path = require('path');

// The result page's own components live in its subpackage too (pages/result/plan-steps, say-card).
const BUNDLED_PAGES = [
  'pages/result/index',
  'pages/result/plan-steps/index',
  'pages/result/say-card/index',
  'pages/verify/index',
  'pages/notes/index',
  'pages/complaint/index',
  'pages/follow/index',
];

/** Bundles one page's TypeScript with its imports into the page's .js (CommonJS, as WeChat loads it). */
function bundlePage(miniprogramDir, page, { write = true } = {}) {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [path.join(miniprogramDir, `${page}.ts`)],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2017',
    charset: 'utf8',
    legalComments: 'none',
    banner: { js: `// Bundled by scripts/build.js from ${page}.ts and what it imports (scripts/bundles.js).` },
    outfile: path.join(miniprogramDir, `${page}.js`),
    write,
    logLevel: 'silent',
  });
  return write ? null : result.outputFiles[0].contents;
}

module.exports = { BUNDLED_PAGES, bundlePage };
