/**
 * WXSS → browser CSS for the preview, following what WeChat does:
 *  - rpx → px for a 375 px wide screen (0.5 px per rpx), rounded down like WeChat's transformRPX
 *    (a non-zero value below 1 px becomes a 0.5 px hairline, as on an iPhone);
 *  - built-in component tags become their `wx-` elements (`view` → `wx-view`); `page` stays the page root;
 *  - component style isolation the way j-component renders it: every class gets the component's prefix
 *    (`.van-button` in Vant's button becomes `.van-button--van-button`), `:host` becomes the component's tag;
 *  - `@import` is inlined.
 */
const fs = require('fs');
const path = require('path');

function loadPostcss() {
  try {
    return require('postcss');
  } catch {
    const simulateDir = path.dirname(require.resolve('miniprogram-simulate/package.json'));
    return require(require.resolve('postcss', { paths: [simulateDir] }));
  }
}
const postcss = loadPostcss();

const SCREEN_WIDTH = 375;

/** WeChat's rounding: floor to whole px; a non-zero value that would be 0 is a hairline. */
function rpxToPx(rpx) {
  if (rpx === 0) return 0;
  const px = Math.floor((Math.abs(rpx) * SCREEN_WIDTH) / 750 + 1e-4);
  const value = px === 0 ? 0.5 : px;
  return rpx < 0 ? -value : value;
}

function convertRpx(text) {
  return text.replace(/(-?(?:\d+\.?\d*|\.\d+))rpx\b/gi, (_, n) => `${rpxToPx(parseFloat(n))}px`);
}

const BUILTIN_TAGS = [
  'view',
  'text',
  'image',
  'button',
  'input',
  'textarea',
  'scroll-view',
  'swiper',
  'swiper-item',
  'icon',
  'progress',
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
  'navigator',
  'audio',
  'video',
  'camera',
  'map',
  'canvas',
  'web-view',
  'cover-view',
  'cover-image',
  'movable-area',
  'movable-view',
  'open-data',
  'editor',
  'page-meta',
  'navigation-bar',
  'root-portal',
  'match-media',
  'grid-view',
  'list-view',
  'sticky-header',
  'sticky-section',
  'share-element',
  'live-player',
  'live-pusher',
  'ad',
];
const TAG_RE = new RegExp(`(^|[\\s>+~(,])(${BUILTIN_TAGS.map((t) => t.replace('-', '\\-')).join('|')})(?=$|[\\s.:#\\[>+~,)])`, 'g');

function transformSelector(selector, { prefix, hostTag }) {
  let s = selector;
  if (hostTag) s = s.replace(/:host(?![-\w])/g, hostTag);
  s = s.replace(TAG_RE, (_, before, tag) => `${before}wx-${tag}`);
  if (prefix) {
    // Same rule as miniprogram-simulate (so the tests and the preview agree): `.x` → `.prefix--x`, not `.5`.
    s = s.replace(/(.)?\.([-_a-zA-Z][-_a-zA-Z0-9]*)/g, (all, before, name) => (before && /\d/.test(before) ? all : `${before || ''}.${prefix}--${name}`));
  }
  return s;
}

/** Reads a wxss file with its @imports inlined (each file once); absolute imports start at `root`. */
function readWxss(file, root, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
  return text.replace(/@import\s+(?:url\()?\s*(['"])([^'"]+)\1\s*\)?\s*;?/g, (_, q, ref) => {
    const withExt = ref.endsWith('.wxss') ? ref : `${ref}.wxss`;
    const target = withExt.startsWith('/') ? path.join(root, withExt) : path.join(path.dirname(file), withExt);
    return readWxss(target, root, seen);
  });
}

/**
 * Compiles WXSS text. `prefix`: the component's class prefix ('' for none); `hostTag`: its element name.
 */
function compileWxss(text, { prefix = '', hostTag = '' } = {}) {
  const rootNode = postcss.parse(text);
  rootNode.walkRules((rule) => {
    const parent = rule.parent;
    if (parent && parent.type === 'atrule' && /keyframes$/i.test(parent.name)) return;
    rule.selectors = rule.selectors.map((sel) => transformSelector(sel, { prefix, hostTag }));
  });
  return convertRpx(rootNode.toString());
}

module.exports = { compileWxss, readWxss, convertRpx, rpxToPx, transformSelector, BUILTIN_TAGS };
