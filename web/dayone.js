import { h, draw, announce, shorten } from './dom.js';
import { t, pick } from './i18n.js';
import { call } from './api.js';
import { field, errorSummary, focusErrorSummary, problemText } from './forms.js';
import { setTitle } from './navigation.js';
import { priorityThemes, causesUnder, stageTop } from './board.js';
import { contribute, inFlight, pendingFor, pendingItem, heldMark } from './contributions.js';
import * as live from './live.js';

// A participant's day 1: the theme wall while the room clusters, dot voting, why-chains for
// the top themes, and what success would look like. Everything shown is anonymous. Each view
// draws from context.board and is drawn again (patched) whenever the board changes.
const main = () => document.getElementById('main');

export function show(context) {
  const views = { clustering: wall, theme_voting: voting, root_causes: causes, success };
  const view = views[context.board.phase];
  context.error = null;
  context.redraw = () => view(context);
  context.redraw();
}

// A problem from the person's own action: shown in the summary at the top, which takes focus.
export function showProblem(context, message) {
  context.error = message;
  context.redraw();
  focusErrorSummary();
}

function byId(list) {
  return Object.fromEntries(list.map((item) => [item.id, item]));
}

function wall(context) {
  const { board, join } = context;
  setTitle(t('clusteringTitle'));
  const statements = byId(board.statements);
  draw(main(), 'clustering',
    h('h1', {}, t('clusteringTitle')),
    stageTop(board),
    h('p', {}, t('clusteringIntro')),
    join.prompts.map((p) => {
      const themes = board.themes.filter((th) => th.category === p.id);
      const unsorted = board.statements.filter((s) => s.prompt === p.id && !s.themeId);
      return h('section', { 'data-key': `prompt-${p.id}` },
        h('h2', {}, pick(p.text)),
        themes.length ? null : h('p', {}, t('noThemesYet')),
        themes.map((th) => h('div', { className: 'theme-card', 'data-key': th.id },
          h('h3', {}, th.title),
          h('p', { className: 'meta' }, t('statementsCount', { n: th.count })),
          h('ul', { className: 'answers' }, th.statementIds.map((id) => h('li', { 'data-key': id }, h('p', { className: 'words' }, statements[id]?.text || ''), heldMark(statements[id])))))),
        unsorted.length ? h('div', { className: 'theme-card unsorted', 'data-key': `unsorted-${p.id}` },
          h('h3', {}, t('unsorted')),
          h('ul', { className: 'answers' }, unsorted.map((s) => h('li', { 'data-key': s.id }, h('p', { className: 'words' }, s.text), heldMark(s))))) : null);
    }));
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
    page: 'theme_voting',
    title: t('votingTitle'),
    intro: t('votingIntro', { cap: settings.dotCap }),
    budget: settings.dotBudget,
    cap: settings.dotCap,
    groups: join.prompts.map((p) => ({
      heading: pick(p.text),
      // A theme with no answers (none went in, or all were hidden) is not one to vote on. One the
      // person has put dots on stays, for this visit, so they can take them back and keep their place.
      items: board.themes.filter((th) => th.category === p.id && (th.count > 0 || th.myDots > 0 || keptInView.has(th.id))).map((th) => ({
        id: th.id, title: th.title, myDots: th.myDots, count: th.count,
        texts: th.statementIds.map((id) => statements[id]?.text || ''),
      })),
    })),
  });
}

// Voting with dots on themes (day 1) or ideas (day 2): a budget per person, a cap per item.
// A button that cannot be used says so (aria-disabled) rather than being disabled, so focus
// stays on the button pressed; pressing it explains why, out loud.
// Empty themes a person had dots on, kept in view after their last dot comes off so focus has a place to stay.
const keptInView = new Set();

