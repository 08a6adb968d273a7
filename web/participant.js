import { h, replace, announce, focusHeading, shorten } from './dom.js';
import { t, pick, language } from './i18n.js';
import { call } from './api.js';
import { field, radios, checkbox, errorSummary, focusErrorSummary, characterCount, problemText } from './forms.js';
import { go, setTitle, onLeave } from './app.js';

// A participant's pages: start, about you, one page per question, change, withdraw, and
// the summary. Their place is kept on this device so they can come back.
const MAX = 2000;
let join = null;
let flash = null;

const main = () => document.getElementById('main');
const storageKey = (workshopId) => `cg.participant.${workshopId}`;
const saved = () => JSON.parse(localStorage.getItem(storageKey(join.workshopId)) || 'null');
const base = () => `/join/${join.code}`;

export async function show(code, sub) {
  try {
    if (!join || join.code !== code.toUpperCase()) join = await call('GET', `/join/${encodeURIComponent(code)}`);
  } catch (e) {
    setTitle(t('homeTitle'));
    const home = await import('./home.js');
    return home.show(e.status === 404 ? t('codeNotFound') : problemText(e), code);
  }
  const me = saved();
  if (!me) {
    if (sub === '/about') return aboutYou();
    return start();
  }
  let board;
  try {
    board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      localStorage.removeItem(storageKey(join.workshopId));
      return notice(t('notJoined'), { href: base(), text: t('startAgain') });
    }
    return notice(problemText(e));
  }
  join.phase = board.phase;
  const prompts = join.prompts.map((p) => p.id);
  const [, page, id] = sub.split('/');
  if (board.phase === 'closed') return closed(board);
  if (board.phase === 'follow_up' && page !== 'remove') return followUp();
  if (page === 'remove') return remove(me);
  if (['clustering', 'theme_voting', 'root_causes', 'success'].includes(board.phase)) {
    const dayOne = await import('./dayone.js');
    return dayOne.show({ board, join, me, reload: () => show(join.code, '') });
  }
  if (['in_place', 'ideas', 'idea_voting', 'grid', 'action_planning'].includes(board.phase)) {
    const dayTwo = await import('./daytwo.js');
    return dayTwo.show({ board, join, me, reload: () => show(join.code, '') });
  }
  if (board.phase !== 'gathering') return waiting(board, me);
  if (page === 'answer' && prompts.includes(id)) return answer(id, board, me);
  if (page === 'edit') return edit(id, board, me);
  if (page === 'withdraw') return withdraw(id, board, me);
  if (page === 'done') return done(board);
  return answer(prompts[0], board, me);
}

function start() {
  setTitle(join.title);
  replace(main(),
    h('h1', {}, join.title),
    h('p', { className: 'lead quote-like' }, join.focus),
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
    try {
      const joined = await call('POST', `/workshops/${join.workshopId}/participants`, {
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

function answer(promptId, board, me, error = null, typed = '') {
  const index = join.prompts.findIndex((p) => p.id === promptId);
  const prompt = join.prompts[index];
  const question = pick(prompt.text);
  setTitle(question);
  const textarea = h('textarea', { name: 'text', rows: '5', spellcheck: 'true' });
  textarea.value = typed;
  const counter = characterCount(textarea, MAX);
  const own = mine(board, promptId);
  const last = index === join.prompts.length - 1;
  const nextHref = last ? `${base()}/done` : `${base()}/answer/${join.prompts[index + 1].id}`;
  const backHref = index === 0 ? null : `${base()}/answer/${join.prompts[index - 1].id}`;
  replace(main(),
    errorSummary(error ? [{ href: '#answer', text: error }] : []),
    backHref ? h('a', { href: backHref, className: 'back', 'data-nav': true }, t('back')) : null,
    takeFlash(),
    h('span', { className: 'caption' }, t('questionOf', { n: index + 1, total: join.prompts.length })),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: 'answer', label: question, labelClass: 'h1-label', hint: t('answerHint'), error, control: textarea }),
      counter,
      h('div', {}, h('button', { className: 'button secondary', type: 'submit' }, t('addAnswer')))),
    h('h2', {}, t('yourAnswers')),
    own.length ? answerList(own) : h('p', {}, t('noAnswersYet')),
    h('a', { href: nextHref, className: 'button', 'data-nav': true }, last ? t('checkAnswers') : t('nextQuestion')));
  if (error) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const text = textarea.value;
    const length = [...text.trim()].length;
    if (!length) return answer(promptId, board, me, t('answerMissing'), text);
    if (length > MAX) return answer(promptId, board, me, t('answerTooLong', { n: length }), text);
    try {
      await call('POST', `/workshops/${join.workshopId}/statements`, { token: me.token, body: { prompt: promptId, text } });
      flash = t('answerAdded');
      await show(join.code, `/answer/${promptId}`);
      main().querySelector('textarea').focus();
      announce(t('answerAdded'));
    } catch (e) {
      answer(promptId, board, me, e.error === 'wrong_phase' ? t('wrongPhase') : problemText(e), text);
    }
  }
}

function answerList(statements, { readOnly = false } = {}) {
  return h('ul', { className: 'answers' }, statements.map((s) => h('li', {},
    h('p', { className: 'words' }, s.text),
    readOnly ? null : h('div', { className: 'actions' },
      h('a', { href: `${base()}/edit/${s.id}`, 'data-nav': true }, t('change'), h('span', { className: 'visually-hidden' }, ` ${shorten(s.text, 40)}`)),
      h('a', { href: `${base()}/withdraw/${s.id}`, 'data-nav': true }, t('withdraw'), h('span', { className: 'visually-hidden' }, ` ${shorten(s.text, 40)}`))))));
}

function edit(id, board, me, error = null, typed = null) {
  const statement = mine(board).find((s) => s.id === id);
  if (!statement) return done(board);
  setTitle(t('editTitle'));
  const textarea = h('textarea', { name: 'text', rows: '6' });
  textarea.value = typed ?? statement.text;
  const back = `${base()}/answer/${statement.prompt}`;
  const prompt = join.prompts.find((p) => p.id === statement.prompt);
  replace(main(),
    errorSummary(error ? [{ href: '#answer', text: error }] : []),
    h('a', { href: back, className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('editTitle')),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: 'answer', label: pick(prompt.text), error, control: textarea }),
      characterCount(textarea, MAX),
      h('div', { className: 'button-row' },
        h('button', { className: 'button', type: 'submit' }, t('save')),
        h('a', { href: back, 'data-nav': true }, t('cancel')))));
  if (error) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const length = [...textarea.value.trim()].length;
    if (!length) return edit(id, board, me, t('answerMissing'), textarea.value);
    if (length > MAX) return edit(id, board, me, t('answerTooLong', { n: length }), textarea.value);
    try {
      await call('PATCH', `/workshops/${join.workshopId}/statements/${id}`, { token: me.token, body: { text: textarea.value } });
      flash = t('answerChanged');
      go(back);
    } catch (e) {
      edit(id, board, me, e.error === 'wrong_phase' ? t('wrongPhase') : problemText(e), textarea.value);
    }
  }
}

