/**
 * The browser side of the preview. Reads window.__PREVIEW_APP__ (written by the server from miniprogram/:
 * the official compiler's WXML functions, the page/component/Vant JS, each component's json), registers
 * every component with j-component (the engine miniprogram-simulate uses), and runs the app with a page
 * stack, a WeChat-like navigation bar and a browser `wx`.
 */
const exparser = require('miniprogram-exparser');
const jComponent = require('j-component');
const jUtils = require('j-component/src/tool/utils');
const { registerBuiltins } = require('./builtins');
const { createWx, STORAGE_PREFIX } = require('./wx');
const { createUi } = require('./ui');
const { startPath: pathFromHash } = require('./start-path');

const app = window.__PREVIEW_APP__ || { pages: [], components: [], modules: {}, errors: ['The preview bundle (/app.js) did not load.'] };
const params = new URLSearchParams(location.search);
const bare = params.has('shot') || params.has('bare');
const env = {
  lang: params.get('lang') === 'en' ? 'en' : 'zh',
  fontSize: Number(params.get('font')) || 17,
  appId: app.appId || 'touristappid',
  sdkVersion: app.sdkVersion || '3.7.12',
};

// `?now=2026-12-01T10:00:00+08:00`: the app's clock starts there (open/closed states, peak periods).
const nowParam = params.get('now');
if (nowParam && !Number.isNaN(Date.parse(nowParam))) {
  const RealDate = Date;
  const offset = RealDate.parse(nowParam) - RealDate.now();
  class PreviewDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  window.Date = PreviewDate;
}

document.body.classList.add(bare ? 'mode-bare' : 'mode-frame');
if (app.style === 'v2' && params.get('style') !== 'v1') document.body.classList.add('style-v2');

const $ = (sel) => document.querySelector(sel);
const screen = $('#screen');
const ui = createUi($('#overlay'));
const errors = [];
const log = [];

function reportError(title, err) {
  const detail = err && err.stack ? String(err.stack) : String(err && err.errMsg ? err.errMsg : err);
  errors.push(`${title}: ${detail}`);
  console.error(`[preview] ${title}`, err);
  ui.errorPanel(title, detail);
}

// ---- rpx in inline styles: 0.5 px per rpx on a 375 px wide screen (j-component would use 1:1)
jUtils.transformRpx = (style) =>
  String(style).replace(/(-?(?:\d+\.?\d*|\.\d+))rpx\b/gi, (_, n) => {
    const v = parseFloat(n);
    if (!v) return '0px';
    const px = Math.floor((Math.abs(v) * 375) / 750 + 1e-4) || 0.5;
    return `${v < 0 ? -px : px}px`;
  });

