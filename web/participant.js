import { h, replace, draw, announce, focusHeading, shorten } from './dom.js';
import { t, pick, language, pickText } from './i18n.js';
import { call, submit as send, answerOf } from './api.js';
import { field, radios, checkbox, errorSummary, focusErrorSummary, characterCount, problemText, keepDrafts, restoreDrafts, sending, clearDraft } from './forms.js';
import { go, setTitle, onLeave } from './navigation.js';

// A participant's pages: start, about you, one page per question, change, withdraw, and
// the summary. Their place is kept on this device so they can come back. Every page follows
// the room: the one live board connection redraws it when something changes (keeping what the
// person is doing) and moves it when the facilitator moves the stage.
const MAX = 2000;
let join = null;
let flash = null;
// What only someone who has joined needs (the live board, sending, the stage's timer) loads
// while the start page is read, so a first visit on a slow phone waits for fewer files.
let live;
let contribute;
let inFlight = () => false;
let pendingFor;
let pendingItem;
let stageTop;
let roomParts = null;
function loadRoom() {
  if (!roomParts) roomParts = Promise.all([import('./live.js'), import('./contributions.js'), import('./board.js'), import('./timer.js')]).then(([l, c, b]) => {
    live = l;
    ({ contribute, inFlight, pendingFor, pendingItem } = c);
    ({ stageTop } = b);
  });
  return roomParts;
}

// Draws the page on show again with a newer board; set by each page.
let redraw = null;
let unwatch = null;

const main = () => document.getElementById('main');
const storageKey = (workshopId) => `cg.participant.${workshopId}`;
const saved = () => JSON.parse(localStorage.getItem(storageKey(join.workshopId)) || 'null');
const base = () => `/join/${join.code}`;

export async function show(code, sub) {
  const room = loadRoom();
  try {
    if (!join || join.code !== code.toUpperCase()) join = await readJoin(code);
  } catch (e) {
    setTitle(t('homeTitle'));
    const home = await import('./home.js');
    return home.show(e.status === 404 ? t('codeNotFound') : problemText(e), code);
  }
  const me = saved();
  // Which workshop this code leads to, so early.js can ask for the board on the next visit at once.
  try { localStorage.setItem(`cg.code.${join.code}`, join.workshopId); } catch { /* Storage off. */ }
  if (!me) {
    if (sub === '/about') return aboutYou();
    return start();
  }
  await room;
  let board;
  try {
    board = await live.follow(join.workshopId, me.token);
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      localStorage.removeItem(storageKey(join.workshopId));
      return notice(t('notJoined'), { href: base(), text: t('startAgain') });
    }
    return notice(problemText(e));
  }
  await route(board, me, sub);
  unwatch?.();
  unwatch = live.watch((next, previous) => changed(next, previous, me));
  onLeave(() => { unwatch?.(); unwatch = null; redraw = null; });
}

async function route(board, me, sub) {
  join.phase = board.phase;
  redraw = null;
  keepDrafts(join.workshopId, board.phase);
  const prompts = join.prompts.map((p) => p.id);
  const [, page, id] = sub.split('/');
  if (board.phase === 'closed') closed(board);
  else if (board.phase === 'follow_up' && page !== 'remove') await followUp();
  else if (page === 'remove') remove(me);
  else if (['clustering', 'theme_voting', 'root_causes', 'success'].includes(board.phase)) {
    const dayOne = await import('./dayone.js');
    day(dayOne, board, me);
  } else if (['in_place', 'ideas', 'idea_voting', 'grid', 'action_planning'].includes(board.phase)) {
    const dayTwo = await import('./daytwo.js');
    day(dayTwo, board, me);
  } else if (board.phase !== 'gathering') waiting(board);
  else if (page === 'answer' && prompts.includes(id)) answer(id, board, me);
  else if (page === 'edit') edit(id, board, me);
  else if (page === 'withdraw') withdraw(id, board, me);
  else if (page === 'done') done(board);
  else answer(prompts[0], board, me);
  restoreDrafts(main());
  // The next day's page is fetched ahead, so moving there waits for no download.
  if (board.phase === 'gathering') import('./dayone.js').catch(() => {});
  if (['clustering', 'theme_voting', 'root_causes', 'success'].includes(board.phase)) import('./daytwo.js').catch(() => {});
}

function day(module, board, me) {
  const context = { board, join, me, reload: () => live.refresh() };
  module.show(context);
  redraw = (next) => { context.board = next; context.redraw(); };
}

// The board changed: the same stage is redrawn where it stands; a new stage is drawn afresh,
// with focus on what the person most needs: words they had not sent, or the new page's heading.
async function changed(next, previous, me) {
  if (next.phase === previous.phase) {
    redraw?.(next);
    restoreDrafts(main());
    return;
  }
  await route(next, me, location.pathname.slice(base().length));
  const kept = document.getElementById('kept-words');
  if (kept) kept.focus(); else focusHeading();
  announce(t('stageNow', { phase: t(`phase_${next.phase}`) }));
}

