import { h, replace, announce } from './dom.js';
import { t } from './i18n.js';
import { call } from './api.js';
import { field, errorSummary, focusErrorSummary, problemText } from './forms.js';
import { setTitle } from './app.js';
import { dotVoting, keepFresh } from './dayone.js';
import { LENSES, lensName, priorityThemes, shortlisted } from './board.js';
import { gridChart, fromPoint, shortNumber } from './grid.js';
import { planForm, planView } from './plans.js';

// A participant's day 2: what is already in place, ideas through three lenses, voting on the
// ideas, placing the shortlisted ideas on the investment grid, and action planning.
const main = () => document.getElementById('main');

export function show(context) {
  const views = { in_place: inPlace, ideas, idea_voting: ideaVoting, grid, action_planning: actionPlanning };
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

// Each shortlisted idea gets a card: the grid with the group's position and the person's own
// marker (drag or tap to place it), two sliders that do the same from a keyboard, and buttons to
// nudge the group's position a step.
function grid(context, error = null) {
  const { board } = context;
  setTitle(t('gridTitle'));
  const ideasOnGrid = shortlisted(board);
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('gridTitle')),
    h('p', {}, t('gridIntro')),
    ideasOnGrid.length ? null : h('p', {}, t('gridNothing')),
    ideasOnGrid.map((idea) => gridCard(context, idea)));
  if (error) focusErrorSummary();
  keepFresh(context, grid);
}

function gridCard(context, idea) {
  const { join, me } = context;
  const g = idea.grid;
  const mine = g.myPlacement || { effort: 5, difference: 5 };
  const markers = [];
  if (g.position) markers.push({ x: g.position.effort, y: g.position.difference, kind: g.fixed ? 'fixed' : 'group' });
  if (g.myPlacement) markers.push({ x: mine.effort, y: mine.difference, kind: 'mine' });
  const chart = gridChart({ title: t('gridChartTitle', { idea: idea.text }), markers });
  const slider = (axis, label, hint) => {
    const input = h('input', { type: 'range', min: '0', max: '10', step: '1', value: String(mine[axis]), className: 'slider',
      onchange: () => later(),
      oninput: () => { output.textContent = input.value; } });
    const output = h('output', { for: `${axis}-${idea.id}`, className: 'slider-value' }, String(mine[axis]));
    const wrap = field({ id: `${axis}-${idea.id}`, label, hint, control: input });
    wrap.append(output);
    return wrap;
  };
  const effortSlider = slider('effort', t('effortLabel'), t('effortHint'));
  const differenceSlider = slider('difference', t('differenceLabel'), t('differenceHint'));
  const current = () => ({
    effort: Number(effortSlider.querySelector('input').value),
    difference: Number(differenceSlider.querySelector('input').value),
  });

  // Arrow keys move a slider a step at a time; the placement is saved once the person pauses.
  let pause = null;
  function later() {
    context.saving = true;
    clearTimeout(pause);
    pause = setTimeout(() => save(current()), 500);
  }

  // Dragging or tapping on the chart places the person's own marker where they let go.
  let dragging = false;
  chart.addEventListener('pointerdown', (event) => { dragging = true; chart.setPointerCapture(event.pointerId); event.preventDefault(); });
  chart.addEventListener('pointerup', (event) => {
    if (!dragging) return;
    dragging = false;
    save(fromPoint(chart, event.clientX, event.clientY));
  });
  chart.addEventListener('pointercancel', () => { dragging = false; });

  async function save(placement) {
    context.saving = true;
    try {
      await call('PUT', `/workshops/${join.workshopId}/grid/${idea.id}`, { token: me.token, body: placement });
      context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
      const focused = document.activeElement?.id;
      grid(context);
      if (focused) document.getElementById(focused)?.focus();
      announce(t('placed', { effort: placement.effort, difference: placement.difference }));
    } catch (e) {
      if (e.error === 'wrong_phase') return context.reload();
      grid(context, problemText(e));
    } finally {
      context.saving = false;
    }
  }

  async function nudge(direction) {
    try {
      await call('POST', `/workshops/${join.workshopId}/grid/${idea.id}/nudges`, { token: me.token, body: { direction } });
      context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
      grid(context);
      document.getElementById(`nudge-${direction}-${idea.id}`)?.focus();
      announce(t('nudged'));
    } catch (e) {
      if (e.error === 'wrong_phase') return context.reload();
      grid(context, problemText(e));
    }
  }

  const where = g.position
    ? t(g.fixed ? 'gridFixedAt' : 'gridGroupAt', { effort: shortNumber(g.position.effort), difference: shortNumber(g.position.difference), quadrant: t(`quadrant_${g.position.quadrant}`) })
    : t('gridNotPlaced');
  return h('section', { className: 'theme-card grid-card', id: `grid-${idea.id}` },
    h('h2', { id: `idea-${idea.id}` }, idea.text),
    h('p', { className: 'count' }, where),
    h('p', { className: 'meta' }, t('gridPlacedBy', { n: g.placements }), g.myPlacement ? ` ${t('gridYours', mine)}` : ` ${t('gridNotYours')}`),
    h('div', { className: 'chart-wrap' }, chart),
    h('p', { className: 'meta' }, t('gridLegend')),
    effortSlider,
    differenceSlider,
    g.myPlacement ? null : h('button', { className: 'button', type: 'button', id: `place-${idea.id}`, onclick: () => save(current()) }, t('placeHere')),
    g.position && !g.fixed ? h('div', { className: 'nudges', role: 'group', 'aria-labelledby': `nudge-label-${idea.id}` },
      h('p', { id: `nudge-label-${idea.id}` }, t('nudgeLabel')),
      ['up', 'down', 'left', 'right'].map((direction) => h('button', {
        className: 'button secondary small', type: 'button', id: `nudge-${direction}-${idea.id}`,
        'aria-describedby': `idea-${idea.id}`, onclick: () => nudge(direction),
      }, t(`nudge_${direction}`)))) : null);
}

