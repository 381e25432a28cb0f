/**
 * WeChat's built-in components for the browser. miniprogram-simulate registers every built-in as an empty
 * `<slot/>`; here the ones pages need behave like on a phone: `input`/`textarea` are real fields that emit
 * input/focus/blur/confirm, `image` shows its picture with the `mode`s, `button` handles `open-type="share"`,
 * `navigator` navigates, `hover-class` works, and aria-* attributes reach the DOM (role, aria-label…).
 */
const exparser = require('miniprogram-exparser');
const jComponent = require('j-component');

/** Tags with nothing special: a slot (styles come from builtins.css). */
const PLAIN = [
  'view',
  'text',
  'scroll-view',
  'swiper',
  'swiper-item',
  'movable-area',
  'movable-view',
  'cover-view',
  'cover-image',
  'icon',
  'rich-text',
  'checkbox',
  'checkbox-group',
  'form',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'audio',
  'video',
  'camera',
  'live-player',
  'live-pusher',
  'map',
  'canvas',
  'web-view',
  'ad',
  'ad-custom',
  'official-account',
  'open-data',
  'editor',
  'keyboard-accessory',
  'match-media',
  'page-container',
  'root-portal',
  'share-element',
  'grid-view',
  'list-view',
  'sticky-header',
  'sticky-section',
  'navigation-bar',
  'page-meta',
  'functional-page-navigator',
  'channel-live',
  'channel-video',
  'voip-room',
  'progress',
];

const ARIA = ['ariaRole', 'ariaLabel', 'ariaHidden', 'ariaChecked', 'ariaSelected', 'ariaDisabled', 'ariaExpanded', 'ariaLive'];

function dom(ctx) {
  return ctx._exparserNode.$$;
}

/** The class prefix of the component whose template holds this node (hover-class is written in its terms). */
function ownerPrefix(ctx) {
  const root = ctx._exparserNode.ownerShadowRoot;
  const host = root && root.getHostNode ? root.getHostNode() : null;
  if (!host) return '';
  try {
    return exparser.Component.getComponentOptions(host).classPrefix || '';
  } catch {
    return '';
  }
}

function prefixed(ctx, classes) {
  const prefix = ownerPrefix(ctx);
  return String(classes || '')
    .split(/\s+/)
    .filter((c) => c && c !== 'none')
    .map((c) => (prefix && c !== 'button-hover' && c !== 'navigator-hover' ? `${prefix}--${c}` : c));
}

function setAttr(el, name, value) {
  if (!el) return;
  if (value === undefined || value === null || value === false || value === '') el.removeAttribute(name);
  else el.setAttribute(name, value === true ? 'true' : String(value));
}

/** Shared by every built-in: aria-* to the DOM, hover-class on press. */
function commonDefinition(extra = {}) {
  const properties = { hoverClass: { type: String, value: '' }, hoverStayTime: { type: Number, value: 70 }, hoverStopPropagation: Boolean };
  for (const a of ARIA) properties[a] = { type: null, value: '' };
  const observers = {};
  observers[ARIA.join(', ')] = function syncAria() {
    const el = dom(this);
    const d = this.data;
    setAttr(el, 'role', d.ariaRole);
    setAttr(el, 'aria-label', d.ariaLabel);
    setAttr(el, 'aria-hidden', d.ariaHidden);
    setAttr(el, 'aria-checked', d.ariaChecked === '' ? '' : String(d.ariaChecked));
    setAttr(el, 'aria-selected', d.ariaSelected === '' ? '' : String(d.ariaSelected));
    setAttr(el, 'aria-disabled', d.ariaDisabled === '' ? '' : String(d.ariaDisabled));
    setAttr(el, 'aria-expanded', d.ariaExpanded === '' ? '' : String(d.ariaExpanded));
    setAttr(el, 'aria-live', d.ariaLive);
  };
  const def = {
    template: '<slot/>',
    ...extra,
    properties: { ...properties, ...(extra.properties || {}) },
    observers: { ...observers, ...(extra.observers || {}) },
    lifetimes: {
      ...(extra.lifetimes || {}),
      attached() {
        const node = this._exparserNode;
        node.addListener('touchstart', () => {
          if (!this.data.hoverClass || this.data.hoverClass === 'none' || this.data.disabled) return;
          const classes = prefixed(this, this.data.hoverClass);
          const el = dom(this);
          if (!el || !classes.length) return;
          clearTimeout(this.__hoverTimer);
          el.classList.add(...classes);
          this.__hoverClasses = classes;
        });
        const release = () => {
          const classes = this.__hoverClasses;
          if (!classes) return;
          this.__hoverTimer = setTimeout(() => {
            const el = dom(this);
            if (el) el.classList.remove(...classes);
          }, this.data.hoverStayTime || 70);
          this.__hoverClasses = null;
        };
        node.addListener('touchend', release);
        node.addListener('touchcancel', release);
        if (extra.lifetimes && extra.lifetimes.attached) extra.lifetimes.attached.call(this);
      },
    },
  };
  return def;
}

