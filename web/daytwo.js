import { h, draw, announce } from './dom.js';
import { t } from './i18n.js';
import { call, submit } from './api.js';
import { field, errorSummary, problemText, sending, restoreDrafts } from './forms.js';
import { setTitle } from './navigation.js';
import { dotVoting, showProblem, contributionForm, listWith } from './dayone.js';
import { LENSES, lensName, priorityThemes, shortlisted, stageTop } from './board.js';
import { gridChart, fromPoint, shortNumber } from './grid.js';
import { planForm, planView } from './plans.js';
import { pendingFor, heldMark } from './contributions.js';
import * as live from './live.js';

// A participant's day 2: what is already in place, ideas through three lenses, voting on the
// ideas, placing the shortlisted ideas on the investment grid, and action planning. Each view
// draws from context.board and is drawn again (patched) whenever the board changes.
const main = () => document.getElementById('main');

export function show(context) {
  const views = { in_place: inPlace, ideas, idea_voting: ideaVoting, grid, action_planning: actionPlanning };
  const view = views[context.board.phase];
  context.error = null;
  context.redraw = () => view(context);
  context.redraw();
}

function inPlace(context) {
  const { board } = context;
  setTitle(t('inPlaceTitle'));
  const error = context.error;
  draw(main(), 'in_place',
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('inPlaceTitle')),
    stageTop(board),
    h('p', {}, t('inPlaceIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => {
      const listed = board.inPlace.filter((i) => i.themeId === th.id);
      const waiting = pendingFor((about) => about.kind === 'in_place' && about.themeId === th.id, board.inPlace);
      return h('section', { className: 'theme-card', 'data-key': th.id },
        h('h2', {}, th.title),
        listWith(listed, waiting, (i) => h('p', { className: 'words' }, i.text)) || h('p', {}, t('nothingInPlaceYet')),
        contributionForm(context, {
          id: `in-place-${th.id}`, label: t('inPlaceLabel'), button: t('addInPlace'), path: 'in-place',
          body: () => ({ themeId: th.id }), about: { kind: 'in_place', themeId: th.id }, done: t('successAdded'),
        }));
    }));
}

function ideas(context) {
  const { board } = context;
  setTitle(t('ideasTitle'));
  const error = context.error;
  draw(main(), 'ideas',
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('ideasTitle')),
    stageTop(board),
    h('p', {}, t('ideasIntro')),
    priorityThemes(board).length ? null : h('p', {}, t('prioritiesNone')),
    priorityThemes(board).map((th) => h('section', { className: 'theme-card', 'data-key': th.id },
      h('h2', {}, th.title),
      LENSES.map((lens) => {
        const these = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens);
        const waiting = pendingFor((about) => about.kind === 'idea' && about.themeId === th.id && about.lens === lens, board.ideas);
        return h('div', { 'data-key': `lens-${lens}` },
          h('h3', {}, lensName(board, lens)),
          listWith(these, waiting, (i) => h('p', { className: 'words' }, i.text)) || h('p', { className: 'meta' }, t('noIdeasYet')),
          contributionForm(context, {
            id: `idea-${th.id}-${lens}`, label: `${t('ideaLabel')}: ${lensName(board, lens)}`, hint: t(`lensHint_${lens}`), button: t('addIdea'),
            path: 'ideas', body: () => ({ themeId: th.id, lens }), about: { kind: 'idea', themeId: th.id, lens }, done: t('ideaAdded'),
          }));
      }))));
}

// An idea as dotVoting shows it: held marks the person's own idea that waits for a facilitator.
const asVotingItem = (i) => ({ id: i.id, title: i.text, myDots: i.myDots, held: i.held });

function ideaVoting(context) {
  const { board } = context;
  const settings = board.workshop.settings;
  const themed = priorityThemes(board).map((th) => ({
    heading: th.title,
    items: board.ideas.filter((i) => i.themeId === th.id).map(asVotingItem),
  }));
  const known = new Set(priorityThemes(board).map((th) => th.id));
  themed.push({
    heading: t('otherIdeas'),
    items: board.ideas.filter((i) => !known.has(i.themeId)).map(asVotingItem),
  });
  dotVoting(context, {
    page: 'idea_voting',
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
function grid(context) {
  const { board } = context;
  setTitle(t('gridTitle'));
  const ideasOnGrid = shortlisted(board);
  const error = context.error;
  draw(main(), 'grid',
    errorSummary(error ? [{ text: error }] : []),
    h('h1', {}, t('gridTitle')),
    stageTop(board),
    h('p', {}, t('gridIntro')),
    ideasOnGrid.length ? null : h('p', {}, t('gridNothing')),
    ideasOnGrid.map((idea) => gridCard(context, idea)));
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
      oninput: (event) => { event.currentTarget.parentElement.querySelector('output').textContent = event.currentTarget.value; } });
    const output = h('output', { for: `${axis}-${idea.id}`, className: 'slider-value' }, String(mine[axis]));
    const wrap = field({ id: `${axis}-${idea.id}`, label, hint, control: input });
    wrap.append(output);
    return wrap;
  };
  const effortSlider = slider('effort', t('effortLabel'), t('effortHint'));
  const differenceSlider = slider('difference', t('differenceLabel'), t('differenceHint'));
  const current = () => ({
    effort: Number(document.getElementById(`effort-${idea.id}`)?.value ?? mine.effort),
    difference: Number(document.getElementById(`difference-${idea.id}`)?.value ?? mine.difference),
  });

  // Arrow keys move a slider a step at a time; the placement is saved once the person pauses.
  let pause = null;
  function later() {
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
    try {
      await call('PUT', `/workshops/${join.workshopId}/grid/${idea.id}`, { token: me.token, body: placement });
      await live.refresh();
      announce(t('placed', { effort: placement.effort, difference: placement.difference }));
    } catch (e) {
      if (e.error !== 'wrong_phase') showProblem(context, problemText(e));
    }
  }

  async function nudge(event, direction) {
    await sending(event.currentTarget, async () => {
      try {
        await submit('POST', `/workshops/${join.workshopId}/grid/${idea.id}/nudges`, { token: me.token, body: { direction } });
        await live.refresh();
        announce(t('nudged'));
      } catch (e) {
        if (e.error !== 'wrong_phase') showProblem(context, problemText(e));
      }
    });
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
        'aria-describedby': `idea-${idea.id}`, onclick: (event) => nudge(event, direction),
      }, t(`nudge_${direction}`)))) : null);
}