function withdraw(id, board, me, error = null) {
  const statement = mine(board).find((s) => s.id === id);
  if (!statement) return done(board);
  setTitle(t('withdrawTitle'));
  const back = `${base()}/answer/${statement.prompt}`;
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('a', { href: back, className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('withdrawTitle')),
    h('blockquote', { className: 'quote' }, statement.text),
    h('form', { onsubmit: submit },
      h('div', { className: 'button-row' },
        h('button', { className: 'button warning', type: 'submit' }, t('withdrawYes')),
        h('a', { href: back, 'data-nav': true }, t('withdrawNo')))));
  if (error) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    try {
      await call('DELETE', `/workshops/${join.workshopId}/statements/${id}`, { token: me.token });
      flash = t('answerWithdrawn');
      go(back);
    } catch (e) {
      withdraw(id, board, me, e.error === 'wrong_phase' ? t('wrongPhase') : problemText(e));
    }
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
  const any = mine(board).length > 0;
  replace(main(),
    h('a', { href: `${base()}/answer/${join.prompts[join.prompts.length - 1].id}`, className: 'back', 'data-nav': true }, t('back')),
    takeFlash(),
    any ? h('div', { className: 'panel' }, h('h1', {}, t('doneTitle')), h('p', {}, t('doneThanks'))) : h('h1', {}, t('doneTitle')),
    any ? null : h('p', {}, t('doneEmpty')),
    h('p', {}, t('doneNext')),
    summary(board, false),
    h('p', {}, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
}

function waiting(board, me) {
  setTitle(t('notGathering'));
  replace(main(),
    h('h1', {}, t('notGathering')),
    h('p', {}, t('notGatheringBody', { phase: t(`phase_${board.phase}`) })),
    summary(board, true),
    h('p', {}, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
  keepUpToDate(board, me);
}

// After the workshop days, people read what came of them, and can still erase what they gave.
async function followUp() {
  const { outcomesView } = await import('./outcomes.js');
  try {
    const outcomes = await call('GET', `/outcomes/${encodeURIComponent(join.code)}`);
    setTitle(outcomes.title);
    replace(main(), outcomesView(outcomes), h('p', { className: 'no-print' }, h('a', { href: `${base()}/remove`, 'data-nav': true }, t('eraseLink'))));
  } catch (e) {
    notice(problemText(e));
  }
}

function closed(board) {
  setTitle(t('closedTitle'));
  replace(main(), h('h1', {}, t('closedTitle')), summary(board, true));
}

// While the room moves on, check now and then whether answers are open again.
function keepUpToDate(board, me) {
  const timer = setInterval(async () => {
    try {
      const next = await call('GET', `/workshops/${join.workshopId}/board?since=${board.version}`, { token: me.token });
      if (next.status === 200 && next.phase !== board.phase) {
        clearInterval(timer);
        await show(join.code, location.pathname.slice(base().length));
        focusHeading();
      }
    } catch { /* Try again on the next tick. */ }
  }, 5000);
  onLeave(() => clearInterval(timer));
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
    try {
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

function takeFlash() {
  if (!flash) return null;
  const box = h('div', { className: 'notice success', role: 'status' }, flash);
  flash = null;
  return box;
}