// The workshop a join link names: the answer early.js asked for while the page loaded, if it
// is for this code, or a fresh one.
function readJoin(code) {
  const early = window.joinAnswer;
  window.joinAnswer = null;
  if (early && early.code === code.toUpperCase()) return answerOf(early.response);
  return call('GET', `/join/${encodeURIComponent(code)}`);
}

function start() {
  setTitle(pickText(join, 'title'));
  replace(main(),
    h('h1', {}, pickText(join, 'title')),
    h('p', { className: 'lead quote-like' }, pickText(join, 'focus')),
    h('p', {}, t('startIntro')),
    h('ol', {}, join.prompts.map((p) => h('li', {}, pick(p.text)))),
    h('p', {}, t('startPrivacy')),
    h('p', {}, t('startTime')),
    h('a', { href: `${base()}/about`, className: 'button', 'data-nav': true, draggable: 'false' }, t('startNow')));
}

function aboutYou(errors = {}, values = {}) {
  setTitle(t('aboutTitle'));
  const perspective = radios({
    name: 'perspective', legend: t('perspectiveLegend'), hint: t('perspectiveHint'), error: errors.perspective,
    options: join.perspectives.map((p) => ({ value: p.id, label: pick(p.label) })), checked: values.perspective,
  });
  const name = h('input', { type: 'text', name: 'name', autocomplete: 'given-name', value: values.name || '', maxlength: '60', spellcheck: 'false' });
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', value: values.email || '', spellcheck: 'false' });
  const emailField = field({ id: 'email', label: t('emailLabel'), hint: t('emailHint'), error: errors.email, control: email });
  emailField.hidden = !values.updates;
  const updates = checkbox({
    id: 'updates', label: t('updatesLabel'), checked: !!values.updates,
    onchange: (e) => { emailField.hidden = !e.target.checked; },
  });
  const summary = Object.entries(errors).map(([key, text]) => ({ href: key === 'perspective' ? '#perspective' : `#${key}`, text }));
  replace(main(),
    errorSummary(summary),
    h('a', { href: base(), className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('aboutTitle')),
    h('form', { novalidate: true, onsubmit: submit },
      perspective,
      field({ id: 'name', label: t('nameLabel'), hint: t('nameHint'), control: name }),
      h('div', { className: 'field' }, updates),
      emailField,
      h('button', { className: 'button', type: 'submit' }, t('continue'))));
  if (summary.length) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const chosen = form.querySelector('input[name=perspective]:checked')?.value;
    const wantsUpdates = form.querySelector('#updates').checked;
    const next = { perspective: chosen, name: name.value, email: email.value.trim(), updates: wantsUpdates };
    const problems = {};
    if (!chosen) problems.perspective = t('perspectiveMissing');
    if (wantsUpdates && !next.email) problems.email = t('emailMissing');
    else if (wantsUpdates && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(next.email)) problems.email = t('emailInvalid');
    if (Object.keys(problems).length) return aboutYou(problems, next);
    return sending(form, () => joinNow(chosen, wantsUpdates, next));
  }

  async function joinNow(chosen, wantsUpdates, next) {
    try {
      const joined = await send('POST', `/workshops/${join.workshopId}/participants`, {
        body: {
          perspective: chosen, language: language(), name: next.name.trim() || undefined,
          email: wantsUpdates ? next.email : undefined, updatesConsent: wantsUpdates,
        },
      });
      localStorage.setItem(storageKey(join.workshopId), JSON.stringify({ token: joined.token, participantId: joined.participantId }));
      go(`${base()}/answer/${join.prompts[0].id}`);
    } catch (e) {
      aboutYou({ perspective: problemText(e) }, next);
    }
  }
}

function mine(board, prompt) {
  return board.statements.filter((s) => s.mine && (!prompt || s.prompt === prompt));
}