// People choose the ideas they feel connected to, sign up to plans and write them. Quick wins
// come first, as the facilitator steers towards them.
// While a person writes a plan, the page holds only the plan form and is not redrawn under them.
function actionPlanning(context) {
  const { board, join, me } = context;
  setTitle(t('actionTitle'));
  const writingFor = context.writingFor;
  const error = context.error;
  if (writingFor) {
    if (main().page === `plan/${writingFor}`) return;
    const idea = board.ideas.find((i) => i.id === writingFor);
    draw(main(), `plan/${writingFor}`,
      h('h1', {}, t('actionTitle')),
      stageTop(board),
      planForm({
        idPrefix: 'plan', dates: board.planDates,
        draftPrefix: `plan-${writingFor}`,
        idea,
        submit: async (body) => {
          await submit('POST', `/workshops/${join.workshopId}/actions`, { token: me.token, body: { ...body, ideaId: writingFor } });
          context.writingFor = null;
          context.saved = t('planSaved');
          await live.refresh().catch(() => {});
          context.redraw();
          document.getElementById('plan-saved')?.focus();
          announce(t('planSaved'));
        },
        cancel: () => {
          context.writingFor = null;
          context.redraw();
          document.getElementById(`write-${writingFor}`)?.focus();
        },
        onWrongPhase: () => live.refresh().catch(() => {}),
      }));
    restoreDrafts(main());
    document.querySelector('main h2')?.focus();
    return;
  }
  // "The plan is saved" stays through redraws (the refresh after saving makes one) until the
  // person does something else.
  const saved = context.saved;
  const ideasOnGrid = shortlisted(board).slice().sort((a, b) => quickFirst(a) - quickFirst(b));
  draw(main(), 'action_planning',
    errorSummary(error ? [{ text: error }] : []),
    saved ? h('div', { className: 'notice success', role: 'status', id: 'plan-saved', tabindex: '-1' }, saved) : null,
    h('h1', {}, t('actionTitle')),
    stageTop(board),
    h('p', {}, t('actionIntro')),
    ideasOnGrid.map((idea) => {
      const plans = board.actions.filter((a) => a.ideaId === idea.id);
      return h('section', { className: 'theme-card', 'data-key': idea.id },
        h('h2', {}, idea.text),
        idea.grid.position ? h('p', { className: 'tag' }, t(`quadrant_${idea.grid.position.quadrant}`)) : null,
        plans.length ? plans.map((plan) => h('div', { className: 'plan', 'data-key': plan.id },
          planView(plan, 'h3'),
          heldMark(plan),
          h('p', { className: 'meta' }, t('supportersCount', { n: plan.supporters })),
          h('button', {
            className: `button ${plan.supporting ? 'secondary' : ''} small`, type: 'button', id: `support-${plan.id}`,
            onclick: (event) => support(event, plan),
          }, plan.supporting ? t('leavePlan') : t('joinPlan'), h('span', { className: 'visually-hidden' }, `: ${plan.title}`))))
          : h('p', {}, t('noPlansYet')),
        h('button', {
          className: 'button secondary', type: 'button', id: `write-${idea.id}`,
          onclick: () => { context.writingFor = idea.id; context.error = null; context.saved = null; context.redraw(); },
        }, t('writePlan'), h('span', { className: 'visually-hidden' }, `: ${idea.text}`)));
    }));

  async function support(event, plan) {
    const button = event.currentTarget;
    if (button.sending) return;
    button.sending = true;
    context.saved = null;
    try {
      if (plan.supporting) await call('DELETE', `/workshops/${join.workshopId}/actions/${plan.id}/supporters/me`, { token: me.token });
      else await submit('POST', `/workshops/${join.workshopId}/actions/${plan.id}/supporters`, { token: me.token });
      await live.refresh();
      announce(plan.supporting ? t('leftPlan') : t('joinedPlan'));
    } catch (e) {
      if (e.error !== 'wrong_phase') showProblem(context, problemText(e));
    } finally {
      button.sending = false;
    }
  }
}

function quickFirst(idea) {
  const order = ['quick_win', 'major_project', 'small_tweak', 'reconsider'];
  return idea.grid.position ? order.indexOf(idea.grid.position.quadrant) : order.length;
}