let hooks = {
  share: () => undefined,
  notice: () => undefined,
  navigate: () => undefined,
  resolveSrc: (src) => src,
  pick: () => null,
};

function register(name, def) {
  jComponent.register({ id: name, tagName: `wx-${name}`, ...commonDefinition(def) });
}

function fieldDefinition(tag) {
  return {
    template: '<slot/>',
    properties: {
      value: { type: null, value: '' },
      type: { type: String, value: 'text' },
      password: Boolean,
      placeholder: { type: String, value: '' },
      placeholderStyle: { type: String, value: '' },
      placeholderClass: { type: String, value: '' },
      disabled: Boolean,
      maxlength: { type: Number, value: 140 },
      focus: Boolean,
      autoFocus: Boolean,
      autoHeight: Boolean,
      confirmType: { type: String, value: 'done' },
    },
    observers: {
      'value, type, password, placeholder, disabled, maxlength, confirmType': function sync() {
        const el = this.__field;
        if (!el) return;
        const d = this.data;
        const value = d.value === null || d.value === undefined ? '' : String(d.value);
        if (el.value !== value) el.value = value;
        if (tag === 'input')
          el.type =
            d.password || d.type === 'password' ? 'password' : d.type === 'number' || d.type === 'digit' ? 'text' : d.type === 'search' ? 'search' : 'text';
        if (tag === 'input' && (d.type === 'number' || d.type === 'digit')) el.inputMode = d.type === 'digit' ? 'decimal' : 'numeric';
        el.placeholder = d.placeholder || '';
        el.disabled = !!d.disabled;
        if (d.maxlength >= 0) el.maxLength = d.maxlength;
        else el.removeAttribute('maxlength');
        if (tag === 'input')
          el.enterKeyHint =
            d.confirmType === 'search'
              ? 'search'
              : d.confirmType === 'send'
                ? 'send'
                : d.confirmType === 'go'
                  ? 'go'
                  : d.confirmType === 'next'
                    ? 'next'
                    : 'done';
      },
      'value, autoHeight': function grow() {
        if (this.__fit) this.__fit();
      },
      'focus, autoFocus': function focus() {
        if (this.__field && (this.data.focus || this.data.autoFocus)) setTimeout(() => this.__field && this.__field.focus(), 0);
      },
      placeholderStyle(style) {
        if (this.__field) this.__field.dataset.placeholderStyle = style || '';
      },
    },
    lifetimes: {
      attached() {
        const host = dom(this);
        if (!host || this.__field) return;
        const el = document.createElement(tag);
        el.className = `wx-${tag}-field`;
        host.appendChild(el);
        this.__field = el;
        const detail = () => ({ value: el.value, cursor: el.selectionStart == null ? el.value.length : el.selectionStart });
        // auto-height: WeChat's textarea grows with its text (from one line) and ignores a fixed height;
        // the browser's would scroll inside its box and clip what does not fit.
        this.__fit = () => {
          if (tag !== 'textarea' || !this.data.autoHeight) return;
          const box = dom(this);
          if (!box) return;
          el.style.height = '0px';
          const content = el.scrollHeight;
          el.style.height = '';
          const min = parseFloat(getComputedStyle(box).minHeight) || 0;
          box.style.setProperty('height', `${Math.max(content, min)}px`, 'important');
          box.style.setProperty('overflow', 'visible');
        };
        el.addEventListener('input', () => this.__fit());
        if (tag === 'textarea') requestAnimationFrame(() => this.__fit && this.__fit());
        el.addEventListener('input', () => this.triggerEvent('input', { ...detail(), keyCode: 0 }));
        el.addEventListener('focus', () => this.triggerEvent('focus', { value: el.value, height: 0 }));
        el.addEventListener('blur', () => this.triggerEvent('blur', { value: el.value, cursor: detail().cursor }));
        el.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' && (tag === 'input' || !e.shiftKey)) {
            if (tag === 'textarea' && !this.data.confirmType) return;
            if (tag === 'textarea') e.preventDefault();
            this.triggerEvent('confirm', { value: el.value });
          }
        });
        const d = this.data;
        el.value = d.value === null || d.value === undefined ? '' : String(d.value);
        el.placeholder = d.placeholder || '';
        el.disabled = !!d.disabled;
        if (tag === 'input') el.type = d.password || d.type === 'password' ? 'password' : d.type === 'search' ? 'search' : 'text';
        if (d.maxlength >= 0) el.maxLength = d.maxlength;
        if (d.focus || d.autoFocus) setTimeout(() => el.focus(), 0);
      },
    },
  };
}

