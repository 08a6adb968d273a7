import { h, replace } from './dom.js';
import { t, pick } from './i18n.js';
import { LENSES, lensName, priorityThemes } from './board.js';

// What the facilitator sees of day 2 so far: what is in place and the ideas, with their dots.

export function dayTwoPanel() {
  const element = h('div', {});

  function draw(board) {
    const perspectives = board.workshop.perspectives;
    replace(element,
      h('h2', { id: 'day-two-heading' }, t('ideasTitle')),
      priorityThemes(board).map((th) => h('div', { className: 'theme-card' },
        h('h3', {}, th.title),
        h('h4', {}, t('inPlaceTitle')),
        h('ul', {}, board.inPlace.filter((i) => i.themeId === th.id).map((i) => h('li', {}, i.text))),
        LENSES.map((lens) => {
          const ideas = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens).sort((a, b) => b.dots - a.dots);
          return ideas.length ? h('div', {},
            h('h4', {}, lensName(board, lens)),
            h('div', { className: 'table-wrap' }, h('table', {},
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('ideaLabel')), h('th', { scope: 'col' }, t('dotsWord', { n: '' }).trim()),
                perspectives.map((p) => h('th', { scope: 'col' }, pick(p.label))))),
              h('tbody', {}, ideas.map((i) => h('tr', {}, h('th', { scope: 'row' }, i.text), h('td', {}, i.dots),
                perspectives.map((p) => h('td', {}, i.dotsByPerspective[p.id] || 0)))))))) : null;
        }))));
  }

  return { element, draw };
}
