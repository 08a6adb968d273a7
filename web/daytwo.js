import { h, replace, announce } from './dom.js';
import { t } from './i18n.js';
import { call } from './api.js';
import { field, errorSummary, focusErrorSummary, problemText } from './forms.js';
import { setTitle } from './app.js';
import { dotVoting, keepFresh } from './dayone.js';
import { LENSES, lensName, priorityThemes } from './board.js';

// A participant's day 2 so far: what is already in place, ideas through three lenses, and
// voting on the ideas.
const main = () => document.getElementById('main');

export function show(context) {
  const views = { in_place: inPlace, ideas, idea_voting: ideaVoting };
  views[context.board.phase](context);
}

async function add(context, path, body, redraw, done) {
  try {
    await call('POST', `/workshops/${context.join.workshopId}/${path}`, { token: context.me.token, body });
    context.board = await call('GET', `/workshops/${context.join.workshopId}/board`, { token: context.me.token });
    redraw(context);
    announce(done);
  } catch (e) {
    if (e.error === 'wrong_phase') return context.reload();
    redraw(context, problemText(e));
  }
}

function textForm(context, id, label, hint, button, submit, redraw) {
  const text = h('textarea', { name: 'text', rows: '3' });
  return h('form', {
    novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      if (!text.value.trim()) return redraw(context, t('answerMissing'));
      submit(text.value);
    },
  }, field({ id, label, hint, control: text }), h('button', { className: 'button secondary', type: 'submit' }, button));
}

function inPlace(context, error = null) {
  const { board } = context;
  setTitle(t('inPlaceTitle'));
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('inPlaceTitle')),
    h('p', {}, t('inPlaceIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => {
      const listed = board.inPlace.filter((i) => i.themeId === th.id);
      return h('section', { className: 'theme-card' },
        h('h2', {}, th.title),
        listed.length ? h('ul', { className: 'answers' }, listed.map((i) => h('li', {}, h('p', { className: 'words' }, i.text))))
          : h('p', {}, t('nothingInPlaceYet')),
        textForm(context, `in-place-${th.id}`, t('inPlaceLabel'), null, t('addInPlace'),
          (text) => add(context, 'in-place', { themeId: th.id, text }, inPlace, t('successAdded')), inPlace));
    }));
  if (error) focusErrorSummary();
  keepFresh(context, inPlace);
}

function ideas(context, error = null) {
  const { board } = context;
  setTitle(t('ideasTitle'));
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('ideasTitle')),
    h('p', {}, t('ideasIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => h('section', { className: 'theme-card' },
      h('h2', {}, th.title),
      LENSES.map((lens) => {
        const these = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens);
        return h('div', {},
          h('h3', {}, lensName(board, lens)),
          these.length ? h('ul', { className: 'answers' }, these.map((i) => h('li', {}, h('p', { className: 'words' }, i.text))))
            : h('p', { className: 'meta' }, t('noIdeasYet')),
          textForm(context, `idea-${th.id}-${lens}`, `${t('ideaLabel')}: ${lensName(board, lens)}`, t(`lensHint_${lens}`), t('addIdea'),
            (text) => add(context, 'ideas', { themeId: th.id, lens, text }, ideas, t('ideaAdded')), ideas));
      }))));
  if (error) focusErrorSummary();
  keepFresh(context, ideas);
}

function ideaVoting(context) {
  const { board } = context;
  const settings = board.workshop.settings;
  const themed = priorityThemes(board).map((th) => ({
    heading: th.title,
    items: board.ideas.filter((i) => i.themeId === th.id).map((i) => ({ id: i.id, title: i.text, myDots: i.myDots })),
  }));
  const known = new Set(priorityThemes(board).map((th) => th.id));
  themed.push({
    heading: t('otherIdeas'),
    items: board.ideas.filter((i) => !known.has(i.themeId)).map((i) => ({ id: i.id, title: i.text, myDots: i.myDots })),
  });
  dotVoting(context, {
    title: t('ideaVotingTitle'),
    intro: t('ideaVotingIntro', { cap: settings.ideaDotCap }),
    budget: settings.ideaDotBudget,
    cap: settings.ideaDotCap,
    groups: themed,
  });
}
