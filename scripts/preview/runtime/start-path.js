/**
 * The page the preview opens first, from the address bar's hash (`#/pages/result/index?v=1&…`).
 * The hash is decoded for readability (`%E8%BD%AC` typed or pasted as 转), but a broken escape such as a
 * raw `q=%E0%A4` must not stop the preview: the hash is then used as it is, and the page's own link parser
 * says the link is damaged, as WeChat would.
 */
function startPath(hash, firstPage) {
  const raw = String(hash || '').replace(/^#/, '');
  let h = raw;
  try {
    h = decodeURI(raw);
  } catch {
    h = raw;
  }
  if (h && h.startsWith('/')) return h;
  return `/${firstPage || ''}`;
}

module.exports = { startPath };