function imageDefinition() {
  const SIZES = {
    scaleToFill: ['100% 100%', 'center'],
    aspectFit: ['contain', 'center'],
    aspectFill: ['cover', 'center'],
    widthFix: ['100% 100%', 'center'],
    heightFix: ['100% 100%', 'center'],
    top: ['auto', 'top center'],
    bottom: ['auto', 'bottom center'],
    center: ['auto', 'center'],
    left: ['auto', 'center left'],
    right: ['auto', 'center right'],
    'top left': ['auto', 'top left'],
    'top right': ['auto', 'top right'],
    'bottom left': ['auto', 'bottom left'],
    'bottom right': ['auto', 'bottom right'],
  };
  return {
    template: '<slot/>',
    properties: { src: { type: String, value: '' }, mode: { type: String, value: 'scaleToFill' }, lazyLoad: Boolean, showMenuByLongpress: Boolean },
    observers: {
      'src, mode': function update() {
        const host = dom(this);
        const inner = this.__img;
        if (!host || !inner) return;
        const mode = this.data.mode || 'scaleToFill';
        const [size, position] = SIZES[mode] || SIZES.scaleToFill;
        const src = hooks.resolveSrc(this.data.src || '');
        inner.style.backgroundImage = src ? `url("${src.replace(/"/g, '%22')}")` : 'none';
        inner.style.backgroundSize = size;
        inner.style.backgroundPosition = position;
        host.setAttribute('data-mode', mode);
        if (!src) return;
        const probe = new Image();
        probe.onload = () => {
          const w = probe.naturalWidth;
          const h = probe.naturalHeight;
          if (mode === 'widthFix' && w) host.style.height = `${(host.clientWidth * h) / w}px`;
          if (mode === 'heightFix' && h) host.style.width = `${(host.clientHeight * w) / h}px`;
          this.triggerEvent('load', { width: w, height: h });
        };
        probe.onerror = () => this.triggerEvent('error', { errMsg: `GET ${this.data.src} 404 (Not Found)` });
        probe.src = src;
      },
    },
    lifetimes: {
      attached() {
        const host = dom(this);
        if (!host || this.__img) return;
        const inner = document.createElement('div');
        inner.className = 'wx-image-inner';
        host.appendChild(inner);
        this.__img = inner;
        this.setData({ src: this.data.src });
      },
    },
  };
}

