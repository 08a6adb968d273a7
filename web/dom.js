// Builds elements from data. Text always goes in as text nodes, never as HTML,
// so whatever people typed is shown exactly as they wrote it and cannot run as code.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'className') el.className = value;
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
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

// At most `max` characters as people see them (grapheme clusters, by Intl.Segmenter), so an
// emoji, a flag or a letter with its accent is never cut in half; "…" marks a cut.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
export function shorten(text, max) {
  const parts = [...graphemes.segment(text || '')].map((s) => s.segment);
  return parts.length <= max ? (text || '') : `${parts.slice(0, max - 1).join('').trimEnd()}…`;
}