export function dotVoting(context, config) {
  const { board, join, me } = context;
  setTitle(config.title);
  const error = context.error;
  draw(main(), config.page,
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, config.title),
    stageTop(board),
    h('p', {}, config.intro),
    h('p', { className: 'count', id: 'dots-left' }, t('dotsLeft', { n: board.me.dotsLeft, budget: config.budget })),
    config.groups.filter((g) => g.items.length).map((group) => h('section', { 'data-key': `group-${group.heading}` },
      h('h2', {}, group.heading),
      group.items.map((item) => {
        const empty = item.count === 0;
        if (empty) keptInView.add(item.id);
        const full = empty || item.myDots >= config.cap || board.me.dotsLeft === 0;
        return h('div', { className: 'theme-card', id: `theme-${item.id}` },
          h('h3', { id: `title-${item.id}` }, item.title),
          heldMark(item),
          item.count === undefined ? null : h('p', { className: 'meta' }, t('statementsCount', { n: item.count })),
          item.texts ? h('details', {}, h('summary', {}, t('showAnswers')),
            h('ul', { className: 'answers' }, item.texts.map((text) => h('li', {}, h('p', { className: 'words' }, text))))) : null,
          h('p', { className: 'my-dots' }, dots(item.myDots, config.cap), ' ', t('yourDots', { n: item.myDots })),
          h('div', { className: 'vote-row' },
            h('button', {
              className: 'button secondary small', type: 'button', id: `less-${item.id}`, 'aria-describedby': `title-${item.id}`,
              'aria-disabled': item.myDots === 0 ? 'true' : null,
              onclick: () => (item.myDots === 0 ? announce(t('noDotToRemove', { title: item.title })) : place(item, item.myDots - 1)),
            }, '−', h('span', { className: 'visually-hidden' }, ` ${t('removeDot')}`)),
            h('button', {
              className: 'button small', type: 'button', id: `more-${item.id}`, 'aria-describedby': `title-${item.id}`,
              'aria-disabled': full ? 'true' : null,
              onclick: () => (full ? announce(atCap(item)) : place(item, item.myDots + 1)),
            }, '+', h('span', { className: 'visually-hidden' }, ` ${t('addDot')}`))));
      }))));

  function atCap(item) {
    if (item.count === 0) return t('themeEmptied', { title: item.title });
    return board.me.dotsLeft === 0 ? t('noDotsLeft') : t('dotCapReached', { cap: config.cap, title: item.title });
  }

  async function place(item, wanted) {
    // A second tap before the first is answered would count from the old number.
    if (placing) return;
    placing = true;
    try {
      const placed = await call('PUT', `/workshops/${join.workshopId}/votes/${item.id}`, { token: me.token, body: { dots: wanted } });
      const added = wanted > item.myDots;
      const target = [...board.themes, ...board.ideas].find((x) => x.id === item.id);
      if (target) target.myDots = placed.dots;
      board.me.dotsLeft = placed.dotsLeft;
      context.error = null;
      context.redraw();
      const full = placed.dots >= config.cap || placed.dotsLeft === 0;
      announce(`${t(added ? 'dotAdded' : 'dotRemoved', { title: item.title, left: placed.dotsLeft })}${added && full ? ` ${t('dotCapReached', { cap: config.cap, title: item.title })}` : ''}`);
      live.refresh().catch(() => {});
    } catch (e) {
      if (e.error === 'wrong_phase') { live.refresh().catch(() => {}); return; }
      showProblem(context, problemText(e));
    } finally {
      placing = false;
    }
  }
}

// The form for one contribution under a theme: a labelled box that keeps a draft, and its button.
export function contributionForm(context, { id, label, hint, button, path, body, about, done, extra = null }) {
  const { join, me } = context;
  const text = h('textarea', { name: 'text', rows: '3', 'data-draft': id });
  return h('form', {
    novalidate: true, 'data-key': `form-${id}`, onsubmit: async (event) => {
      event.preventDefault();
      const form = event.currentTarget;
      const words = form.elements.text.value;
      if (!words.trim() && inFlight(form)) return undefined;
      if (!words.trim()) return showProblem(context, t('answerMissing'), id);
      try {
        await contribute({
          form, draft: id, path: `/workshops/${join.workshopId}/${path}`, token: me.token,
          body: { ...body(form), text: words }, about, done,
          redraw: () => { context.error = null; context.redraw(); },
        });
        form.elements.text?.focus();
      } catch (e) {
        if (e.error !== 'wrong_phase') showProblem(context, problemText(e));
      }
      return undefined;
    },
  }, extra, field({ id, label, hint, control: text }), h('button', { className: 'button secondary', type: 'submit' }, button));
}

