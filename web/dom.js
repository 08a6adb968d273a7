// Builds elements from data. Text always goes in as text nodes, never as HTML,
// so whatever people typed is shown exactly as they wrote it and cannot run as code.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') listen(el, name.slice(2), value);
    else if (name === 'className') el.className = value;
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

// Handlers are kept on the element so a redraw can hand a kept element its new ones.
function listen(el, type, handler) {
  if (!el.handlers) el.handlers = {};
  if (!el.handlers[type]) el.addEventListener(type, dispatch);
  el.handlers[type] = handler;
}

function dispatch(event) {
  return this.handlers[event.type]?.call(this, event);
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(el, ...children) {
  // A loop rather than replaceChildren(), which older phones (before iOS 14) lack.
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
  el.page = null;
}

export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = message; }, 50);
}

// Puts keyboard and screen reader focus on the page's heading after a page change.
export function focusHeading() {
  const heading = document.querySelector('main h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

// Redraws el's contents to match children while changing only what changed: elements that stay
// are kept (matched by id, data-key, or tag in order), so what a person is doing survives a
// redraw: text in fields, choices, open disclosures, focus, selection and scroll position.
// Handlers on the new elements must read fields through the event (event.target.form), since
// the elements kept are the ones on the page, not the ones just built.
export function patch(el, ...children) {
  const next = document.createElement(el.tagName);
  append(next, children);
  patchChildren(el, next);
}

const keyOf = (node) => (node.nodeType === 1 ? node.id || node.getAttribute('data-key') || null : null);

function patchChildren(old, next) {
  const keyed = new Map();
  for (const child of old.childNodes) if (keyOf(child)) keyed.set(keyOf(child), child);
  let cursor = old.firstChild;
  for (const wanted of [...next.childNodes]) {
    const key = keyOf(wanted);
    let match = null;
    if (key) {
      match = keyed.get(key);
      if (match && match.nodeName !== wanted.nodeName) match = null;
      keyed.delete(key);
    } else if (cursor && !keyOf(cursor) && cursor.nodeType === wanted.nodeType && cursor.nodeName === wanted.nodeName) {
      match = cursor;
    }
    if (!match) {
      old.insertBefore(wanted, cursor);
    } else {
      if (match !== cursor && bringForward(old, cursor, match)) cursor = match;
      if (match === cursor) cursor = cursor.nextSibling;
      else old.insertBefore(match, cursor);
      patchNode(match, wanted);
    }
  }
  while (cursor) {
    const after = cursor.nextSibling;
    old.removeChild(cursor);
    cursor = after;
  }
}

// A kept element further on is reached by clearing what stands before it rather than by moving
// it, since moving an element takes focus out of it: unkeyed leftovers go (nothing later can
// match them), keyed ones step behind it.
function bringForward(parent, cursor, match) {
  if (!cursor || !(cursor.compareDocumentPosition(match) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  let node = cursor;
  while (node && node !== match) {
    const after = node.nextSibling;
    if (keyOf(node)) parent.insertBefore(node, match.nextSibling);
    else parent.removeChild(node);
    node = after;
  }
  return true;
}

// Attributes that belong to what the person did, not to the data: an open disclosure stays
// open, a heading that took focus stays focusable.
const PERSONAL = new Set(['open', 'tabindex']);

function patchNode(old, next) {
  if (old.nodeType !== 1) {
    if (old.nodeValue !== next.nodeValue) old.nodeValue = next.nodeValue;
    return;
  }
  if (!old.sending) {
    for (const { name, value } of [...next.attributes]) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    for (const { name } of [...old.attributes]) if (!next.hasAttribute(name) && !PERSONAL.has(name)) old.removeAttribute(name);
  }
  if (next.handlers) for (const [type, handler] of Object.entries(next.handlers)) listen(old, type, handler);
  else if (old.handlers) old.handlers = {};
  // A field keeps what the person typed or chose; only its label, hint and options follow the data.
  if (old.nodeName === 'TEXTAREA' || old.nodeName === 'INPUT') return;
  const chosen = old.nodeName === 'SELECT' ? old.value : null;
  patchChildren(old, next);
  if (chosen !== null && [...old.options].some((o) => o.value === chosen)) old.value = chosen;
}

// Draws a page into el: the same page again is patched, so what the person is doing stays;
// another page replaces what was there.
export function draw(el, page, ...children) {
  if (el.page === page) {
    patch(el, ...children);
  } else {
    replace(el, ...children);
    el.page = page;
  }
}

// At most `max` characters as people see them (grapheme clusters, by Intl.Segmenter), so an
// emoji, a flag or a letter with its accent is never cut in half; "…" marks a cut.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export function shorten(text, max) {
  const parts = [...graphemes.segment(text || '')].map((s) => s.segment);
  return parts.length <= max ? (text || '') : `${parts.slice(0, max - 1).join('').trimEnd()}…`;
}
