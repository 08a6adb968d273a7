import { h, patch, announce } from './dom.js';
import { t } from './i18n.js';
import { sending } from './forms.js';

// The console's one control for any contribution (an answer, a root cause, a success statement,
// something in place, an idea, an action plan, a progress update): hide it or show it again, and
// let through one the workshop held back. Plain buttons, so a keyboard or a single tap works; a
// double press sends once.
export function moderation(item, options) {
  const { refresh, problem } = options;
  const words = ` ${String(item.text || item.title || '').slice(0, 40)}`;
  async function set(event, hidden, done) {
    await sending(event.currentTarget, async () => {
      try {
        await setHidden(options, item.id, hidden);
        announce(t(done));
        await refresh(true);
      } catch (e) { problem(e); }
    });
  }
  return h('span', { className: 'moderation' },
    item.held ? h('span', { className: 'tag held-tag' }, t('heldTag')) : null,
    item.hidden ? h('span', { className: 'tag hidden-tag' }, t('hiddenTag')) : null,
    item.held ? h('button', { className: 'button secondary small', type: 'button', onclick: (event) => set(event, false, 'letThroughDone') },
      t('letThrough'), h('span', { className: 'visually-hidden' }, words)) : null,
    h('button', { className: 'button secondary small', type: 'button', onclick: (event) => set(event, !item.hidden, item.hidden ? 'shownDone' : 'hiddenDone') },
      item.hidden ? t('show') : t('hide'), h('span', { className: 'visually-hidden' }, words)));
}

// Hides one contribution of any kind (hidden true) or shows it again (false), which also lets a
// held one through; resolves once the API has done it and throws its error otherwise. Callers
// say what happened and refresh the board.
export function setHidden({ workshopId, api }, itemId, hidden) {
  return api('PUT', `/workshops/${workshopId}/items/${itemId}/hidden`, { hidden });
}

// Everything on the board that waits for a facilitator, of every kind, oldest first.
export function waiting(board) {
  const held = [];
  const add = (kind, items) => items.filter((i) => i.held).forEach((i) => held.push({ ...i, kind }));
  add('statement', board.statements);
  add('cause', board.causes);
  add('success', board.success);
  add('in_place', board.inPlace);
  add('idea', board.ideas);
  add('action_plan', board.actions);
  add('progress_update', board.actions.flatMap((a) => a.updates));
  return held.sort((a, b) => (a.id < b.id ? -1 : 1));
}

// The console's "Waiting for you to let through" card, {element, draw(board)}: shown while
// anything waits, or always when the workshop holds new contributions.
export function waitingCard(options) {
  const element = h('div', {});
  return {
    element,
    draw(board) {
      const held = waiting(board);
      patch(element, held.length || board.workshop.settings.holdContributions ? h('section', { className: 'notice', 'aria-labelledby': 'waiting-heading' },
        h('h2', { id: 'waiting-heading' }, t('waitingTitle'), ' ', h('span', { className: 'meta' }, `(${held.length})`)),
        h('p', {}, t('waitingHint')),
        h('ul', { className: 'answers' }, held.map((item) => h('li', { 'data-key': item.id },
          h('p', { className: 'words' }, item.text || item.title),
          h('p', { className: 'meta' }, h('span', { className: 'tag' }, t(`kind_${item.kind}`))),
          h('div', { className: 'actions' }, moderation(item, options)))))) : null);
    },
  };
}
