import { h, replace } from './dom.js';
import { t, pick } from './i18n.js';
import { call } from './api.js';
import { setTitle, onLeave } from './app.js';

// The big screen in the room: how to join, how many have joined, and the questions.
export async function show(workshopId) {
  const key = `cg.screen.${workshopId}`;
  const fromLink = new URLSearchParams(location.search).get('token');
  if (fromLink) {
    sessionStorage.setItem(key, fromLink);
    history.replaceState({}, '', location.pathname);
  }
  const token = sessionStorage.getItem(key);
  document.body.classList.add('screen');
  const main = document.getElementById('main');
  let board;
  try {
    board = await call('GET', `/workshops/${workshopId}/board`, { token });
  } catch (e) {
    setTitle(t('problem'));
    replace(main, h('h1', {}, t('problem')), h('p', {}, e.message || t('offline')));
    return;
  }
  const people = h('span', { className: 'stat' });
  const answers = h('span', { className: 'stat' });
  const phase = h('p', { className: 'lead' });
  const w = board.workshop;
  setTitle(w.title);
  replace(main, h('div', { className: 'screen-wrap' },
    h('div', {},
      h('h1', {}, w.title),
      phase,
      h('div', { className: 'stats', 'aria-live': 'polite' },
        h('p', {}, people, t('screenPeople')),
        h('p', {}, answers, t('screenAnswers'))),
      h('ol', { className: 'prompts' }, w.prompts.map((p) => h('li', {}, pick(p.text))))),
    h('div', {},
      h('h2', {}, t('screenJoin')),
      h('img', { className: 'qr', src: `/api/join/${encodeURIComponent(w.code)}/qr.svg`, alt: `QR code: ${w.joinUrl}` }),
      h('p', {}, t('screenOrVisit', { url: w.joinUrl })),
      h('p', { className: 'code-big' }, w.code))));
  const draw = () => {
    people.textContent = board.counts.participants;
    answers.textContent = board.counts.statements;
    phase.textContent = t(`phase_${board.phase}`);
  };
  draw();
  const timer = setInterval(async () => {
    try {
      const next = await call('GET', `/workshops/${workshopId}/board?since=${board.version}`, { token });
      if (next.status === 200) { board = next; draw(); }
    } catch { /* Keep showing the last state; try again shortly. */ }
  }, 3000);
  onLeave(() => clearInterval(timer));
}
