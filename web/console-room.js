import { h, replace, patch, announce } from './dom.js';
import { t, pick } from './i18n.js';
import { field, radios, errorSummary, problemText, sending } from './forms.js';
import { PHASES } from './board.js';
import { timerBox } from './timer.js';
import { moderation } from './moderation.js';

// The facilitator's room controls and the console's cards, each a small part with its own
// element and draw(board): the stage (Next and Back named after where they go, any other stage
// after a confirmation when it skips stages or closes the workshop), the stage timer, how the
// room is doing, joining, the answers as they arrive, and writing an answer down for someone.

// Asks a yes-or-no question in a modal dialog; resolves true for yes. Focus goes back to the
// control that asked when the dialog closes.
export function confirmDialog({ title, body, yes, no }) {
  const opener = document.activeElement;
  return new Promise((resolve) => {
    const dialog = h('dialog', { className: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body' },
      h('h2', { id: 'confirm-title' }, title),
      h('p', { id: 'confirm-body' }, body),
      h('div', { className: 'button-row' },
        h('button', { className: 'button', type: 'button', onclick: () => close(true) }, yes),
        h('button', { className: 'button secondary', type: 'button', onclick: () => close(false) }, no)));
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(false); });
    function close(answer) {
      dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    }
    document.getElementById('main').append(dialog);
    dialog.showModal();
    dialog.querySelector('.button.secondary').focus();
  });
}

const label = (phase) => t(`phase_${phase}`);

// Moving on by one stage either way needs no question; skipping stages or closing does.
async function agreed(from, to) {
  const a = PHASES.indexOf(from);
  const b = PHASES.indexOf(to);
  if (to === from) return false;
  if (to === 'closed') {
    return confirmDialog({ title: t('confirmCloseTitle'), body: t('confirmCloseBody'), yes: t('confirmYes', { phase: label(to) }), no: t('confirmNo', { phase: label(from) }) });
  }
  if (Math.abs(b - a) <= 1) return true;
  const skipped = PHASES.slice(Math.min(a, b) + 1, Math.max(a, b)).map(label);
  return confirmDialog({
    title: t('confirmSkipTitle', { phase: label(to) }),
    body: t('confirmSkipBody', { n: skipped.length, skipped: skipped.join(', '), phase: label(to) }),
    yes: t('confirmYes', { phase: label(to) }), no: t('confirmNo', { phase: label(from) }),
  });
}

// The stage card: where the room is, Next and Back, any other stage, the timer and progress.
export function stageCard({ workshopId, api, refresh, problem }) {
  let board = null;
  const now = h('p', { className: 'count' });
  const steps = h('div', { className: 'button-row' });
  const select = h('select', { name: 'phase' }, PHASES.map((p) => h('option', { value: p }, label(p))));
  // A stage the facilitator picked stays picked through other people's changes until it is used.
  let chosen = false;
  select.addEventListener('change', () => { chosen = true; });
  const progress = progressPart();
  const timer = timerPart({ workshopId, api, refresh, problem });
  const element = h('section', { className: 'card', 'aria-labelledby': 'phase-heading' },
    h('h2', { id: 'phase-heading' }, t('phasePanel')),
    now,
    steps,
    h('details', { className: 'other-stage' }, h('summary', {}, t('otherStage')),
      h('form', { onsubmit: async (event) => { event.preventDefault(); await move(event, select.value); chosen = false; } },
        field({ id: 'phase', label: t('moveTo'), control: select }),
        h('button', { className: 'button', type: 'submit' }, t('move')))),
    timer.element,
    progress.element);

  async function move(event, phase) {
    const from = board.phase;
    if (!(await agreed(from, phase))) return;
    const control = event.currentTarget?.isConnected ? event.currentTarget : null;
    await sending(control?.closest?.('form') || control || element, async () => {
      try {
        const moved = await api('PUT', `/workshops/${workshopId}/phase`, { phase });
        await refresh(true);
        announce(t('moved', { phase: label(moved.phase) }));
      } catch (e) { problem(e); }
    });
  }

  function draw(next) {
    board = next;
    const i = PHASES.indexOf(board.phase);
    now.textContent = t('currentPhase', { phase: label(board.phase) });
    if (!chosen && document.activeElement !== select) select.value = board.phase;
    const back = PHASES[i - 1];
    const forward = PHASES[i + 1];
    patch(steps,
      back ? h('button', { className: 'button secondary', type: 'button', id: 'stage-back', onclick: (event) => move(event, back) }, t('previousStage', { phase: label(back) })) : null,
      forward ? h('button', { className: 'button', type: 'button', id: 'stage-next', onclick: (event) => move(event, forward) }, t('nextStage', { phase: label(forward) })) : null);
    timer.draw(board);
    progress.draw(board);
  }

  return { element, draw };
}