// ---- paths
function normalize(p) {
  const out = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
const dirname = (p) => p.split('/').slice(0, -1).join('/');

// ---- CommonJS modules (each file once, like the mini program's own module system)
const moduleCache = {};
function resolveModule(from, spec) {
  const fromDir = dirname(from);
  const bases = [];
  if (spec.startsWith('/')) bases.push(normalize(spec));
  else if (spec.startsWith('.')) bases.push(normalize(`${fromDir}/${spec}`));
  else {
    bases.push(normalize(`${fromDir}/${spec}`));
    let dir = fromDir;
    for (;;) {
      bases.push(normalize(`${dir}/miniprogram_npm/${spec}`));
      if (!dir) break;
      dir = dirname(dir);
    }
  }
  for (const b of bases) {
    for (const c of [b, `${b}.js`, `${b}/index.js`]) if (Object.prototype.hasOwnProperty.call(app.modules, c)) return c;
  }
  return null;
}
function loadModule(file) {
  if (moduleCache[file]) return moduleCache[file].exports;
  const source = app.modules[file];
  if (source === undefined) throw new Error(`module not found: ${file}`);
  const module = { exports: {}, id: file, filename: file };
  moduleCache[file] = module;
  const fn = new Function('require', 'module', 'exports', '__filename', '__dirname', `${source}\n//# sourceURL=mp:///${file}`);
  const req = (spec) => {
    const target = resolveModule(file, String(spec));
    if (!target) throw new Error(`Cannot find module '${spec}' (required from ${file})`);
    return loadModule(target);
  };
  fn.call(module.exports, req, module, module.exports, file, dirname(file));
  return module.exports;
}

// ---- components
const byPath = {};
const idOf = {};
app.components.forEach((c, i) => {
  byPath[c.path] = c;
  idOf[c.path] = `wxc${i}-${c.path.replace(/[^a-zA-Z0-9]/g, '-')}`;
});
let nowLoad = null;
let gwx = null;
window.__webview_engine_version__ = 0.02;
if (app.gwx) {
  try {
    gwx = new Function(app.gwx)();
  } catch (err) {
    reportError('WXML 编译结果无法运行', err);
  }
}

// `ready` for components created after the page is attached (j-component only fires it on attach):
// fire it once, after the component and its relations are attached, like WeChat does after first render.
const originalTrigger = exparser.Component.prototype.triggerLifeTime;
exparser.Component.prototype.triggerLifeTime = function triggerLifeTime(name, args) {
  if (name === 'ready') {
    if (this.__wxpReady) return undefined;
    this.__wxpReady = true;
  }
  return originalTrigger.call(this, name, args);
};
const readyBehavior = jComponent.behavior({
  lifetimes: {
    attached() {
      // WeChat answers [] for a relation with nothing linked (Vant's checkbox asks for its group);
      // j-component answers null.
      if (!this.__wxpRelations && typeof this.getRelationNodes === 'function') {
        const original = this.getRelationNodes;
        this.getRelationNodes = (key) => original.call(this, key) || [];
        this.__wxpRelations = true;
      }
      const node = this._exparserNode;
      Promise.resolve().then(() => {
        if (node && node.__attached && !node.__wxpReady) node.triggerLifeTime('ready');
      });
    },
  },
});

window.Component = (options = {}) => {
  const c = nowLoad;
  if (!c) throw new Error('Component() was called outside of a component file');
  if (c.registered) throw new Error(`Component() called twice in ${c.path}`);
  const usingIds = {};
  for (const [tag, target] of Object.entries(c.using || {})) if (idOf[target]) usingIds[tag] = idOf[target];
  const definition = {
    ...options,
    id: idOf[c.path],
    path: `/${c.path}`,
    template: c.template,
    usingComponents: usingIds,
    tagName: c.tagName,
  };
  definition.options = { ...(options.options || {}), classPrefix: c.prefix };
  definition.behaviors = [...(options.behaviors || []), readyBehavior];
  if (definition.relations) {
    const relations = {};
    for (const [key, value] of Object.entries(definition.relations)) {
      const target = key.startsWith('/') ? normalize(key) : normalize(`${dirname(c.path)}/${key}`);
      if (idOf[target]) relations[idOf[target]] = { ...value, target: idOf[target] };
      else relations[key] = value;
    }
    definition.relations = relations;
  }
  jComponent.register(definition);
  c.registered = true;
};
window.Behavior = (definition) => jComponent.behavior(definition);

/** Page() as a component whose methods hold the page functions. */
window.Page = (options = {}) => {
  const methods = {};
  const rest = {};
  for (const [k, v] of Object.entries(options)) {
    if (k === 'data' || k === 'behaviors' || k === 'options') rest[k] = v;
    else if (typeof v === 'function') methods[k] = v;
  }
  window.Component({ ...rest, methods });
};

let appInstance = null;
window.App = (options = {}) => {
  appInstance = options;
  if (!appInstance.globalData) appInstance.globalData = appInstance.globalData || {};
};
window.getApp = () => appInstance || { globalData: {} };

// ---- page stack
const stack = [];
let pending = 0;
let lastChange = Date.now();
const MAX_PAGES = 10;

function pageWindow(route) {
  const c = byPath[route];
  return { ...(app.appJson.window || {}), ...(c ? c.json : {}) };
}

function parseQuery(qs) {
  const query = {};
  if (!qs) return query;
  for (const part of qs.split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    // Like WeChat: values reach onLoad as written in the URL (not decoded).
    if (i < 0) query[part] = '';
    else query[part.slice(0, i)] = part.slice(i + 1);
  }
  return query;
}

function splitUrl(url, base) {
  const s = String(url || '');
  const q = s.indexOf('?');
  const pathPart = q >= 0 ? s.slice(0, q) : s;
  const qs = q >= 0 ? s.slice(q + 1) : '';
  const route = pathPart.startsWith('/') ? normalize(pathPart) : normalize(`${dirname(base || '')}/${pathPart}`);
  return { route: route.replace(/\.html$/, ''), qs };
}

function call(entry, name, ...args) {
  const inst = entry.instance;
  if (!inst || typeof inst[name] !== 'function') return undefined;
  try {
    return inst[name](...args);
  } catch (err) {
    reportError(`${entry.route} ${name}() 出错`, err);
    return undefined;
  }
}

function pageLife(entry, name) {
  try {
    entry.comp.triggerPageLifeTime(name);
  } catch (err) {
    reportError(`${entry.route} pageLifetimes.${name} 出错`, err);
  }
}

function createPage(route, qs) {
  const c = byPath[route];
  if (!c || !c.isPage) throw new Error(`page "${route}" is not found`);
  const query = parseQuery(qs);
  const wrap = document.createElement('div');
  wrap.className = 'wxp-page';
  wrap.dataset.route = route;
  screen.appendChild(wrap);
  let comp;
  try {
    comp = jComponent.create(idOf[route], {});
  } catch (err) {
    wrap.remove();
    throw err;
  }
  const instance = comp.instance;
  const win = pageWindow(route);
  const entry = { route, qs, query, comp, instance, wrap, title: win.navigationBarTitleText || '', window: win, scrollTop: 0 };
  if (instance) {
    instance.route = route;
    instance.__route__ = route;
    instance.options = query;
  }
  stack.push(entry);
  comp.attach(wrap);
  wrap.addEventListener('scroll', () => onScroll(entry), { passive: true });
  showOnly(entry);
  call(entry, 'onLoad', query);
  call(entry, 'onShow');
  pageLife(entry, 'show');
  // WeChat calls onReady once the first render is done.
  call(entry, 'onReady');
  return entry;
}

function destroy(entry) {
  call(entry, 'onUnload');
  try {
    entry.comp.detach();
  } catch (err) {
    console.warn(err);
  }
  entry.wrap.remove();
}

function showOnly(entry) {
  for (const e of stack) e.wrap.classList.toggle('wxp-page--hidden', e !== entry);
  renderChrome();
}

function onScroll(entry) {
  const top = bare ? window.scrollY : entry.wrap.scrollTop;
  entry.scrollTop = top;
  if (typeof (entry.instance && entry.instance.onPageScroll) === 'function') call(entry, 'onPageScroll', { scrollTop: top });
}
window.addEventListener('scroll', () => bare && stack.length && onScroll(stack[stack.length - 1]), { passive: true });

function isTab(route) {
  const list = (app.appJson.tabBar && app.appJson.tabBar.list) || [];
  return list.some((t) => normalize(t.pagePath || '') === route);
}

/** Runs one navigation (synchronously); returns an error message or ''. */
function performNavigation(kind, opts) {
  const top = stack[stack.length - 1];
  if (kind === 'navigateBack') {
    const delta = Math.max(1, Number(opts.delta) || 1);
    if (stack.length <= 1) return 'cannot navigate back at first page.';
    const n = Math.min(delta, stack.length - 1);
    for (let i = 0; i < n; i++) destroy(stack.pop());
    const now = stack[stack.length - 1];
    showOnly(now);
    if (bare) window.scrollTo(0, now.scrollTop);
    call(now, 'onShow');
    pageLife(now, 'show');
    return '';
  }
  const { route, qs } = splitUrl(opts.url, top && top.route);
  const target = byPath[route];
  if (!target || !target.isPage) return `page "${route}" is not found`;
  if (kind === 'switchTab' && !isTab(route)) return 'can not switch to no-tabBar page';
  if (kind === 'navigateTo' && isTab(route)) return 'can not navigateTo a tabbar page';
  if (kind === 'navigateTo') {
    if (stack.length >= MAX_PAGES) return 'webview count limit exceed';
    if (top) {
      call(top, 'onHide');
      pageLife(top, 'hide');
    }
  } else if (kind === 'redirectTo') {
    if (top) destroy(stack.pop());
  } else {
    while (stack.length) destroy(stack.pop());
  }
  createPage(route, kind === 'switchTab' ? '' : qs);
  if (bare) window.scrollTo(0, 0);
  return '';
}

function navigate(kind, opts) {
  pending += 1;
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      let error = '';
      try {
        error = performNavigation(kind, opts);
      } catch (err) {
        error = String(err && err.message ? err.message : err);
        reportError(`${kind} 失败`, err);
      }
      pending -= 1;
      lastChange = Date.now();
      syncUrl();
      const res = { errMsg: `${kind}:${error ? `fail ${error}` : 'ok'}` };
      if (error) console.warn(`[preview] ${res.errMsg}`);
      if (!error && typeof opts.success === 'function') opts.success(res);
      if (error && typeof opts.fail === 'function') opts.fail(res);
      if (typeof opts.complete === 'function') opts.complete(res);
      if (error && typeof opts.fail !== 'function' && typeof opts.complete !== 'function' && typeof opts.success !== 'function') reject(res);
      else resolve(res);
    }, 0);
  }).catch((res) => res);
}

