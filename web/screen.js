import { h, replace } from './dom.js';
import { t, pick, formatDate, pickText } from './i18n.js';
import { setTitle, onLeave, tokenFromLink } from './navigation.js';
import * as live from './live.js';
import { timerBox } from './timer.js';
import { progressLine } from './console-room.js';
import { LENSES, lensName, priorityThemes, causeTree, shortlisted } from './board.js';
import { gridChart, groupMarkers, shortNumber, svg } from './grid.js';

// The big screen in the room follows the stage: how to join and how many have, the theme
// wall, the live vote bars, the why-chains and what success would look like; on day 2 what
// is in place, the ideas and their votes, the investment grid and the action plans.
export async function show(workshopId) {
  const token = tokenFromLink(`cg.screen.${workshopId}`, sessionStorage);
  document.body.classList.add('screen');
  const main = document.getElementById('main');
  let board;
  try {
    board = await live.follow(workshopId, token);
  } catch (e) {
    setTitle(t('problem'));
    replace(main, h('h1', {}, t('problem')), h('p', {}, e.message || t('offline')));
    return;
  }
  const stage = h('div', { 'aria-live': 'polite' });
  const clock = h('div', {});
  const w = board.workshop;
  setTitle(pickText(w, 'title'));
  replace(main, h('div', { className: 'screen-wrap' },
    h('div', {}, h('h1', {}, pickText(w, 'title')), clock, stage),
    h('div', {},
      h('h2', {}, t('screenJoin')),
      h('img', { className: 'qr', src: `/api/join/${encodeURIComponent(w.code)}/qr.svg`, alt: t('qrAlt', { url: w.joinUrl }) }),
      h('p', {}, t('screenOrVisit', { url: w.joinUrl })),
      h('p', { className: 'code-big' }, w.code))));

  const draw = () => {
    const views = { clustering: wall, theme_voting: themeBars, root_causes: causes, success, in_place: inPlace, ideas, idea_voting: ideaBars, grid, action_planning: plans };
    // The countdown and progress sit outside the stage's live region, which would read them out every second.
    replace(clock, timerBox(board, { className: 'screen-timer' }),
      board.progress && board.phase !== 'gathering' ? h('p', { className: 'count progress-line' }, progressLine(board)) : null);
    replace(stage, h('p', { className: 'lead' }, t(`phase_${board.phase}`)), (views[board.phase] || gathering)(board));
  };
  draw();
  const unwatch = live.watch((next) => { board = next; draw(); });
  onLeave(() => { unwatch(); live.stop(); });
}

function gathering(board) {
  return h('div', {},
    h('div', { className: 'stats' },
      h('p', {}, h('span', { className: 'stat' }, board.counts.joined), t('screenHere')),
      board.counts.answeredBeforehand ? h('p', {}, h('span', { className: 'stat' }, board.counts.answeredBeforehand), t('screenBeforehand')) : null,
      board.counts.writtenDown ? h('p', {}, h('span', { className: 'stat' }, board.counts.writtenDown), t('screenWrittenDown')) : null,
      h('p', {}, h('span', { className: 'stat' }, board.counts.statements), t('screenAnswers'))),
    h('ol', { className: 'prompts' }, board.workshop.prompts.map((p) => h('li', {}, pick(p.text)))));
}

function wall(board) {
  return board.workshop.prompts.map((p) => {
    const themes = board.themes.filter((th) => th.category === p.id);
    const unsorted = board.statements.filter((s) => s.prompt === p.id && !s.themeId).length;
    return h('section', {},
      h('h2', {}, pick(p.text)),
      h('ol', {}, themes.map((th) => h('li', {}, th.title, ' ', h('span', { className: 'meta' }, `(${t('statementsCount', { n: th.count })})`)))),
      unsorted ? h('p', { className: 'meta' }, `${t('unsorted')}: ${unsorted}`) : null);
  });
}

function themeBars(board) {
  return bars(board.themes.map((th) => ({ title: th.title, dots: th.dots, warm: th.category !== 'not_working' })));
}

function ideaBars(board) {
  return bars(board.ideas.map((i) => ({ title: i.text, dots: i.dots, warm: true })));
}