// People choose the ideas they feel connected to, sign up to plans and write them. Quick wins
// come first, as the facilitator steers towards them.
function actionPlanning(context, error = null, writingFor = null) {
  const { board, join, me } = context;
  setTitle(t('actionTitle'));
  const ideasOnGrid = shortlisted(board).slice().sort((a, b) => quickFirst(a) - quickFirst(b));
  replace(main(),
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('actionTitle')),
    h('p', {}, t('actionIntro')),
    writingFor ? planForm({
      idPrefix: 'plan',
      idea: board.ideas.find((i) => i.id === writingFor),
      dates: board.planDates,
      submit: async (body) => {
        await call('POST', `/workshops/${join.workshopId}/actions`, { token: me.token, body: { ...body, ideaId: writingFor } });
        context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
        actionPlanning(context);
        announce(t('planSaved'));
      },
      cancel: () => actionPlanning(context),
      onWrongPhase: () => context.reload(),
    }) : ideasOnGrid.map((idea) => {
      const plans = board.actions.filter((a) => a.ideaId === idea.id);
      return h('section', { className: 'theme-card' },
        h('h2', {}, idea.text),
        idea.grid.position ? h('p', { className: 'tag' }, t(`quadrant_${idea.grid.position.quadrant}`)) : null,
        plans.length ? plans.map((plan) => h('div', { className: 'plan' },
          planView(plan, 'h3'),
          h('p', { className: 'meta' }, t('supportersCount', { n: plan.supporters })),
          h('button', {
            className: `button ${plan.supporting ? 'secondary' : ''} small`, type: 'button', id: `support-${plan.id}`,
            onclick: () => support(plan),
          }, plan.supporting ? t('leavePlan') : t('joinPlan'), h('span', { className: 'visually-hidden' }, `: ${plan.title}`))))
          : h('p', {}, t('noPlansYet')),
        h('button', { className: 'button secondary', type: 'button', onclick: () => { actionPlanning(context, null, idea.id); } },
          t('writePlan'), h('span', { className: 'visually-hidden' }, `: ${idea.text}`)));
    }));
  if (error) focusErrorSummary();
  if (writingFor) document.querySelector('main h2')?.focus();
  if (!writingFor) keepFresh(context, actionPlanning);

  async function support(plan) {
    try {
      if (plan.supporting) await call('DELETE', `/workshops/${join.workshopId}/actions/${plan.id}/supporters/me`, { token: me.token });
      else await call('POST', `/workshops/${join.workshopId}/actions/${plan.id}/supporters`, { token: me.token });
      context.board = await call('GET', `/workshops/${join.workshopId}/board`, { token: me.token });
      actionPlanning(context);
      document.getElementById(`support-${plan.id}`)?.focus();
      announce(plan.supporting ? t('leftPlan') : t('joinedPlan'));
    } catch (e) {
      if (e.error === 'wrong_phase') return context.reload();
      actionPlanning(context, problemText(e));
    }
  }
}

function quickFirst(idea) {
  const order = ['quick_win', 'major_project', 'small_tweak', 'reconsider'];
  return idea.grid.position ? order.indexOf(idea.grid.position.quadrant) : order.length;
}