window.getCurrentPages = () => stack.map((e) => e.instance);

// ---- chrome: navigation bar, page switcher, share
function currentPath() {
  const top = stack[stack.length - 1];
  return top ? `/${top.route}${top.qs ? `?${top.qs}` : ''}` : '';
}

function syncUrl() {
  const path = currentPath();
  if (!path) return;
  const url = `${location.pathname}${location.search}#${path}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
}

function renderChrome() {
  const top = stack[stack.length - 1];
  if (!top) return;
  const win = top.window;
  const nav = $('#navbar');
  nav.hidden = win.navigationStyle === 'custom';
  nav.style.background = top.barColor || win.navigationBarBackgroundColor || '#ffffff';
  nav.classList.toggle('navbar--white', (top.barText || win.navigationBarTextStyle) === 'white');
  $('#statusbar').style.background = nav.style.background;
  $('#statusbar').classList.toggle('navbar--white', nav.classList.contains('navbar--white'));
  $('#nav-title').textContent = top.title;
  $('#nav-back').hidden = stack.length < 2;
  $('#nav-home').hidden = !(stack.length === 1 && top.route !== app.pages[0]);
  document.title = `${top.title || app.appName} · 预览`;
  if (!bare) {
    const select = $('#page-select');
    if (select.value !== top.route) select.value = top.route;
    if (document.activeElement !== $('#query')) $('#query').value = top.qs;
    const list = $('#stack');
    list.textContent = '';
    stack.forEach((e, i) => {
      const li = document.createElement('li');
      li.textContent = `${i + 1}. ${e.route}${e.qs ? `?${e.qs}` : ''}`;
      list.appendChild(li);
    });
    $('#nav-depth').textContent = String(stack.length);
  }
  screen.dataset.route = top.route;
}

function setTitle(entry, title) {
  entry.title = title;
  renderChrome();
}
function setBarColor(entry, o) {
  if (o.backgroundColor) entry.barColor = o.backgroundColor;
  if (o.frontColor) entry.barText = /^#?f{3,6}$/i.test(o.frontColor.replace('#', '')) ? 'white' : 'black';
  renderChrome();
}

function share(from, target) {
  const top = stack[stack.length - 1];
  if (!top) return null;
  const inst = top.instance;
  if (!inst || typeof inst.onShareAppMessage !== 'function') {
    ui.shareCard({ missing: true, from });
    showShareResult(null);
    return null;
  }
  let res = call(top, 'onShareAppMessage', { from, target: target ? { id: target.id, dataset: target.dataset || {} } : undefined, webViewUrl: '' }) || {};
  if (res && res.promise && typeof res.promise.then === 'function') res = { ...res };
  const result = {
    title: res.title || top.title || app.appName,
    path: res.path || currentPath(),
    imageUrl: res.imageUrl || '',
  };
  let timeline = null;
  if (typeof inst.onShareTimeline === 'function') {
    const t = call(top, 'onShareTimeline') || {};
    timeline = { title: t.title || result.title, query: t.query || '' };
  }
  ui.shareCard({ ...result, timeline, appName: app.appName, from });
  showShareResult(result, timeline);
  lastShare = { ...result, timeline };
  return lastShare;
}
let lastShare = null;

function showShareResult(result, timeline) {
  if (bare) return;
  const box = $('#share-result');
  box.textContent = '';
  if (!result) {
    box.textContent = '当前页面没有 onShareAppMessage（不能转发）。';
    return;
  }
  const t = document.createElement('div');
  t.innerHTML = '<b>标题</b> ';
  t.appendChild(document.createTextNode(result.title));
  const p = document.createElement('div');
  p.innerHTML = '<b>路径</b> ';
  const a = document.createElement('a');
  a.href = `#${result.path.startsWith('/') ? result.path : `/${result.path}`}`;
  a.textContent = result.path;
  p.appendChild(a);
  box.append(t, p);
  if (timeline) {
    const tl = document.createElement('div');
    tl.innerHTML = '<b>朋友圈</b> ';
    tl.appendChild(document.createTextNode(`${timeline.title}${timeline.query ? ` · ${timeline.query}` : ''}`));
    box.appendChild(tl);
  }
}