function answer(promptId, board, me, error = null) {
  const index = join.prompts.findIndex((p) => p.id === promptId);
  const prompt = join.prompts[index];
  const question = pick(prompt.text);
  setTitle(question);
  redraw = (next) => answer(promptId, next, me, error);
  const id = `answer-${promptId}`;
  const textarea = h('textarea', { name: 'text', rows: '5', spellcheck: 'true', 'data-draft': id });
  const counter = characterCount(textarea, MAX);
  const own = mine(board, promptId);
  const waitingFor = pendingFor((about) => about.prompt === promptId, own);
  const last = index === join.prompts.length - 1;
  const nextHref = last ? `${base()}/done` : `${base()}/answer/${join.prompts[index + 1].id}`;
  const backHref = index === 0 ? null : `${base()}/answer/${join.prompts[index - 1].id}`;
  draw(main(), `answer/${promptId}`,
    errorSummary(error ? [{ href: `#${id}`, text: error }] : []),
    backHref ? h('a', { href: backHref, className: 'back', 'data-nav': true }, t('back')) : null,
    takeFlash(`answer/${promptId}`),
    stageTop(board),
    h('span', { className: 'caption' }, t('questionOf', { n: index + 1, total: join.prompts.length })),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id, label: question, labelClass: 'h1-label', hint: t('answerHint'), error, control: textarea }),
      counter,
      h('div', {}, h('button', { className: 'button secondary', type: 'submit' }, t('addAnswer')))),
    h('h2', {}, t('yourAnswers')),
    own.length || waitingFor.length ? answerList(own, { waitingFor }) : h('p', {}, t('noAnswersYet')),
    h('a', { href: nextHref, className: 'button', 'data-nav': true }, last ? t('checkAnswers') : t('nextQuestion')));

  async function submit(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = form.elements.text.value;
    const length = [...text.trim()].length;
    if (!length && inFlight(form)) return undefined;
    const problem = !length ? t('answerMissing') : length > MAX ? t('answerTooLong', { n: length }) : null;
    if (problem) return failed(problem);
    try {
      await contribute({
        form, draft: id, path: `/workshops/${join.workshopId}/statements`, token: me.token,
        body: { prompt: promptId, text }, about: { prompt: promptId },
        redraw: () => { error = null; shown = null; redraw?.(live.board() || board); },
        done: t('answerAdded'),
      });
      flash = t('answerAdded');
      redraw?.(live.board() || board);
      form.elements.text?.focus();
    } catch (e) {
      if (e.error !== 'wrong_phase') failed(problemText(e));
    }
    return undefined;
  }

  function failed(problem) {
    error = problem;
    redraw?.(live.board() || board);
    focusErrorSummary();
  }
}

function answerList(statements, { readOnly = false, waitingFor = [] } = {}) {
  return h('ul', { className: 'answers' }, statements.map((s) => h('li', { 'data-key': s.id },
    h('p', { className: 'words' }, s.text),
    readOnly ? null : h('div', { className: 'actions' },
      h('a', { href: `${base()}/edit/${s.id}`, 'data-nav': true }, t('change'), h('span', { className: 'visually-hidden' }, ` ${shorten(s.text, 40)}`)),
      h('a', { href: `${base()}/withdraw/${s.id}`, 'data-nav': true }, t('withdraw'), h('span', { className: 'visually-hidden' }, ` ${shorten(s.text, 40)}`))))),
  waitingFor.map(pendingItem));
}

function edit(id, board, me, error = null) {
  const statement = mine(board).find((s) => s.id === id);
  if (!statement) return done(board);
  setTitle(t('editTitle'));
  redraw = (next) => edit(id, next, me, error);
  const fieldId = `edit-${id}`;
  const textarea = h('textarea', { name: 'text', rows: '6', 'data-draft': fieldId });
  // The answer as it stands is the field's starting text, so a kept draft is put back over it.
  textarea.defaultValue = statement.text;
  const back = `${base()}/answer/${statement.prompt}`;
  const prompt = join.prompts.find((p) => p.id === statement.prompt);
  draw(main(), `edit/${id}`,
    errorSummary(error ? [{ href: `#${fieldId}`, text: error }] : []),
    h('a', { href: back, className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('editTitle')),
    stageTop(board),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: fieldId, label: pick(prompt.text), error, control: textarea }),
      characterCount(textarea, MAX),
      h('div', { className: 'button-row' },
        h('button', { className: 'button', type: 'submit' }, t('save')),
        h('a', { href: back, 'data-nav': true }, t('cancel')))));
  return undefined;

  async function submit(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = form.elements.text.value;
    const length = [...text.trim()].length;
    const problem = !length ? t('answerMissing') : length > MAX ? t('answerTooLong', { n: length }) : null;
    if (problem) return failed(problem);
    await sending(form, async () => {
      try {
        await send('PATCH', `/workshops/${join.workshopId}/statements/${id}`, { token: me.token, body: { text } });
        clearDraft(fieldId);
        flash = t('answerChanged');
        live.refresh().catch(() => {});
        go(back);
      } catch (e) {
        failed(e.error === 'wrong_phase' ? t('wrongPhase') : problemText(e));
      }
    });
    return undefined;
  }

  function failed(problem) {
    error = problem;
    redraw?.(live.board() || board);
    focusErrorSummary();
  }
}

