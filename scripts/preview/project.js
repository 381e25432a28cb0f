/**
 * Turns miniprogram/ into what the browser runtime needs, from the real sources:
 *  - the pages of app.json and every component they reach (computeReachable from scripts/prune-npm.js);
 *  - WXML/WXS compiled by the official compiler (miniprogram-compiler's wxmlToJs → wcc);
 *  - each component's WXSS (and app.wxss for pages) converted for the browser (wxss.js);
 *  - the JS modules: TypeScript compiled in memory with esbuild (the same code tsc emits for the phone),
 *    Vant's CommonJS as it is in miniprogram_npm.
 * Rebuilt whenever a file under miniprogram/ changes (checked by size + mtime on each request).
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { computeReachable } = require('../prune-npm');
const { compileWxss, readWxss } = require('./wxss');

const DEFAULT_ROOT = path.resolve(__dirname, '../../miniprogram');

/** A cheap fingerprint of the tree: paths, sizes and mtimes of the files that matter. */
function signature(root) {
  let acc = '';
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|json|wxml|wxss|wxs)$/.test(e.name)) {
        try {
          const st = fs.statSync(p);
          acc += `${p}:${st.size}:${st.mtimeMs};`;
        } catch {
          /* vanished meanwhile */
        }
      }
    }
  };
  walk(root);
  let h = 0;
  for (let i = 0; i < acc.length; i++) h = (h * 31 + acc.charCodeAt(i)) | 0;
  return `${acc.length}-${h >>> 0}`;
}

function prefixFor(p) {
  let s = p.replace(/\/index$/, '');
  s = s.replace(/^miniprogram_npm\/@vant\/weapp\//, 'van-').replace(/^miniprogram_npm\//, 'npm-');
  s = s.replace(/^components\//, '');
  return s.replace(/[^a-zA-Z0-9_-]/g, '_');
}

function tagSafe(name) {
  const t = String(name)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
  return /^[a-z]/.test(t) ? t : `c-${t}`;
}

/** Components in an order where everything a component uses comes before it. */
function postOrder(reach) {
  const out = [];
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    const info = reach.components.get(p);
    if (!info) return;
    for (const target of Object.values(info.using)) visit(target);
    for (const target of Object.values(reach.appComponents)) visit(target);
    out.push(p);
  };
  for (const p of Object.values(reach.appComponents)) visit(p);
  for (const p of reach.pages) visit(p);
  for (const p of reach.components.keys()) visit(p);
  return out;
}

function compileJs(root, shipped, source) {
  const file = path.join(root, source);
  const text = fs.readFileSync(file, 'utf8');
  if (!source.endsWith('.ts')) return text;
  return esbuild.transformSync(text, { loader: 'ts', format: 'cjs', target: 'es2017', sourcefile: source }).code;
}

/** Builds the preview bundle. Never throws: problems are returned in `errors` and shown in the page. */
function buildProject(root = DEFAULT_ROOT) {
  const errors = [];
  const started = Date.now();
  let reach;
  try {
    reach = computeReachable(root);
  } catch (err) {
    return { app: { appName: '预览', appJson: { window: {} }, pages: [], components: [], modules: {}, errors: [String(err.stack || err)] }, css: '' };
  }
  for (const m of reach.missing) {
    const hint = m.kind === 'component' && !m.spec.startsWith('.') && !m.spec.startsWith('/') ? '（miniprogram_npm 里没有：先运行 npm run build）' : '';
    errors.push(`${m.from}: 找不到 ${m.kind} "${m.spec}"${hint}`);
  }

  // Tag names: the first usingComponents key that names a component (like WeChat, the element is the key).
  const tagOf = {};
  for (const [tag, target] of Object.entries(reach.appComponents)) if (!tagOf[target]) tagOf[target] = tagSafe(tag);
  for (const info of reach.components.values()) {
    for (const [tag, target] of Object.entries(info.using)) if (!tagOf[target] && !tag.startsWith('generic:')) tagOf[target] = tagSafe(tag);
  }
  const usedPrefixes = new Set();
  const pageSet = new Set(reach.pages);
  const components = [];
  for (const p of postOrder(reach)) {
    const info = reach.components.get(p);
    let prefix = prefixFor(p);
    while (usedPrefixes.has(prefix)) prefix += '_';
    usedPrefixes.add(prefix);
    const isPage = pageSet.has(p);
    const js = reach.files.has(`${p}.js`) ? `${p}.js` : null;
    const using = { ...reach.appComponents, ...info.using };
    components.push({
      path: p,
      isPage,
      tagName: isPage ? 'page' : tagOf[p] || tagSafe(prefix),
      prefix,
      json: info.json,
      using,
      hasWxml: fs.existsSync(path.join(root, `${p}.wxml`)),
      js,
    });
  }

  // JS modules.
  const modules = {};
  for (const [shipped, source] of reach.sources) {
    try {
      modules[shipped] = compileJs(root, shipped, source);
    } catch (err) {
      errors.push(`${source}: ${err.message}`);
      modules[shipped] = `throw new Error(${JSON.stringify(`${source} did not compile: ${err.message}`)});`;
    }
  }

  // WXML + WXS with the official compiler (wcc).
  let gwx = null;
  try {
    const { wxmlToJs } = require('miniprogram-compiler');
    // wcc.js reads each page's json through require(): drop cached copies so edits are seen.
    for (const k of Object.keys(require.cache)) if (k.startsWith(root) && k.endsWith('.json')) delete require.cache[k];
    const wxmlList = [...reach.files].filter((f) => f.endsWith('.wxml'));
    const wxsList = [...reach.files].filter((f) => f.endsWith('.wxs'));
    gwx = wxmlToJs(root, { wxmlList, wxsList, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    errors.push(`WXML 编译失败: ${err.message}`);
  }

  // WXSS.
  const cssParts = [];
  const appWxss = path.join(root, 'app.wxss');
  const appCss = fs.existsSync(appWxss) ? readWxss(appWxss, root) : '';
  for (const c of components) {
    const file = path.join(root, `${c.path}.wxss`);
    const own = fs.existsSync(file) ? readWxss(file, root) : '';
    try {
      if (c.isPage && appCss) cssParts.push(`/* app.wxss for ${c.path} */\n${compileWxss(appCss, { prefix: c.prefix, hostTag: c.tagName })}`);
      if (own) cssParts.push(`/* ${c.path}.wxss */\n${compileWxss(own, { prefix: c.prefix, hostTag: c.tagName })}`);
    } catch (err) {
      errors.push(`${c.path}.wxss: ${err.message}`);
    }
  }

  const win = reach.appJson.window || {};
  let appId = 'touristappid';
  let sdkVersion = '3.7.12';
  try {
    const cfg = JSON.parse(fs.readFileSync(path.join(root, '..', 'project.config.json'), 'utf8'));
    appId = cfg.appid || appId;
    sdkVersion = cfg.libVersion || sdkVersion;
  } catch {
    /* defaults */
  }
  const app = {
    appName: win.navigationBarTitleText || 'Mini Program',
    appId,
    sdkVersion,
    appJson: reach.appJson,
    style: reach.appJson.style === 'v2' ? 'v2' : 'v1',
    pages: reach.pages,
    components,
    modules,
    gwx,
    errors,
    builtInMs: 0,
  };
  app.builtInMs = Date.now() - started;
  return { app, css: cssParts.join('\n') };
}

function appScript(app) {
  return `window.__PREVIEW_APP__ = ${JSON.stringify(app)
    .replace(/<\/script/gi, '<\\/script')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')};\n`;
}

module.exports = { buildProject, signature, appScript, DEFAULT_ROOT };