function buttonDefinition() {
  return {
    properties: {
      size: { type: String, value: 'default' },
      type: { type: String, value: 'default' },
      plain: Boolean,
      disabled: Boolean,
      loading: Boolean,
      formType: { type: String, value: '' },
      openType: { type: String, value: '' },
      hoverClass: { type: String, value: 'button-hover' },
    },
    observers: {
      'size, type, plain, disabled, loading': function reflect() {
        const el = dom(this);
        if (!el) return;
        const d = this.data;
        setAttr(el, 'size', d.size === 'default' ? '' : d.size);
        setAttr(el, 'type', d.type === 'default' ? '' : d.type);
        setAttr(el, 'plain', d.plain ? 'true' : '');
        setAttr(el, 'disabled', d.disabled ? 'true' : '');
        setAttr(el, 'loading', d.loading ? 'true' : '');
      },
    },
    lifetimes: {
      attached() {
        const el = dom(this);
        if (el && !el.getAttribute('role') && !this.data.ariaRole) el.setAttribute('role', 'button');
        this._exparserNode.addListener('tap', () => {
          if (this.data.disabled) return;
          const openType = this.data.openType;
          if (!openType) return;
          if (openType === 'share') hooks.share('button', this);
          else if (openType === 'contact') hooks.notice('预览中不能打开客服会话（open-type="contact"）');
          else if (openType === 'feedback') hooks.notice('预览中不能打开“意见反馈”页');
          else if (openType === 'openSetting') hooks.notice('预览中没有设置页');
          else if (openType === 'getPhoneNumber' || openType === 'getRealtimePhoneNumber') {
            this.triggerEvent(openType.toLowerCase(), { errMsg: `${openType}:fail 预览中拿不到手机号` });
          } else if (openType === 'chooseAvatar') this.triggerEvent('chooseavatar', { avatarUrl: '' });
          else if (openType === 'launchApp') this.triggerEvent('error', { errMsg: 'launchApp:fail 预览中不能打开 App' });
          else hooks.notice(`预览中不支持 open-type="${openType}"`);
        });
      },
    },
  };
}

function navigatorDefinition() {
  return {
    properties: {
      url: { type: String, value: '' },
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
      target: { type: String, value: 'self' },
      hoverClass: { type: String, value: 'navigator-hover' },
    },
    lifetimes: {
      attached() {
        this._exparserNode.addListener('tap', () => {
          const d = this.data;
          if (d.target === 'miniProgram') {
            hooks.notice('预览中不能打开其他小程序');
            return;
          }
          hooks.navigate(d.openType, d.url, d.delta);
        });
      },
    },
  };
}

function scrollViewDefinition() {
  return {
    properties: {
      scrollX: Boolean,
      scrollY: Boolean,
      scrollTop: { type: null, value: '' },
      scrollLeft: { type: null, value: '' },
      scrollIntoView: { type: String, value: '' },
    },
    observers: {
      'scrollX, scrollY': function axes() {
        const el = dom(this);
        if (!el) return;
        el.style.overflowX = this.data.scrollX ? 'auto' : 'hidden';
        el.style.overflowY = this.data.scrollY ? 'auto' : 'hidden';
      },
      scrollTop(v) {
        const el = dom(this);
        if (el && v !== '' && v !== null) el.scrollTop = Number(v) || 0;
      },
      scrollLeft(v) {
        const el = dom(this);
        if (el && v !== '' && v !== null) el.scrollLeft = Number(v) || 0;
      },
      scrollIntoView(id) {
        const el = dom(this);
        if (!el || !id) return;
        const target = el.querySelector(`#${CSS.escape(id)}`);
        if (target) target.scrollIntoView({ block: 'start' });
      },
    },
  };
}