function bars(items) {
  const ranked = items.slice().sort((a, b) => b.dots - a.dots).slice(0, 10);
  const most = Math.max(1, ...ranked.map((th) => th.dots));
  const rowHeight = 92;
  // Each theme's title sits above its bar, large enough to read from the back of the room.
  const chart = svg('svg', { class: 'bars', viewBox: `0 0 1000 ${rowHeight * ranked.length + 10}`, role: 'img', 'aria-labelledby': 'bars-title' },
    svg('title', { id: 'bars-title' }, t('votesPanel')),
    ...ranked.map((th, i) => {
      const y = i * rowHeight;
      const width = Math.round((th.dots / most) * 880);
      return svg('g', {},
        svg('text', { x: 0, y: y + 32, 'font-size': 30, fill: '#0b0c0c' }, th.title.length > 60 ? `${th.title.slice(0, 59)}…` : th.title),
        svg('rect', { x: 0, y: y + 44, width: Math.max(width, 3), height: 36, fill: th.warm ? '#00703c' : '#b4261a' }),
        svg('text', { x: width + 12, y: y + 73, 'font-size': 30, 'font-weight': 700, fill: '#0b0c0c' }, th.dots));
    }));
  return h('div', {}, chart,
    h('table', { className: 'visually-hidden' }, h('caption', {}, t('votesPanel')),
      h('tbody', {}, ranked.map((th) => h('tr', {}, h('th', { scope: 'row' }, th.title), h('td', {}, th.dots))))));
}

function inPlace(board) {
  return priorityThemes(board).map((th) => h('section', {}, h('h2', {}, th.title),
    h('ul', {}, board.inPlace.filter((i) => i.themeId === th.id).map((i) => h('li', {}, i.text)))));
}

function ideas(board) {
  return priorityThemes(board).map((th) => h('section', {}, h('h2', {}, th.title),
    LENSES.map((lens) => {
      const these = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens);
      return these.length ? h('div', {}, h('h3', {}, lensName(board, lens)), h('ul', {}, these.map((i) => h('li', {}, i.text)))) : null;
    })));
}

function causes(board) {
  return priorityThemes(board).map((th) => h('section', {}, h('h2', {}, th.title), causeTree(board, th.id) || h('p', {}, t('noCausesYet'))));
}

function success(board) {
  return priorityThemes(board).map((th) => h('section', {},
    h('h2', {}, th.title),
    board.workshop.perspectives.map((p) => {
      const said = board.success.filter((su) => su.themeId === th.id && su.perspective === p.id);
      return said.length ? h('div', {}, h('h3', {}, pick(p.label)), h('ul', {}, said.map((su) => h('li', {}, su.text)))) : null;
    })));
}

// The grid as the room built it: each shortlisted idea as a numbered marker, the numbers
// explained beside it.
function grid(board) {
  const ideas = shortlisted(board);
  const markers = groupMarkers(ideas);
  return h('div', { className: 'screen-grid' },
    h('div', { className: 'chart-wrap big' }, gridChart({ title: t('gridTitle'), markers, fontSize: 22 })),
    h('ol', { className: 'grid-legend' }, ideas.map((idea) => h('li', {}, idea.text, ' ',
      h('span', { className: 'meta' }, idea.grid.position
        ? `(${t(`quadrant_${idea.grid.position.quadrant}`)}: ${shortNumber(idea.grid.position.effort)}, ${shortNumber(idea.grid.position.difference)})`
        : `(${t('gridNotPlaced')})`)))));
}

function plans(board) {
  if (!board.actions.length) return h('p', {}, t('noPlansYet'));
  return h('ul', { className: 'plan-list' }, board.actions.map((plan) => h('li', {},
    h('h2', {}, plan.title),
    h('p', {}, `${t('leadLabel')}: ${plan.leadName}. ${t('supportersCount', { n: plan.supporters })}`),
    plan.steps.length ? h('p', { className: 'meta' }, `${t('firstStep')}: ${plan.steps[0].text}${plan.steps[0].due ? `, ${t('stepDueShort', { due: formatDate(plan.steps[0].due) })}` : ''}`) : null)));
}
