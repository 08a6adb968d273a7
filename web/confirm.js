import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { call } from './api.js';
import { setTitle } from './navigation.js';
import { problemText } from './forms.js';

// The link in a confirmation email. The address is confirmed only when its owner presses the
// button (a POST), so mail scanners that open every link confirm nothing.
export function show() {
  const main = document.getElementById('main');
  const token = new URLSearchParams(location.search).get('token');
  if (token) history.replaceState({}, '', location.pathname);
  setTitle(t('confirmTitle'));
  if (!token) {
    replace(main, h('h1', {}, t('confirmTitle')), h('p', {}, t('confirmNoLink')));
    return;
  }
  const status = h('div', { role: 'status' });
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await call('POST', '/confirmations', { body: { token } });
        replace(main, h('div', { className: 'panel', role: 'status' }, h('h1', {}, t('confirmed'))), h('p', {}, t('confirmedBody')));
      } catch (e) {
        replace(status, h('p', { className: 'error-message' }, e.status !== undefined ? problemText(e) : e.message));
      }
    },
  }, h('button', { className: 'button', type: 'submit' }, t('confirmButton')));
  replace(main, h('h1', {}, t('confirmTitle')), h('p', {}, t('confirmBody')), form, status);
}
