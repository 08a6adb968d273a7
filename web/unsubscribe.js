import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { call } from './api.js';
import { setTitle } from './navigation.js';
import { problemText } from './forms.js';

// The link at the foot of an update email. Opening it is the one click: the page asks the API
// to stop the emails (a page, not the address alone, so mail scanners that open links do not).
export async function show() {
  const main = document.getElementById('main');
  const token = new URLSearchParams(location.search).get('token');
  if (token) history.replaceState({}, '', location.pathname);
  setTitle(t('unsubscribeTitle'));
  try {
    if (!token) throw new Error(t('unsubscribeNoLink'));
    await call('POST', '/unsubscribe', { body: { token } });
    replace(main, h('div', { className: 'panel', role: 'status' }, h('h1', {}, t('unsubscribed'))), h('p', {}, t('unsubscribedBody')));
  } catch (e) {
    replace(main, h('h1', {}, t('unsubscribeTitle')), h('p', {}, e.status !== undefined ? problemText(e) : e.message));
  }
}
