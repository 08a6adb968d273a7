import { h, replace, announce, shorten } from './dom.js';
import { t, pick } from './i18n.js';
import { call } from './api.js';
import { field, errorSummary, focusErrorSummary, problemText } from './forms.js';
import { setTitle, onLeave } from './app.js';
import { priorityThemes, causesUnder } from './board.js';

// A participant's day 1: the theme wall while the room clusters, dot voting, why-chains for
// the top themes, and what success would look like. Everything shown is anonymous.
const main = () => document.getElementById('main');

export function show(context) {
  const views = { clustering: wall, theme_voting: voting, root_causes: causes, success };
  views[context.board.phase](context);
}

function byId(list) {
  return Object.fromEntries(list.map((item) => [item.id, item]));
}

// Checks now and then for changes; redraws only when the person is not in the middle of typing
// or of saving something.
export function keepFresh(context, redraw) {
  const timer = setInterval(async () => {
    try {
      const next = await call('GET', `/workshops/${context.join.workshopId}/board?since=${context.board.version}`, { token: context.me.token });
      if (next.status !== 200) return;
      if (next.phase !== context.board.phase) { clearInterval(timer); context.reload(); return; }
      const typing = [...main().querySelectorAll('textarea')].some((a) => a.value.trim()) || main().contains(document.activeElement) && document.activeElement.matches('textarea, select');
      if (!typing && !context.saving) { context.board = next; redraw(context); }
    } catch { /* Try again on the next tick. */ }
  }, 4000);
  onLeave(() => clearInterval(timer));
}

function wall(context) {
  const { board, join } = context;
  setTitle(t('clusteringTitle'));
  const statements = byId(board.statements);
  replace(main(),
    h('h1', {}, t('clusteringTitle')),
    h('p', {}, t('clusteringIntro')),
    join.prompts.map((p) => {
      const themes = board.themes.filter((th) => th.category === p.id);
      const unsorted = board.statements.filter((s) => s.prompt === p.id && !s.themeId);
      return h('section', {},
        h('h2', {}, pick(p.text)),
        themes.length ? null : h('p', {}, t('noThemesYet')),
        themes.map((th) => h('div', { className: 'theme-card' },
          h('h3', {}, th.title),
          h('p', { className: 'meta' }, t('statementsCount', { n: th.count })),
          h('ul', { className: 'answers' }, th.statementIds.map((id) => h('li', {}, h('p', { className: 'words' }, statements[id]?.text || '')))))),
        unsorted.length ? h('div', { className: 'theme-card unsorted' },
          h('h3', {}, t('unsorted')),
          h('ul', { className: 'answers' }, unsorted.map((s) => h('li', {}, h('p', { className: 'words' }, s.text))))) : null);
    }));
  keepFresh(context, wall);
}

function dots(n, of) {
  return h('span', { className: 'dots', 'aria-hidden': 'true' }, '●'.repeat(n) + '○'.repeat(Math.max(0, of - n)));
}

let placing = false;

function voting(context) {
  const { board, join } = context;
  const statements = byId(board.statements);
  const settings = board.workshop.settings;
  dotVoting(context, {
    title: t('votingTitle'),
    intro: t('votingIntro', { cap: settings.dotCap }),
    budget: settings.dotBudget,
    cap: settings.dotCap,
    groups: join.prompts.map((p) => ({
      heading: pick(p.text),
      items: board.themes.filter((th) => th.category === p.id).map((th) => ({
        id: th.id, title: th.title, myDots: th.myDots, count: th.count,
        texts: th.statementIds.map((id) => statements[id]?.text || ''),
      })),
    })),
  });
}

// Voting with dots on themes (day 1) or ideas (day 2): a budget per person, a cap per item.
export function dotVoting(context, config, error = null) {
  const { board, join, me } = context;
  setTitle(config.title);
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, config.title),
    h('p', {}, config.intro),
    h('p', { className: 'count', id: 'dots-left' }, t('dotsLeft', { n: board.me.dotsLeft, budget: config.budget })),
    config.groups.filter((g) => g.items.length).map((group) => h('section', {},
      h('h2', {}, group.heading),
      group.items.map((item) => h('div', { className: 'theme-card', id: `theme-${item.id}` },
        h('h3', { id: `title-${item.id}` }, item.title),
        item.count === undefined ? null : h('p', { className: 'meta' }, t('statementsCount', { n: item.count })),
        item.texts ? h('details', {}, h('summary', {}, t('showAnswers')),
          h('ul', { className: 'answers' }, item.texts.map((text) => h('li', {}, h('p', { className: 'words' }, text))))) : null,
        h('p', { className: 'my-dots' }, dots(item.myDots, config.cap), ' ', t('yourDots', { n: item.myDots })),
        h('div', { className: 'vote-row' },
          h('button', {
            className: 'button secondary small', type: 'button', 'aria-describedby': `title-${item.id}`,
            disabled: item.myDots === 0, onclick: () => place(item, item.myDots - 1),
          }, '−', h('span', { className: 'visually-hidden' }, ` ${t('removeDot')}`)),
          h('button', {
            className: 'button small', type: 'button', 'aria-describedby': `title-${item.id}`,
            disabled: item.myDots >= config.cap || board.me.dotsLeft === 0, onclick: () => place(item, item.myDots + 1),
          }, '+', h('span', { className: 'visually-hidden' }, ` ${t('addDot')}`))))))));
  if (error) focusErrorSummary();

  async function place(item, wanted) {
    // A second tap before the first is answered would count from the old number.
    if (placing) return;
    placing = true;
    try {
      const placed = await call('PUT', `/workshops/${join.workshopId}/votes/${item.id}`, { token: me.token, body: { dots: wanted } });
      const added = wanted > item.myDots;
      item.myDots = placed.dots;
      board.me.dotsLeft = placed.dotsLeft;
      dotVoting(context, config);
      const again = document.querySelector(`#theme-${item.id} .vote-row button:${added ? 'last-child' : 'first-child'}`);
      (again && !again.disabled ? again : document.querySelector(`#theme-${item.id} .vote-row button:not([disabled])`))?.focus();
      announce(t(added ? 'dotAdded' : 'dotRemoved', { title: item.title, left: placed.dotsLeft }));
    } catch (e) {
      if (e.error === 'wrong_phase') return context.reload();
      dotVoting(context, config, problemText(e));
    } finally {
      placing = false;
    }
  }
}