function timerPart({ workshopId, api, refresh, problem }) {
  const shown = h('div', {});
  const minutes = h('input', { type: 'number', name: 'minutes', min: '1', max: '180', value: '5', className: 'short', inputmode: 'numeric' });
  const error = h('div', {});
  const stopButton = h('button', { className: 'button secondary', type: 'button', onclick: (event) => set(event.currentTarget, 0) }, t('timerStop'));
  const element = h('div', { className: 'timer-part' },
    h('h3', { id: 'timer-heading' }, t('timerPanel')),
    shown,
    error,
    h('form', {
      className: 'inline-form', novalidate: true, onsubmit: (event) => {
        event.preventDefault();
        const n = Number(minutes.value);
        if (!Number.isInteger(n) || n < 1 || n > 180) {
          replace(error, errorSummary([{ href: '#timer-minutes', text: t('timerMinutesInvalid') }], { id: 'timer-problem', heading: 'h4' }));
          error.firstChild.focus();
          return;
        }
        set(event.currentTarget, n * 60);
      },
    }, field({ id: 'timer-minutes', label: t('timerMinutes'), control: minutes }), h('button', { className: 'button secondary', type: 'submit' }, t('timerStart'))),
    stopButton);

  async function set(control, seconds) {
    replace(error);
    await sending(control, async () => {
      try {
        await api('PUT', `/workshops/${workshopId}/timer`, { seconds });
        await refresh(true);
        announce(seconds ? t('timerStarted', { n: seconds / 60 }) : t('timerStopped'));
      } catch (e) { problem(e); }
    });
  }

  return {
    element,
    draw(board) {
      patch(shown, timerBox(board));
      stopButton.hidden = !board.timer?.endsAt;
    },
  };
}

// "23 of 30 have voted": what the stage asks of people, counted on the server from what is stored.
export function progressLine(board) {
  const words = progressWords(board);
  return words && t(words.key, words.vars);
}

// The progress line as a wording key and its values, {key, vars}, for pages that say it in
// more than one language (the big screen); null when the board has no progress.
export function progressWords(board) {
  const p = board.progress;
  if (!p) return null;
  const of = p.joined;
  const line = {
    gathering: ['progressAnswered', p.answered],
    theme_voting: ['progressVoted', p.votedThemes],
    root_causes: ['progressCauses', p.causes],
    success: ['progressSuccess', p.success],
    in_place: ['progressInPlace', p.inPlace],
    ideas: ['progressIdeas', p.ideas],
    idea_voting: ['progressVoted', p.votedIdeas],
    grid: ['progressPlaced', p.placed],
    action_planning: ['progressPlans', p.plans],
  }[board.phase];
  return line ? { key: line[0], vars: { n: line[1], of } } : { key: 'progressJoined', vars: { n: of } };
}

function progressPart() {
  const line = h('p', { className: 'count progress-line' });
  const element = h('div', {}, h('h3', {}, t('progressPanel')), line);
  return { element, draw(board) { line.textContent = progressLine(board) || ''; element.hidden = !board.progress; } };
}

export function joinCard({ workshop: w }) {
  const copy = h('button', {
    className: 'button secondary small', type: 'button', onclick: async () => {
      try { await navigator.clipboard.writeText(w.joinUrl); announce(t('copied')); } catch { announce(w.joinUrl); }
    },
  }, t('copyLink'));
  return {
    element: h('section', { className: 'card', 'aria-labelledby': 'join-heading' },
      h('h2', { id: 'join-heading' }, t('joinPanel')),
      h('p', { className: 'code-big' }, w.code),
      h('img', { className: 'qr', src: `/api/join/${encodeURIComponent(w.code)}/qr.svg`, alt: t('qrAlt', { url: w.joinUrl }), width: '192', height: '192' }),
      h('p', {}, t('joinLinkLabel'), ': ', h('a', { href: w.joinUrl }, w.joinUrl)),
      h('div', { className: 'button-row' }, copy)),
    draw() {},
  };
}

