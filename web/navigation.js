import { t } from './i18n.js';

// What every page needs from the router without importing it: moving to another address,
// the page title, what to stop when the person leaves a page, and tokens that came in a link.
// app.js registers how a page is drawn; page modules never import app.js.
let leaving = [];
let draw = () => {};

export function setRenderer(render) { draw = render; }

export function onLeave(stop) { leaving.push(stop); }

// Runs and forgets what the page being left asked to stop.
export function leave() {
  leaving.forEach((stop) => stop());
  leaving = [];
}

export function go(path, { replaceState = false } = {}) {
  if (replaceState) history.replaceState({}, '', path);
  else history.pushState({}, '', path);
  draw(true);
}

// A token that came in a link's ?token= is kept on this device and taken out of the address bar.
export function tokenFromLink(key, storage) {
  const fromLink = new URLSearchParams(location.search).get('token');
  if (fromLink) {
    storage.setItem(key, fromLink);
    history.replaceState({}, '', location.pathname);
  }
  return storage.getItem(key);
}

export function setTitle(page) {
  document.title = t('pageTitle', { page });
}
