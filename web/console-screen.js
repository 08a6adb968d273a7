import { h, replace, announce } from './dom.js';
import { t } from './i18n.js';

// Big-screen links for the facilitator: make one to copy to any computer in the room (it
// carries its own read-only token and works until the end of the workshop's last day), see
// the links in use, and stop any of them at once.
export function screenLinksPanel({ workshopId, api, problem }) {
  const made = h('div', {});
  const inUse = h('div', {});
  const element = h('section', { className: 'card', 'aria-labelledby': 'screen-heading' },
    h('h2', { id: 'screen-heading' }, t('screenPanel')),
    h('p', { className: 'hint' }, t('screenLinkHint')),
    h('div', { className: 'button-row' },
      h('button', { className: 'button secondary', type: 'button', onclick: () => make(false) }, t('screenLinkMake')),
      h('button', { className: 'button secondary', type: 'button', onclick: () => make(true) }, t('openScreen'))),
    made,
    inUse);

  async function make(open) {
    try {
      const link = await api('POST', `/workshops/${workshopId}/screen-links`);
      if (open) window.open(link.url, '_blank', 'noopener');
      const field = h('input', { type: 'text', id: 'screen-link', readonly: true, value: link.url, spellcheck: 'false' });
      replace(made, h('div', { className: 'field' },
        h('label', { for: 'screen-link' }, t('screenLinkLabel')),
        field,
        h('div', { className: 'button-row' },
          h('button', {
            className: 'button secondary small', type: 'button', onclick: async () => {
              try { await navigator.clipboard.writeText(link.url); announce(t('copied')); } catch { field.select(); }
            },
          }, t('screenLinkCopy')),
          h('a', { href: link.url, target: '_blank', rel: 'noopener' }, t('screenLinkOpen')))));
      if (!open) field.focus();
      await list();
    } catch (e) { problem(e); }
  }

  async function list() {
    const { links } = await api('GET', `/workshops/${workshopId}/screen-links`);
    replace(inUse, links.length ? [
      h('h3', {}, t('screenLinksInUse')),
      h('ul', { className: 'screen-links' }, links.map((link) => h('li', {},
        h('p', { className: 'meta' }, t('screenLinkUntil', { made: when(link.createdAt), until: when(link.expiresAt) })),
        h('button', {
          className: 'button warning small', type: 'button', onclick: async () => {
            try {
              await api('DELETE', `/workshops/${workshopId}/screen-links/${link.id}`);
              replace(made);
              await list();
              announce(t('screenLinkStopped'));
              element.querySelector('h2').focus?.();
            } catch (e) { problem(e); }
          },
        }, t('screenLinkStop'), h('span', { className: 'visually-hidden' }, ` (${when(link.createdAt)})`))))),
    ] : null);
  }

  list().catch(problem);
  return { element, draw() {} };
}

function when(iso) {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