function richTextDefinition() {
  const SAFE =
    /^(a|abbr|address|article|aside|b|bdi|bdo|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|fieldset|font|footer|h[1-6]|header|hr|i|img|ins|label|legend|li|mark|nav|ol|p|pre|q|rt|ruby|s|section|small|span|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul)$/i;
  function build(nodes, parent) {
    for (const n of nodes || []) {
      if (!n) continue;
      if (n.type === 'text') {
        parent.appendChild(document.createTextNode(n.text || ''));
        continue;
      }
      const name = String(n.name || 'span');
      if (!SAFE.test(name)) continue;
      const el = document.createElement(name);
      for (const [k, v] of Object.entries(n.attrs || {})) {
        if (/^on/i.test(k) || (k === 'href' && /^\s*javascript:/i.test(String(v)))) continue;
        el.setAttribute(k, String(v));
      }
      build(n.children, el);
      parent.appendChild(el);
    }
  }
  return {
    template: '<slot/>',
    properties: { nodes: { type: null, value: [] }, space: { type: String, value: '' } },
    observers: {
      nodes(nodes) {
        const el = dom(this);
        if (!el) return;
        el.textContent = '';
        if (typeof nodes === 'string') {
          const doc = new DOMParser().parseFromString(nodes, 'text/html');
          doc.querySelectorAll('script,style,iframe,object,embed').forEach((n) => n.remove());
          doc.querySelectorAll('*').forEach((n) => [...n.attributes].forEach((a) => /^on/i.test(a.name) && n.removeAttribute(a.name)));
          el.append(...doc.body.childNodes);
        } else if (Array.isArray(nodes)) build(nodes, el);
      },
    },
  };
}

function progressDefinition() {
  return {
    template: '<slot/>',
    properties: {
      percent: { type: Number, value: 0 },
      showInfo: Boolean,
      strokeWidth: { type: null, value: 6 },
      activeColor: { type: String, value: '#09BB07' },
      backgroundColor: { type: String, value: '#EBEBEB' },
      color: { type: String, value: '' },
    },
    observers: {
      'percent, showInfo, strokeWidth, activeColor, backgroundColor, color': function draw() {
        const el = dom(this);
        if (!el) return;
        const d = this.data;
        const pct = Math.max(0, Math.min(100, Number(d.percent) || 0));
        el.innerHTML = '';
        const bar = document.createElement('div');
        bar.className = 'wx-progress-bar';
        bar.style.height = `${parseFloat(d.strokeWidth) || 6}px`;
        bar.style.background = d.backgroundColor;
        const inner = document.createElement('div');
        inner.className = 'wx-progress-inner';
        inner.style.width = `${pct}%`;
        inner.style.background = d.color || d.activeColor;
        bar.appendChild(inner);
        el.appendChild(bar);
        if (d.showInfo) {
          const info = document.createElement('span');
          info.className = 'wx-progress-info';
          info.textContent = `${pct}%`;
          el.appendChild(info);
        }
      },
    },
  };
}

function iconDefinition() {
  const GLYPH = { success: '✔', success_no_circle: '✓', info: 'ℹ', warn: '!', waiting: '◷', cancel: '✕', download: '↓', search: '⌕', clear: '✕', circle: '○' };
  return {
    template: '<slot/>',
    properties: { type: { type: String, value: '' }, size: { type: null, value: 23 }, color: { type: String, value: '' } },
    observers: {
      'type, size, color': function draw() {
        const el = dom(this);
        if (!el) return;
        const d = this.data;
        el.textContent = GLYPH[d.type] || '';
        el.style.fontSize = typeof d.size === 'number' || /^\d+$/.test(String(d.size)) ? `${d.size}px` : String(d.size);
        el.style.color = d.color || (d.type === 'warn' || d.type === 'cancel' ? '#fa5151' : '#07c160');
      },
    },
  };
}

/**
 * page-meta (WeChat's page property node): `root-font-size` sets what 1rem is for the page, `page-font-size`
 * the page's own font size, `page-style` the page root's style. "system" is the user's WeChat font size
 * (wx.getAppBaseInfo().fontSizeSetting; the preview's ?font= knob). The value in effect is also written on
 * the element (data-root-font-size …), so tests can read it.
 */