// The answers as they arrive, newest first, each with its hide (and let-through) control; a filter by question.
export function answersCard(options) {
  const { workshop: w } = options;
  let board = null;
  let filter = '';
  const counts = h('p', {});
  // Its own scroll box: 150 answers in one column would make the console many screens tall.
  const list = h('div', { className: 'answers-scroll' });
  const filterSelect = h('select', { name: 'filter', onchange: (e) => { filter = e.target.value; draw(board); } },
    h('option', { value: '' }, t('filterAll')),
    w.prompts.map((p) => h('option', { value: p.id }, pick(p.text))));
  const element = h('section', { 'aria-labelledby': 'answers-heading' },
    h('h2', { id: 'answers-heading' }, t('answersPanel')),
    counts,
    field({ id: 'filter', label: t('filterLabel'), control: filterSelect }),
    list);

  function draw(next) {
    board = next;
    counts.textContent = `${t('countsApart', { joined: board.counts.joined, before: board.counts.answeredBeforehand, written: board.counts.writtenDown, answers: board.counts.statements })}`
      + (board.counts.hidden ? ` (${t('hiddenCount', { n: board.counts.hidden })})` : '')
      + (board.counts.held ? ` (${t('heldCount', { n: board.counts.held })})` : '');
    const shown = board.statements.filter((s) => !filter || s.prompt === filter).slice().reverse();
    patch(list, shown.length === 0 ? h('p', {}, t('noAnswers')) : h('ul', { className: 'answers' }, shown.map((s) => h('li', { 'data-key': s.id },
      h('p', { className: 'words' }, s.text),
      h('p', { className: 'meta' },
        h('span', { className: 'tag' }, t(`prompt_${s.prompt}`)),
        h('span', { className: 'tag' }, t(`source_${s.source}`)),
        s.perspective ? h('span', { className: 'tag' }, pick(w.perspectives.find((p) => p.id === s.perspective)?.label) || s.perspective) : null),
      h('div', { className: 'actions' }, moderation(s, options))))));
  }

  return { element, draw };
}

// Writing an answer down for someone, from an interview or on paper.
export function onBehalfCard({ workshop: w, workshopId, api, refresh }) {
  const error = h('div', {});
  const text = h('textarea', { name: 'text', rows: '4', 'data-draft': 'behalf-text' });
  const prompt = h('select', { name: 'prompt' }, w.prompts.map((p) => h('option', { value: p.id }, pick(p.text))));
  const perspective = h('select', { name: 'perspective' }, w.perspectives.map((p) => h('option', { value: p.id }, pick(p.label))));
  const form = h('form', { novalidate: true, onsubmit: submit },
    field({ id: 'behalf-prompt', label: t('questionLabel'), control: prompt }),
    field({ id: 'behalf-text', label: t('answerLabel'), control: text }),
    radios({ name: 'source', legend: t('sourceLegend'), checked: 'interview',
      options: [{ value: 'interview', label: t('source_interview') }, { value: 'paper', label: t('source_paper') }] }),
    field({ id: 'behalf-perspective', label: t('perspectiveLabel'), control: perspective }),
    h('button', { className: 'button', type: 'submit' }, t('addForThem')));
  const element = h('section', { 'aria-labelledby': 'behalf-heading' },
    h('h2', { id: 'behalf-heading' }, t('onBehalfTitle')),
    h('p', {}, t('onBehalfHint')),
    error,
    form);

  function showProblem(message) {
    replace(error, errorSummary([{ href: '#behalf-text', text: message }], { id: 'behalf-problem' }));
    text.setAttribute('aria-invalid', 'true');
    text.focus();
  }

  async function submit(event) {
    event.preventDefault();
    if (!text.value.trim()) return showProblem(t('answerMissing'));
    replace(error);
    text.removeAttribute('aria-invalid');
    await sending(form, async () => {
      try {
        await api('POST', `/workshops/${workshopId}/statements`, {
          prompt: prompt.value, text: text.value,
          source: form.querySelector('input[name=source]:checked').value,
          onBehalfOf: { perspective: perspective.value },
        });
        text.value = '';
        text.dispatchEvent(new Event('input', { bubbles: true }));
        text.focus();
        announce(t('answerAdded'));
        await refresh(true);
      } catch (e) {
        if (e.status !== 401) showProblem(problemText(e));
      }
    });
    return undefined;
  }

  return { element, draw() {} };
}