// ---- mouse → touch/tap (WeChat pages only listen to touch; a desktop mouse must work too)
let lastTouch = -1e9;
let mouse = null;
const recentTouch = () => Date.now() - lastTouch < 1000;
function fire(target, name, e, detail) {
  const t = { identifier: 0, pageX: e.pageX, pageY: e.pageY, clientX: e.clientX, clientY: e.clientY, force: 1 };
  const touches = name === 'touchend' || name === 'tap' || name === 'touchcancel' ? [] : [t];
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(name, detail || {}, {
      originalEvent: e,
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches, changedTouches: [t] },
    }),
  );
}
for (const type of ['touchstart', 'touchend', 'touchcancel']) {
  screen.addEventListener(
    type,
    () => {
      lastTouch = Date.now();
    },
    { capture: true, passive: true },
  );
}
// Ghost clicks: after a touch on the page that became a `tap`, the browser sends its own `click` at the same
// point ~300 ms later. By then the tap may have opened an overlay (share card, dialog) there, and the click
// would press or close it. Swallow that one click, at that point, for GHOST_MS. Touches on the preview's own
// overlays and chrome are native buttons: their click is their activation, so it is left alone.
const GHOST_MS = 400;
const GHOST_PX = 25;
let touchFrom = null;
let ghost = null;
const onPage = (target) => target instanceof Element && !target.closest('#overlay');
screen.addEventListener(
  'touchstart',
  (e) => {
    const t = e.changedTouches[0];
    touchFrom = t && onPage(e.target) ? { x: t.clientX, y: t.clientY } : null;
  },
  { capture: true, passive: true },
);
screen.addEventListener(
  'touchend',
  (e) => {
    const t = e.changedTouches[0];
    if (touchFrom && t && Math.abs(t.clientX - touchFrom.x) <= 10 && Math.abs(t.clientY - touchFrom.y) <= 10) {
      ghost = { x: t.clientX, y: t.clientY, until: Date.now() + GHOST_MS };
    }
    touchFrom = null;
  },
  { capture: true, passive: true },
);
window.addEventListener(
  'click',
  (e) => {
    if (!ghost) return;
    const near = Math.abs(e.clientX - ghost.x) <= GHOST_PX && Math.abs(e.clientY - ghost.y) <= GHOST_PX;
    if (Date.now() <= ghost.until && near) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    ghost = null;
  },
  true,
);
screen.addEventListener(
  'mousedown',
  (e) => {
    if (e.button !== 0 || recentTouch()) return;
    mouse = { target: e.target, x: e.clientX, y: e.clientY, moved: false };
    fire(e.target, 'touchstart', e);
  },
  true,
);
screen.addEventListener(
  'mousemove',
  (e) => {
    if (!mouse || recentTouch()) return;
    if (Math.abs(e.clientX - mouse.x) > 10 || Math.abs(e.clientY - mouse.y) > 10) mouse.moved = true;
    fire(mouse.target, 'touchmove', e);
  },
  true,
);
window.addEventListener(
  'mouseup',
  (e) => {
    if (!mouse || recentTouch()) return;
    fire(mouse.target, 'touchend', e);
  },
  true,
);
screen.addEventListener(
  'click',
  (e) => {
    if (recentTouch()) return;
    const moved = mouse && mouse.moved;
    mouse = null;
    if (moved) return;
    fire(e.target, 'tap', e, { x: e.pageX, y: e.pageY });
  },
  true,
);