function systemFontSize() {
  try {
    const host = globalThis.wx;
    const info = host && host.getAppBaseInfo ? host.getAppBaseInfo() : null;
    const size = info && Number(info.fontSizeSetting);
    return size > 0 ? size : 16;
  } catch {
    return 16;
  }
}
function cssSize(value) {
  const v = String(value || '').trim();
  if (!v) return '';
  if (v === 'system') return `${systemFontSize()}px`;
  return /^\d+(\.\d+)?$/.test(v) ? `${v}px` : v;
}
function applyPageMeta(ctx) {
  const el = dom(ctx);
  if (!el) return;
  const root = cssSize(ctx.data.rootFontSize);
  const pageSize = cssSize(ctx.data.pageFontSize);
  setAttr(el, 'data-root-font-size', root);
  setAttr(el, 'data-page-font-size', pageSize);
  // One document for every page of the stack: all pages ask for the same "system" size.
  if (root) el.ownerDocument.documentElement.style.fontSize = root;
  const page = el.closest ? el.closest('page') : null;
  if (page) {
    if (ctx.data.pageStyle) page.style.cssText += `;${ctx.data.pageStyle}`;
    if (pageSize) page.style.fontSize = pageSize;
  }
}
function pageMetaDefinition() {
  return {
    template: '<slot/>',
    properties: { rootFontSize: { type: String, value: '' }, pageFontSize: { type: String, value: '' }, pageStyle: { type: String, value: '' } },
    observers: {
      'rootFontSize, pageFontSize, pageStyle': function sync() {
        applyPageMeta(this);
      },
    },
    lifetimes: {
      attached() {
        applyPageMeta(this);
      },
    },
  };
}

/** picker: selector / date / time through a WeChat-like sheet (multiSelector and region are not emulated). */
function pickerDefinition() {
  return {
    properties: {
      mode: { type: String, value: 'selector' },
      range: { type: null, value: [] },
      rangeKey: { type: String, value: '' },
      value: { type: null, value: '' },
      start: { type: String, value: '' },
      end: { type: String, value: '' },
      fields: { type: String, value: 'day' },
      disabled: Boolean,
      headerText: { type: String, value: '' },
    },
    lifetimes: {
      attached() {
        this._exparserNode.addListener('tap', () => {
          const d = this.data;
          if (d.disabled || this.__picking) return;
          const mode = d.mode || 'selector';
          if (mode !== 'selector' && mode !== 'date' && mode !== 'time') {
            hooks.notice(`预览中不支持 picker mode="${mode}"`);
            return;
          }
          const items =
            mode === 'selector'
              ? (Array.isArray(d.range) ? d.range : []).map((r) => (r && typeof r === 'object' ? String(r[d.rangeKey] ?? '') : String(r)))
              : [];
          this.__picking = true;
          Promise.resolve(
            hooks.pick({ mode, items, value: d.value, start: d.start, end: d.end, fields: d.fields, title: d.headerText || d.ariaLabel || '' }),
          ).then((value) => {
            this.__picking = false;
            if (value === null || value === undefined) this.triggerEvent('cancel', {});
            else this.triggerEvent('change', { value });
          });
        });
      },
    },
  };
}

/** text: `selectable` / `user-select` make it selectable (WeChat text is not, by default). */
function textDefinition() {
  return {
    properties: { selectable: Boolean, userSelect: Boolean, space: { type: String, value: '' }, decode: Boolean },
    observers: {
      'selectable, userSelect': function reflect() {
        setAttr(dom(this), 'selectable', this.data.selectable || this.data.userSelect ? 'true' : '');
      },
      space(v) {
        const el = dom(this);
        if (el) el.style.whiteSpace = v ? 'pre-wrap' : '';
      },
    },
  };
}

function registerBuiltins(h) {
  hooks = { ...hooks, ...h };
  const special = {
    input: fieldDefinition('input'),
    textarea: fieldDefinition('textarea'),
    image: imageDefinition(),
    button: buttonDefinition(),
    navigator: navigatorDefinition(),
    'scroll-view': scrollViewDefinition(),
    'rich-text': richTextDefinition(),
    progress: progressDefinition(),
    icon: iconDefinition(),
    picker: pickerDefinition(),
    text: textDefinition(),
    'page-meta': pageMetaDefinition(),
  };
  for (const name of PLAIN) if (!special[name]) register(name, {});
  for (const [name, def] of Object.entries(special)) register(name, def);
}

module.exports = { registerBuiltins };