// Items on the board with what the person has just sent under the same heading; their own
// held ones say they wait for the facilitator.
export function listWith(items, waiting, show) {
  if (!items.length && !waiting.length) return null;
  return h('ul', { className: 'answers' }, items.map((item) => h('li', { 'data-key': item.id }, show(item), heldMark(item))), waiting.map(pendingItem));
}

function causes(context) {
  const { board } = context;
  setTitle(t('causesTitle'));
  const themes = priorityThemes(board);
  const tree = (themeId, parentId) => {
    const children = causesUnder(board, themeId, parentId);
    const waiting = pendingFor((about) => about.kind === 'cause' && about.themeId === themeId && about.parentId === parentId, board.causes);
    if (!children.length && !waiting.length) return null;
    return h('ul', { className: 'cause-tree' }, children.map((c) => h('li', { 'data-key': c.id },
      h('p', { className: 'words' }, c.text),
      heldMark(c),
      c.depth < 5 ? h('details', { id: `why-${c.id}` }, h('summary', {}, t('askWhy'), h('span', { className: 'visually-hidden' }, ` ${shorten(c.text, 60)}`)),
        causeForm(themeId, c.id, t('whyLabel'))) : null,
      tree(themeId, c.id))), waiting.map(pendingItem));
  };
  const error = context.error;
  draw(main(), 'root_causes',
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('causesTitle')),
    stageTop(board),
    h('p', {}, t('causesIntro')),
    themes.length ? null : h('p', {}, t('prioritiesNone')),
    themes.map((th) => h('section', { className: 'theme-card', 'data-key': th.id },
      h('h2', {}, th.title),
      tree(th.id, null) || h('p', {}, t('noCausesYet')),
      causeForm(th.id, null, t('causeLabel')))));

  function causeForm(themeId, parentId, label) {
    return contributionForm(context, {
      id: `cause-${themeId}-${parentId || 'top'}`, label, button: t('addCause'), path: 'causes',
      body: () => ({ themeId, parentId: parentId || undefined }),
      about: { kind: 'cause', themeId, parentId }, done: t('causeAdded'),
    });
  }
}

function success(context) {
  const { board } = context;
  setTitle(t('successTitle'));
  const perspectives = board.workshop.perspectives;
  const error = context.error;
  draw(main(), 'success',
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('successTitle')),
    stageTop(board),
    h('p', {}, t('successIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => {
      const said = board.success.filter((su) => su.themeId === th.id);
      const waiting = pendingFor((about) => about.kind === 'success' && about.themeId === th.id, board.success);
      const select = h('select', { name: 'perspective' }, perspectives.map((p) => h('option', { value: p.id, selected: p.id === board.me.perspective }, pick(p.label))));
      return h('section', { className: 'theme-card', 'data-key': th.id },
        h('h2', {}, th.title),
        said.length ? perspectives.map((p) => {
          const mineHere = said.filter((su) => su.perspective === p.id);
          return mineHere.length ? h('div', { 'data-key': `said-${p.id}` }, h('h3', {}, pick(p.label)),
            listWith(mineHere, [], (su) => h('p', { className: 'words' }, su.text))) : null;
        }) : h('p', {}, t('noSuccessYet')),
        waiting.length ? listWith([], waiting) : null,
        contributionForm(context, {
          id: `success-text-${th.id}`, label: t('successLabel'), button: t('addSuccess'), path: 'success',
          body: (form) => ({ themeId: th.id, perspective: form.elements.perspective.value }),
          about: { kind: 'success', themeId: th.id }, done: t('successAdded'),
          extra: field({ id: `success-perspective-${th.id}`, label: t('successPerspective'), control: select }),
        }));
    }));
}
