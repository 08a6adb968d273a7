import { h, replace, focusHeading } from './dom.js';
import { t, language, setLanguage } from './i18n.js';
import { go, leave, setRenderer, setTitle } from './navigation.js';
import { renderFooter } from './site.js';

// Wires the pages together: which module draws which address. Pages import navigation.js,
// never this file.

const routes = [
  [/^\/join\/([^/]+)(\/.*)?$/, (m) => import('./participant.js').then((v) => v.show(decodeURIComponent(m[1]), m[2] || ''))],
  [/^\/signin\/?$/, () => import('./facilitator.js').then((v) => v.signIn())],
  [/^\/facilitate(\/.*)?$/, (m) => import('./facilitator.js').then((v) => v.show(m[1] || ''))],
  [/^\/screen\/([^/]+)\/?$/, (m) => import('./screen.js').then((v) => v.show(m[1]))],
  [/^\/lead\/([^/]+)\/([^/]+)\/?$/, (m) => import('./lead.js').then((v) => v.show(m[1], m[2]))],
  [/^\/outcomes\/([^/]+)\/?$/, (m) => import('./outcomes.js').then((v) => v.show(decodeURIComponent(m[1])))],
  [/^\/unsubscribe\/?$/, () => import('./unsubscribe.js').then((v) => v.show())],
  [/^\/accessibility\/?$/, () => import('./about.js').then((v) => v.accessibility())],
  [/^\/privacy\/?$/, () => import('./about.js').then((v) => v.privacy())],
  [/^\/confirm\/?$/, () => import('./confirm.js').then((v) => v.show())],
  [/^\/$/, () => import('./home.js').then((v) => v.show())],
];

async function render(moveFocus) {
  leave();
  document.documentElement.lang = language();
  document.body.classList.remove('screen');
  renderChrome();
  const main = document.getElementById('main');
  const route = routes.find(([pattern]) => pattern.test(location.pathname));
  if (!route) {
    setTitle(t('pageNotFound'));
    replace(main, h('h1', {}, t('pageNotFound')), h('p', {}, h('a', { href: '/' }, t('goToStart'))));
    return;
  }
  await route[1](location.pathname.match(route[0]));
  if (moveFocus) focusHeading();
}

function renderChrome() {
  document.getElementById('skip-link').textContent = t('skip');
  document.getElementById('site-name').textContent = t('siteName');
  const nav = document.getElementById('language-nav');
  nav.setAttribute('aria-label', t('languageNav'));
  const option = (lang, label) => (language() === lang
    ? h('span', { lang, 'aria-current': 'true' }, label)
    : h('a', { href: `?lang=${lang}`, lang, hreflang: lang, 'data-lang': lang }, label));
  replace(nav, option('en', t('english')), option('cy', t('welsh')));
  renderFooter();
}

document.addEventListener('click', (event) => {
  const lang = event.target.closest('a[data-lang]');
  if (lang) {
    event.preventDefault();
    setLanguage(lang.dataset.lang);
    render(false);
    return;
  }
  const link = event.target.closest('a[data-nav]');
  if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    event.preventDefault();
    go(link.getAttribute('href'));
  }
});
window.addEventListener('popstate', () => render(true));
setRenderer(render);

const asked = new URLSearchParams(location.search).get('lang');
if (asked === 'en' || asked === 'cy') {
  setLanguage(asked);
  history.replaceState({}, '', location.pathname);
}
render(false);
