import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { call } from './api.js';
import { field, errorSummary, focusErrorSummary } from './forms.js';
import { go, setTitle } from './navigation.js';

export function show(error, typed = '') {
  setTitle(t('homeTitle'));
  const input = h('input', { type: 'text', name: 'code', value: typed, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', className: 'short' });
  const form = h('form', { novalidate: true, onsubmit: submit },
    field({ id: 'code', label: t('codeLabel'), hint: t('codeHint'), error, control: input }),
    h('button', { className: 'button', type: 'submit' }, t('join')));
  replace(document.getElementById('main'),
    errorSummary(error ? [{ href: '#code', text: error }] : []),
    h('h1', {}, t('homeTitle')),
    h('p', { className: 'lead' }, t('homeIntro')),
    form,
    h('p', {}, h('a', { href: '/facilitate', 'data-nav': true }, t('facilitatorLink'))));
  if (error) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const code = input.value.trim();
    if (!code) return show(t('codeMissing'), code);
    try {
      const join = await call('GET', `/join/${encodeURIComponent(code)}`);
      go(`/join/${join.code}`);
    } catch (e) {
      show(e.status === 404 ? t('codeNotFound') : t('offline'), code);
    }
  }
}