// ---- boot
const ctx = {
  ui,
  env,
  navigate,
  currentPage: () => stack[stack.length - 1] || null,
  setTitle,
  setBarColor,
  scrollTo(top) {
    const cur = stack[stack.length - 1];
    if (bare) window.scrollTo(0, top);
    else if (cur) cur.wrap.scrollTop = top;
  },
  launchOptions: () => launch,
  log: (msg) => {
    log.push(msg);
    console.info(`[preview] ${msg}`);
  },
  clipboard: '',
};
window.wx = createWx(ctx);

registerBuiltins({
  share: (from, comp) => share(from, comp),
  notice: (text) => ui.toast({ title: text, icon: 'none', duration: 2000 }),
  pick: (opts) => ui.picker(opts),
  navigate: (openType, url, delta) => {
    const kind =
      { navigate: 'navigateTo', redirect: 'redirectTo', reLaunch: 'reLaunch', switchTab: 'switchTab', navigateBack: 'navigateBack' }[openType] || 'navigateTo';
    navigate(kind, { url, delta });
  },
  resolveSrc: (src) => {
    if (!src || /^(https?:|data:|blob:)/.test(src)) return src;
    const top = stack[stack.length - 1];
    return `/mp/${src.startsWith('/') ? normalize(src) : normalize(`${dirname(top ? top.route : '')}/${src}`)}`;
  },
});

