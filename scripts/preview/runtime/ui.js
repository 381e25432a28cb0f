/**
 * WeChat-like overlays inside the phone frame: toast / loading, modal dialog, action sheet, share card,
 * and the error panel (a page that throws shows what and where, instead of a blank screen).
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function createUi(layer) {
  let toastNode = null;
  let toastTimer = null;

  function hideToast() {
    clearTimeout(toastTimer);
    if (toastNode) toastNode.remove();
    toastNode = null;
  }

  function toast({ title, icon, duration, image }) {
    hideToast();
    const withIcon = icon === 'success' || icon === 'error' || icon === 'loading' || !!image;
    const node = el('div', `wxp-toast${withIcon ? ' wxp-toast--icon' : ''}`);
    node.setAttribute('role', 'status');
    node.setAttribute('aria-live', 'polite');
    if (image) {
      const img = el('img', 'wxp-toast__image');
      img.src = image;
      img.alt = '';
      node.appendChild(img);
    } else if (withIcon) {
      const i = el('span', `wxp-toast__icon wxp-toast__icon--${icon}`, icon === 'success' ? '✓' : icon === 'error' ? '✕' : '');
      i.setAttribute('aria-hidden', 'true');
      node.appendChild(i);
    }
    node.appendChild(el('span', 'wxp-toast__text', title));
    layer.appendChild(node);
    toastNode = node;
    if (duration > 0) toastTimer = setTimeout(hideToast, duration);
  }

  function openDialog(node) {
    const mask = el('div', 'wxp-mask');
    mask.appendChild(node);
    layer.appendChild(mask);
    return () => mask.remove();
  }

  function modal(opts) {
    return new Promise((resolve) => {
      const box = el('div', 'wxp-dialog');
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-modal', 'true');
      if (opts.title) box.appendChild(el('div', 'wxp-dialog__title', String(opts.title)));
      let input = null;
      if (opts.editable) {
        input = el('textarea', 'wxp-dialog__input');
        input.placeholder = opts.placeholderText || '';
        input.value = opts.content || '';
        box.appendChild(input);
      } else if (opts.content) box.appendChild(el('div', 'wxp-dialog__content', String(opts.content)));
      const buttons = el('div', 'wxp-dialog__buttons');
      const close = openDialog(box);
      const finish = (confirm) => {
        close();
        const r = { confirm, cancel: !confirm };
        if (input) r.content = input.value;
        resolve(r);
      };
      if (opts.showCancel !== false) {
        const cancel = el('button', 'wxp-dialog__btn', opts.cancelText || '取消');
        if (opts.cancelColor) cancel.style.color = opts.cancelColor;
        cancel.addEventListener('click', () => finish(false));
        buttons.appendChild(cancel);
      }
      const ok = el('button', 'wxp-dialog__btn wxp-dialog__btn--primary', opts.confirmText || '确定');
      if (opts.confirmColor) ok.style.color = opts.confirmColor;
      ok.addEventListener('click', () => finish(true));
      buttons.appendChild(ok);
      box.appendChild(buttons);
      ok.focus();
    });
  }

  function actionSheet(opts) {
    return new Promise((resolve) => {
      const sheet = el('div', 'wxp-sheet');
      sheet.setAttribute('role', 'dialog');
      if (opts.alertText) sheet.appendChild(el('div', 'wxp-sheet__title', opts.alertText));
      const close = openDialog(sheet);
      (opts.itemList || []).forEach((item, i) => {
        const b = el('button', 'wxp-sheet__item', String(item));
        if (opts.itemColor) b.style.color = opts.itemColor;
        b.addEventListener('click', () => {
          close();
          resolve(i);
        });
        sheet.appendChild(b);
      });
      const cancel = el('button', 'wxp-sheet__item wxp-sheet__cancel', '取消');
      cancel.addEventListener('click', () => {
        close();
        resolve(null);
      });
      sheet.appendChild(cancel);
    });
  }

  /** picker: a list for `selector`, the browser's date/time field for `date` / `time`. Resolves to the value or null. */
  function picker({ mode, items, value, start, end, fields, title }) {
    return new Promise((resolve) => {
      const sheet = el('div', 'wxp-sheet wxp-picker');
      sheet.setAttribute('role', 'dialog');
      if (title) sheet.appendChild(el('div', 'wxp-sheet__title', title));
      const close = openDialog(sheet);
      const done = (v) => {
        close();
        resolve(v);
      };
      if (mode === 'selector') {
        items.forEach((label, i) => {
          const b = el('button', `wxp-sheet__item${Number(value) === i ? ' wxp-sheet__item--current' : ''}`, label);
          b.addEventListener('click', () => done(i));
          sheet.appendChild(b);
        });
      } else {
        const input = el('input', 'wxp-picker__input');
        const type = mode === 'time' ? 'time' : fields === 'month' ? 'month' : fields === 'year' ? 'number' : 'date';
        input.type = type;
        if (value) input.value = String(value);
        if (start) input.min = start;
        if (end) input.max = end;
        sheet.appendChild(input);
        const ok = el('button', 'wxp-sheet__item wxp-share__open', '确定');
        ok.addEventListener('click', () => done(input.value || null));
        sheet.appendChild(ok);
      }
      const cancel = el('button', 'wxp-sheet__item wxp-sheet__cancel', '取消');
      cancel.addEventListener('click', () => done(null));
      sheet.appendChild(cancel);
    });
  }

  /** The card a friend would receive, with a link that opens its path in this preview. */
  function shareCard({ title, path, imageUrl, appName, timeline, from, missing }) {
    const sheet = el('div', 'wxp-sheet wxp-share');
    sheet.setAttribute('role', 'dialog');
    sheet.setAttribute('aria-label', '转发');
    sheet.appendChild(el('div', 'wxp-sheet__title', from === 'button' ? '转发（页面里的分享按钮）' : '转发（右上角菜单）'));
    const close = openDialog(sheet);
    if (missing) {
      sheet.appendChild(el('div', 'wxp-share__missing', '这个页面没有 onShareAppMessage：在微信里右上角菜单的“转发”是灰的。'));
    } else {
      const card = el('div', 'wxp-share__card');
      card.appendChild(el('div', 'wxp-share__app', appName));
      card.appendChild(el('div', 'wxp-share__title', title));
      const pic = el('div', 'wxp-share__image', imageUrl ? '' : '（页面截图）');
      if (imageUrl) pic.style.backgroundImage = `url("${imageUrl}")`;
      card.appendChild(pic);
      card.appendChild(el('div', 'wxp-share__foot', '小程序'));
      sheet.appendChild(card);
      const p = el('div', 'wxp-share__path');
      p.appendChild(el('span', '', 'path: '));
      p.appendChild(el('code', 'wxp-share__code', path));
      sheet.appendChild(p);
      if (timeline) sheet.appendChild(el('div', 'wxp-share__path', `朋友圈：${timeline.title}${timeline.query ? ` · query: ${timeline.query}` : ''}`));
      const open = el('a', 'wxp-sheet__item wxp-share__open', '在预览中打开这个链接');
      open.href = `#${path.startsWith('/') ? path : `/${path}`}`;
      open.addEventListener('click', () => close());
      sheet.appendChild(open);
    }
    const cancel = el('button', 'wxp-sheet__item wxp-sheet__cancel', '关闭');
    cancel.addEventListener('click', () => close());
    sheet.appendChild(cancel);
  }

  function errorPanel(title, detail) {
    const box = el('div', 'wxp-error');
    box.setAttribute('role', 'alert');
    box.appendChild(el('div', 'wxp-error__title', title));
    box.appendChild(el('pre', 'wxp-error__detail', detail));
    const x = el('button', 'wxp-error__close', '×');
    x.setAttribute('aria-label', '关闭');
    x.addEventListener('click', () => box.remove());
    box.appendChild(x);
    layer.appendChild(box);
  }

  return { toast, hideToast, modal, actionSheet, picker, shareCard, errorPanel };
}

module.exports = { createUi };