function withdraw(id, board, me, error = null) {
  const statement = mine(board).find((s) => s.id === id);
  if (!statement) return done(board);
  setTitle(t('withdrawTitle'));
  redraw = (next) => withdraw(id, next, me, error);
  const back = `${base()}/answer/${statement.prompt}`;
  draw(main(), `withdraw/${id}`,
    errorSummary(error ? [{ text: error }] : []),
    h('a', { href: back, className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('withdrawTitle')),
    h('blockquote', { className: 'quote' }, statement.text),
    h('form', { onsubmit: submit },
      h('div', { className: 'button-row' },
        h('button', { className: 'button warning', type: 'submit' }, t('withdrawYes')),
        h('a', { href: back, 'data-nav': true }, t('withdrawNo')))));

  async function submit(event) {
    event.preventDefault();
    await sending(event.currentTarget, async () => {
      try {
        await call('DELETE', `/workshops/${join.workshopId}/statements/${id}`, { token: me.token });
        flash = t('answerWithdrawn');
        live.refresh().catch(() => {});
        go(back);
      } catch (e) {
        withdraw(id, board, me, e.error === 'wrong_phase' ? t('wrongPhase') : problemText(e));
        focusErrorSummary();
      }
    });
  }
}

function summary(board, readOnly) {
  return join.prompts.map((p) => {
    const own = mine(board, p.id);
    return h('section', { className: 'summary' },
      h('h2', {}, pick(p.text)),
      own.length ? answerList(own, { readOnly }) : h('p', {}, t('noAnswersYet')),
      readOnly ? null : h('p', {}, h('a', { href: `${base()}/answer/${p.id}`, 'data-nav': true }, t('addMore'), h('span', { className: 'visually-hidden' }, ` ${pick(p.text)}`))));
  });
}

function done(board) {
  setTitle(t('doneTitle'));
  redraw = done;
  const any = mine(board).length > 0;
  draw(main(), 'done',
    h('a', { href: `${base()}/answer/${join.prompts[join.prompts.length - 1].id}`, className: 'back', 'data-nav': true }, t('back')),
    takeFlash('done'),
    any ? h('div', { className: 'panel' }, h('h1', {}, t('doneTitle')), h('p', {}, t('doneThanks'))) : h('h1', {}, t('doneTitle')),
    stageTop(board),
    any ? null : h('p', {}, t('doneEmpty')),
    h('p', {}, t('doneNext')),
    summary(board, false),
    h('p', {}, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
}

function waiting(board) {
  setTitle(t('notGathering'));
  redraw = waiting;
  draw(main(), 'waiting',
    h('h1', {}, t('notGathering')),
    stageTop(board),
    h('p', {}, t('notGatheringBody', { phase: t(`phase_${board.phase}`) })),
    summary(board, true),
    h('p', {}, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
}

// After the workshop days, people read what came of them, and can still erase what they gave.
async function followUp() {
  const { outcomesView } = await import('./outcomes.js');
  try {
    const outcomes = await call('GET', `/outcomes/${encodeURIComponent(join.code)}`);
    setTitle(pickText(outcomes, 'title'));
    draw(main(), 'follow_up', outcomesView(outcomes), stageTop({}), h('p', { className: 'no-print' }, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
  } catch (e) {
    notice(problemText(e));
  }
}

function closed(board) {
  setTitle(t('closedTitle'));
  draw(main(), 'closed', h('h1', {}, t('closedTitle')), stageTop(board), summary(board, true));
}

function remove(me, error = null) {
  setTitle(t('eraseTitle'));
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('a', { href: `${base()}/done`, className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('eraseTitle')),
    h('p', {}, t('eraseBody')),
    h('form', { onsubmit: submit },
      h('div', { className: 'button-row' },
        h('button', { className: 'button warning', type: 'submit' }, t('eraseYes')),
        h('a', { href: `${base()}/done`, 'data-nav': true }, t('cancel')))));

  async function submit(event) {
    event.preventDefault();
    await sending(event.currentTarget, () => erase());
  }

  async function erase() {
    try {
      unwatch?.();
      await live.stop();
      await call('DELETE', `/workshops/${join.workshopId}/participants/me`, { token: me.token });
      localStorage.removeItem(storageKey(join.workshopId));
      setTitle(t('erased'));
      replace(main(), h('h1', {}, t('erased')));
      focusHeading();
    } catch (e) {
      remove(me, problemText(e));
    }
  }
}

function notice(text, link) {
  setTitle(text);
  replace(main(), h('h1', {}, text), link ? h('a', { href: link.href, className: 'button', 'data-nav': true }, link.text) : null);
}

// A confirmation stays on the page it was first shown on until the person does something else.
let shown = null;
function takeFlash(page) {
  if (flash) {
    shown = { text: flash, page };
    flash = null;
  }
  if (!shown || shown.page !== page) return null;
  return h('div', { className: 'notice success', role: 'status', id: 'confirmation', tabindex: '-1' }, shown.text);
}