for (const e of app.errors || []) reportError('构建预览时出错', e);

function registerAll() {
  for (const c of app.components) {
    c.template = '<slot/>';
    if (c.hasWxml && gwx) {
      try {
        c.template = gwx(`${c.path}.wxml`) || '<slot/>';
      } catch (err) {
        reportError(`${c.path}.wxml`, err);
      }
    }
    nowLoad = c;
    try {
      if (c.js) loadModule(c.js);
      if (!c.registered) window.Component({});
    } catch (err) {
      reportError(`${c.path} 注册失败`, err);
      if (!c.registered) {
        try {
          window.Component({});
        } catch {
          /* leave it unregistered */
        }
      }
    }
    nowLoad = null;
  }
}

function startPath() {
  return pathFromHash(location.hash, app.pages[0]);
}

let launch = { path: '', query: {}, scene: 1001, referrerInfo: {} };

function setupControls() {
  if (bare) return;
  const select = $('#page-select');
  for (const route of app.pages) {
    const opt = document.createElement('option');
    opt.value = route;
    const title = pageWindow(route).navigationBarTitleText;
    opt.textContent = title ? `${title} — ${route}` : route;
    select.appendChild(opt);
  }
  const open = () => {
    const qs = $('#query').value.trim().replace(/^\?/, '');
    navigate('reLaunch', { url: `/${select.value}${qs ? `?${qs}` : ''}` });
  };
  select.addEventListener('change', () => {
    $('#query').value = '';
    open();
  });
  $('#query').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') open();
  });
  $('#open').addEventListener('click', open);
  $('#btn-share').addEventListener('click', () => share('menu'));
  $('#btn-reload').addEventListener('click', () => navigate('reLaunch', { url: currentPath() }));
  $('#btn-clear').addEventListener('click', () => {
    window.wx.clearStorageSync();
    navigate('reLaunch', { url: currentPath() });
  });
  const langLinks = document.querySelectorAll('[data-lang]');
  langLinks.forEach((a) => {
    const p = new URLSearchParams(location.search);
    p.set('lang', a.dataset.lang);
    a.href = `?${p.toString()}${location.hash}`;
    a.classList.toggle('active', a.dataset.lang === env.lang);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const q = new URLSearchParams(location.search);
      q.set('lang', a.dataset.lang);
      location.href = `?${q.toString()}${location.hash}`;
    });
  });
  const font = $('#font-size');
  font.value = String(env.fontSize);
  font.addEventListener('change', () => {
    const q = new URLSearchParams(location.search);
    q.set('font', font.value);
    location.href = `?${q.toString()}${location.hash}`;
  });
  $('#app-name').textContent = app.appName;
  const clock = $('#clock');
  if (nowParam) clock.value = nowParam.slice(0, 16);
  const setClock = (value) => {
    const q = new URLSearchParams(location.search);
    if (value) q.set('now', `${value}:00+08:00`);
    else q.delete('now');
    location.href = `?${q.toString()}${location.hash}`;
  };
  clock.addEventListener('change', () => setClock(clock.value));
  $('#clock-now').addEventListener('click', () => setClock(''));
}

