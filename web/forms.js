import { h } from './dom.js';
import { t } from './i18n.js';

// GOV.UK-style form parts: a label, an optional hint, an error message tied to the input.
export function field({ id, label, hint, error, control, labelClass }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || null;
  control.id = id;
  if (described) control.setAttribute('aria-describedby', described);
  if (error) control.setAttribute('aria-invalid', 'true');
  return h('div', { className: `field${error ? ' has-error' : ''}` },
    labelClass === 'h1-label'
      ? h('h1', { className: 'label-wrapper' }, h('label', { for: id, className: labelClass }, label))
      : h('label', { for: id, className: labelClass }, label),
    hint ? h('span', { className: 'hint', id: `${id}-hint` }, hint) : null,
    error ? h('span', { className: 'error-message', id: `${id}-error` }, h('span', { className: 'visually-hidden' }, t('errorPrefix')), error) : null,
    control);
}

export function radios({ name, legend, hint, error, options, checked, legendClass }) {
  const id = `${name}-fieldset`;
  return h('div', { className: `field${error ? ' has-error' : ''}` },
    h('fieldset', { 'aria-describedby': [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ') || null, id },
      h('legend', { className: legendClass }, legend),
      hint ? h('span', { className: 'hint', id: `${name}-hint` }, hint) : null,
      error ? h('span', { className: 'error-message', id: `${name}-error` }, h('span', { className: 'visually-hidden' }, t('errorPrefix')), error) : null,
      h('div', { className: 'choices' }, options.map((option, i) => {
        const inputId = i === 0 ? name : `${name}-${i}`;
        return h('div', { className: 'choice' },
          h('input', { type: 'radio', name, id: inputId, value: option.value, checked: option.value === checked }),
          h('label', { for: inputId }, option.label));
      }))));
}

export function checkbox({ id, label, checked, onchange }) {
  return h('div', { className: 'choice' },
    h('input', { type: 'checkbox', id, checked, onchange }),
    h('label', { for: id }, label));
}

// The error summary at the top of a page; each error links to its field.
export function errorSummary(errors, { id = 'error-summary', heading = 'h2' } = {}) {
  if (!errors.length) return null;
  return h('div', { className: 'error-summary', id, role: 'alert', tabindex: '-1', 'aria-labelledby': `${id}-title` },
    h(heading, { id: `${id}-title` }, t('problem')),
    h('ul', {}, errors.map((e) => h('li', {}, e.href ? h('a', { href: e.href, onclick: toField }, e.text) : e.text))));
}

// GOV.UK's pattern: a link in the summary puts focus on its field (for a group of choices, the
// first one) and shows its label, without navigating, so nothing typed is redrawn away.
function toField(event) {
  const target = document.getElementById(event.currentTarget.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault();
  const control = target.matches('input, textarea, select, button') ? target : target.querySelector('input, textarea, select');
  const label = target.closest('fieldset')?.querySelector('legend') || document.querySelector(`label[for="${target.id}"]`) || target;
  label.scrollIntoView({ block: 'start' });
  (control || target).focus({ preventScroll: true });
}

export function focusErrorSummary() {
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
}

// A textarea that says how many characters are left, politely, as the person types.
export function characterCount(textarea, max) {
  const message = h('span', { className: 'hint', 'aria-live': 'polite' });
  const update = () => {
    const used = [...textarea.value.trim()].length;
    message.textContent = used <= max ? t('charactersLeft', { n: max - used }) : t('charactersOver', { n: used - max });
  };
  textarea.addEventListener('input', update);
  update();
  return message;
}

export function problemText(error) {
  if (error.status === 0) return t('offline');
  if (error.status >= 500 || !error.message) return t('serverError');
  return error.message;
}

// Sends a form's contribution once: a second press while the first is on its way does nothing,
// and the submit button says it is busy (aria-disabled, so focus stays on it) until the answer.
export async function sending(form, work) {
  if (form.sending) return undefined;
  const buttons = [...form.querySelectorAll('button[type=submit]')];
  form.sending = true;
  for (const button of buttons) {
    button.sending = true;
    button.setAttribute('aria-disabled', 'true');
  }
  try {
    return await work();
  } finally {
    form.sending = false;
    for (const button of buttons) {
      button.sending = false;
      button.removeAttribute('aria-disabled');
    }
  }
}

// Drafts: every free-text field marked with data-draft keeps what is typed in this browser,
// per workshop and field, until it is sent, so a reload, a stage change or a dropped
// connection gives the words back. Kept as {text, label, at} under cg.draft.<workshop>.<field>.
let draftScope = null;
let draftPhase = null;
const draftKey = (name) => `cg.draft.${draftScope}.${name}`;

// scope: the workshop; phase: the stage the page is drawn for (words typed in another stage
// are shown by keptWords, as their field is no longer on the page).
export function keepDrafts(scope, phase) {
  draftScope = scope;
  draftPhase = phase;
  if (!listening) document.addEventListener('input', keepDraft);
  listening = true;
}

let listening = false;

function keepDraft(event) {
  const control = event.target.closest?.('[data-draft]');
  if (!control || !draftScope) return;
  const key = draftKey(control.dataset.draft);
  if (!control.value.trim()) { localStorage.removeItem(key); return; }
  const label = document.querySelector(`label[for="${control.id}"]`)?.textContent || '';
  try { localStorage.setItem(key, JSON.stringify({ text: control.value, label, phase: draftPhase, at: Date.now() })); } catch { /* Storage full or off: the field still holds the words. */ }
}

// Puts kept words back into fields under root that hold nothing the person typed: empty ones,
// and ones still showing the text they started with (their defaultValue, as when changing an answer).
export function restoreDrafts(root) {
  if (!draftScope) return;
  for (const control of root.querySelectorAll('[data-draft]')) {
    if (control.value !== control.defaultValue) continue;
    const kept = readDraft(control.dataset.draft);
    if (kept && kept.phase === draftPhase) control.value = kept.text;
  }
}

function readDraft(name) {
  try { return JSON.parse(localStorage.getItem(draftKey(name)) || 'null'); } catch { return null; }
}

export function clearDraft(name) {
  if (draftScope) localStorage.removeItem(draftKey(name));
}

// Words typed in an earlier stage and not sent: [{name, text, label, phase, at}], oldest first.
function draftsElsewhere() {
  if (!draftScope) return [];
  const prefix = draftKey('');
  const found = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (!key.startsWith(prefix)) continue;
    const kept = readDraft(key.slice(prefix.length));
    if (kept?.text?.trim() && kept.phase !== draftPhase) found.push({ name: key.slice(prefix.length), ...kept });
  }
  return found.sort((a, b) => a.at - b.at);
}

// When the room moved on under a half-typed contribution: says so and shows the words, until
// the person says they no longer need them.
export function keptWords() {
  const kept = draftsElsewhere();
  if (!kept.length) return null;
  return h('div', { className: 'notice kept-words', id: 'kept-words', tabindex: '-1', 'aria-labelledby': 'kept-words-title' },
    h('h2', { id: 'kept-words-title' }, t('keptTitle')),
    h('p', {}, t('keptBody')),
    h('ul', { className: 'answers' }, kept.map((k) => h('li', {},
      k.label ? h('p', { className: 'meta' }, k.label) : null,
      h('p', { className: 'words' }, k.text)))),
    h('button', {
      className: 'button secondary small', type: 'button', onclick: (event) => {
        kept.forEach((k) => clearDraft(k.name));
        event.currentTarget.closest('.kept-words').remove();
        document.querySelector('main h1')?.focus();
      },
    }, t('keptForget')));
}
