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
export function errorSummary(errors) {
  if (!errors.length) return null;
  return h('div', { className: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, t('problem')),
    h('ul', {}, errors.map((e) => h('li', {}, e.href ? h('a', { href: e.href }, e.text) : e.text))));
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