function boot() {
  setupControls();
  $('#nav-back').addEventListener('click', () => navigate('navigateBack', { delta: 1 }));
  $('#nav-home').addEventListener('click', () => navigate('reLaunch', { url: `/${app.pages[0]}` }));
  $('#capsule-more').addEventListener('click', () => share('menu'));
  try {
    if (app.modules['app.js']) {
      nowLoad = null;
      loadModule('app.js');
    }
  } catch (err) {
    reportError('app.js 出错', err);
  }
  registerAll();
  const first = splitUrl(startPath(), '');
  launch = { path: first.route, query: parseQuery(first.qs), scene: 1001, referrerInfo: {} };
  if (appInstance && typeof appInstance.onLaunch === 'function') {
    try {
      appInstance.onLaunch(launch);
    } catch (err) {
      reportError('App.onLaunch 出错', err);
    }
  }
  if (appInstance && typeof appInstance.onShow === 'function') {
    try {
      appInstance.onShow(launch);
    } catch (err) {
      reportError('App.onShow 出错', err);
    }
  }
  if (!byPath[first.route] || !byPath[first.route].isPage) {
    reportError('页面不存在', `${first.route} 不在 app.json 的 pages 里；打开首页。`);
    navigate('reLaunch', { url: `/${app.pages[0]}` });
  } else navigate('reLaunch', { url: startPath() });
  window.addEventListener('hashchange', () => {
    const target = startPath();
    if (target !== currentPath()) navigate('reLaunch', { url: target });
  });
}

/** For tests and the screenshot script. */
window.__preview = {
  errors,
  log,
  get stack() {
    return stack.map((e) => ({ route: e.route, query: e.qs, title: e.title }));
  },
  get lastShare() {
    return lastShare;
  },
  share: (from = 'menu') => share(from),
  navigate: (kind, opts) => navigate(kind, opts || {}),
  /** Resolves once no navigation has been pending for `quietMs` and fonts are loaded. */
  whenIdle(quietMs = 150) {
    return new Promise((resolve) => {
      const check = () => {
        if (pending === 0 && stack.length && Date.now() - lastChange >= quietMs) {
          (document.fonts ? document.fonts.ready : Promise.resolve()).then(() => resolve(window.__preview.stack));
        } else setTimeout(check, 40);
      };
      check();
    });
  },
  storagePrefix: STORAGE_PREFIX,
};

window.addEventListener('error', (e) => {
  if (e.error) reportError('未捕获的错误', e.error);
});
window.addEventListener('unhandledrejection', (e) => {
  const r = e.reason;
  if (r && typeof r === 'object' && 'errMsg' in r) console.warn('[preview] unhandled wx failure', r.errMsg);
  else reportError('未处理的 Promise 拒绝', r);
});

boot();