function causes(context, error = null) {
  const { board, join, me } = context;
  setTitle(t('causesTitle'));
  const themes = priorityThemes(board);
  const tree = (themeId, parentId) => {
    const children = causesUnder(board, themeId, parentId);
    if (!children.length) return null;
    return h('ul', { className: 'cause-tree' }, children.map((c) => h('li', {},
      h('p', { className: 'words' }, c.text),
      c.depth < 5 ? h('details', {}, h('summary', {}, t('askWhy'), h('span', { className: 'visually-hidden' }, ` ${shorten(c.text, 60)}`)),
        causeForm(themeId, c.id, t('whyLabel'))) : null,
      tree(themeId, c.id))));
  };
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('causesTitle')),
    h('p', {}, t('causesIntro')),
    themes.length ? null : h('p', {}, t('prioritiesNone')),
    themes.map((th) => h('section', { className: 'theme-card' },
      h('h2', {}, th.title),
      tree(th.id, null) || h('p', {}, t('noCausesYet')),
      causeForm(th.id, null, t('causeLabel')))));
  if (error) focusErrorSummary();
  keepFresh(context, causes);

  function causeForm(themeId, parentId, label) {
    const id = `cause-${themeId}-${parentId || 'top'}`;
    const text = h('textarea', { name: 'text', rows: '3' });
    return h('form', {
      novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        if (!text.value.trim()) return causes(context, t('answerMissing'));
        try {
          await call('POST', `/workshops/${join.workshopId}/causes`, { token: me.token, body: { themeId, parentId: parentId || undefined, text: text.value } });
          context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
          causes(context);
          announce(t('causeAdded'));
        } catch (e) {
          if (e.error === 'wrong_phase') return context.reload();
          causes(context, problemText(e));
        }
      },
    }, field({ id, label, control: text }), h('button', { className: 'button secondary', type: 'submit' }, t('addCause')));
  }
}

function success(context, error = null) {
  const { board, join, me } = context;
  setTitle(t('successTitle'));
  const perspectives = board.workshop.perspectives;
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('successTitle')),
    h('p', {}, t('successIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => {
      const said = board.success.filter((su) => su.themeId === th.id);
      const select = h('select', { name: 'perspective' }, perspectives.map((p) => h('option', { value: p.id, selected: p.id === board.me.perspective }, pick(p.label))));
      const text = h('textarea', { name: 'text', rows: '3' });
      return h('section', { className: 'theme-card' },
        h('h2', {}, th.title),
        said.length ? perspectives.map((p) => {
          const mineHere = said.filter((su) => su.perspective === p.id);
          return mineHere.length ? h('div', {}, h('h3', {}, pick(p.label)), h('ul', { className: 'answers' }, mineHere.map((su) => h('li', {}, h('p', { className: 'words' }, su.text))))) : null;
        }) : h('p', {}, t('noSuccessYet')),
        h('form', {
          novalidate: true, onsubmit: async (event) => {
            event.preventDefault();
            if (!text.value.trim()) return success(context, t('answerMissing'));
            try {
              await call('POST', `/workshops/${join.workshopId}/success`, { token: me.token, body: { themeId: th.id, perspective: select.value, text: text.value } });
              context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
              success(context);
              announce(t('successAdded'));
            } catch (e) {
              if (e.error === 'wrong_phase') return context.reload();
              success(context, problemText(e));
            }
          },
        },
        field({ id: `success-perspective-${th.id}`, label: t('successPerspective'), control: select }),
        field({ id: `success-text-${th.id}`, label: t('successLabel'), control: text }),
        h('button', { className: 'button secondary', type: 'submit' }, t('addSuccess'))));
    }));
  if (error) focusErrorSummary();
  keepFresh(context, success);
}
