import { h, replace, announce, shorten } from './dom.js';
import { t, pick } from './i18n.js';
import { field, sending } from './forms.js';
import { LENSES, PHASES, lensName, priorityThemes, shortlisted } from './board.js';
import { gridChart, groupMarkers, shortNumber } from './grid.js';
import { planForm, planView } from './plans.js';

// The facilitator's day 2 tools, a card each: what is in place and the ideas with their dots,
// writing them down for people, the shortlist for the grid, the grid itself with fixing, and
// action plans. Each card is {element, draw(board)}; forms the facilitator is filling in are
// never redrawn under them.
const reached = (board, phase) => PHASES.indexOf(board.phase) >= PHASES.indexOf(phase);
const busy = (part) => part.contains(document.activeElement) && document.activeElement.matches('input, select, textarea');

export function dayTwoPanel(options) {
  const cards = [ideasCard(), entryCard(options), shortlistCard(options), gridCard(options), plansCard(options)];
  const element = h('div', {}, h('h2', { id: 'day-two-heading' }, t('ideasTitle')), cards.map((card) => card.element));
  return { element, draw: (board) => cards.forEach((card) => card.draw(board)) };
}

function ideasCard() {
  const ideasPart = h('div', {});
  let board = null;

  function drawIdeas() {
    const perspectives = board.workshop.perspectives;
    replace(ideasPart, priorityThemes(board).map((th) => h('div', { className: 'theme-card' },
      h('h3', {}, th.title),
      h('h4', {}, t('inPlaceTitle')),
      h('ul', {}, board.inPlace.filter((i) => i.themeId === th.id).map((i) => h('li', {}, i.text))),
      LENSES.map((lens) => {
        const ideas = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens).sort((a, b) => b.dots - a.dots);
        return ideas.length ? h('div', {},
          h('h4', {}, lensName(board, lens)),
          h('div', { className: 'table-wrap' }, h('table', {},
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('ideaLabel')), h('th', { scope: 'col' }, t('dotsWord', { n: '' }).trim()),
              perspectives.map((p) => h('th', { scope: 'col' }, pick(p.label))))),
            h('tbody', {}, ideas.map((i) => h('tr', {}, h('th', { scope: 'row' }, i.text), h('td', {}, i.dots),
              perspectives.map((p) => h('td', {}, i.dotsByPerspective[p.id] || 0)))))))) : null;
      }))));
  }

  return { element: ideasPart, draw(next) { board = next; drawIdeas(); } };
}

function entryCard({ workshopId, api, refresh, problem }) {
  const entryPart = h('div', {});
  let board = null;
  let entryThemes = '';

  // Writing down what people say aloud or on paper, for any priority theme.
  function drawEntry() {
    const themes = priorityThemes(board);
    const key = themes.map((th) => `${th.id}:${th.title}`).join('|');
    if (key === entryThemes || busy(entryPart)) return;
    entryThemes = key;
    if (!themes.length) { replace(entryPart); return; }
    const theme = h('select', { name: 'theme' }, themes.map((th) => h('option', { value: th.id }, th.title)));
    const kind = h('select', { name: 'kind' },
      h('option', { value: 'in-place' }, t('inPlaceTitle')),
      LENSES.map((lens) => h('option', { value: lens }, lensName(board, lens))));
    const text = h('textarea', { name: 'text', rows: '3', 'data-draft': 'day-two-text' });
    replace(entryPart, h('section', { className: 'card', 'aria-labelledby': 'day-two-entry-heading' },
      h('h3', { id: 'day-two-entry-heading' }, t('dayTwoEntryTitle')),
      h('p', {}, t('dayTwoEntryHint')),
      h('form', {
        novalidate: true, onsubmit: async (event) => {
          event.preventDefault();
          if (!text.value.trim()) { problem({ status: 400, message: t('answerMissing') }); text.focus(); return; }
          const inPlace = kind.value === 'in-place';
          await sending(event.currentTarget, async () => {
            try {
              await api('POST', `/workshops/${workshopId}/${inPlace ? 'in-place' : 'ideas'}`,
                inPlace ? { themeId: theme.value, text: text.value } : { themeId: theme.value, lens: kind.value, text: text.value });
              text.value = '';
              text.dispatchEvent(new Event('input', { bubbles: true }));
              text.focus();
              announce(t(inPlace ? 'successAdded' : 'ideaAdded'));
              await refresh(true);
            } catch (e) { problem(e); }
          });
        },
      },
      field({ id: 'day-two-theme', label: t('themeLabel'), control: theme }),
      field({ id: 'day-two-kind', label: t('dayTwoKind'), control: kind }),
      field({ id: 'day-two-text', label: t('answerLabel'), control: text }),
      h('button', { className: 'button secondary', type: 'submit' }, t('addForThem')))));
  }

  return { element: entryPart, draw(next) { board = next; drawEntry(); } };
}

function shortlistCard({ workshopId, api, refresh, problem }) {
  const shortlistPart = h('section', { 'aria-labelledby': 'shortlist-heading' });
  let board = null;
  let shortlistEdited = false;

  function drawShortlist() {
    const ranked = board.ideas.slice().sort((a, b) => b.dots - a.dots);
    const chosen = new Set(board.shortlist);
    replace(shortlistPart,
      h('h3', { id: 'shortlist-heading' }, t('shortlistTitle')),
      h('p', {}, t('shortlistHint', { n: board.workshop.settings.shortlistSize })),
      ranked.length ? h('form', {
        onsubmit: async (event) => {
          event.preventDefault();
          const ideaIds = [...shortlistPart.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
          try {
            await api('PUT', `/workshops/${workshopId}/shortlist`, { ideaIds });
            shortlistEdited = false;
            await refresh(true);
            announce(t('shortlistSaved', { n: ideaIds.length }));
          } catch (e) { problem(e); }
        },
      },
      h('fieldset', {},
        h('legend', { className: 'visually-hidden' }, t('shortlistTitle')),
        h('div', { className: 'choices' }, ranked.map((idea) => h('div', { className: 'choice' },
          h('input', { type: 'checkbox', id: `shortlist-${idea.id}`, value: idea.id, checked: chosen.has(idea.id), onchange: () => { shortlistEdited = true; } }),
          h('label', { for: `shortlist-${idea.id}` }, `${idea.text} `, h('span', { className: 'meta' }, `(${t('dotsWord', { n: idea.dots })})`)))))),
      h('button', { className: 'button secondary', type: 'submit' }, t('saveShortlist'))) : h('p', {}, t('noIdeasYet')));
  }

  return {
    element: shortlistPart,
    draw(next) {
      board = next;
      if (!reached(board, 'idea_voting')) replace(shortlistPart);
      else if (!shortlistEdited && !busy(shortlistPart)) drawShortlist();
    },
  };
}

function gridCard({ workshopId, api, refresh, problem }) {
  const gridPart = h('section', { 'aria-labelledby': 'grid-heading' });
  let board = null;

  function drawGrid() {
    const ideas = shortlisted(board);
    const markers = groupMarkers(ideas);
    replace(gridPart,
      h('h3', { id: 'grid-heading' }, t('gridTitle')),
      h('div', { className: 'chart-wrap' }, gridChart({ title: t('gridTitle'), markers })),
      h('div', { className: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['#', t('ideaLabel'), t('gridWhere'), t('gridPlacedHeading'), t('gridNudgesHeading'), t('gridFixHeading')]
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ideas.map((idea, i) => {
          const g = idea.grid;
          const effort = h('input', { type: 'number', min: '0', max: '10', step: '1', className: 'short', value: g.position ? Math.round(g.position.effort) : 5 });
          const difference = h('input', { type: 'number', min: '0', max: '10', step: '1', className: 'short', value: g.position ? Math.round(g.position.difference) : 5 });
          return h('tr', {},
            h('td', {}, i + 1),
            h('th', { scope: 'row' }, idea.text),
            h('td', {}, g.position ? `${t(`quadrant_${g.position.quadrant}`)} (${shortNumber(g.position.effort)}, ${shortNumber(g.position.difference)})${g.fixed ? ` ${t('fixedTag')}` : ''}` : t('gridNotPlaced')),
            h('td', {}, g.placements),
            h('td', {}, g.nudges.length ? g.nudges.map((n) => t(`nudgeArrow_${n.direction}`)).join(' ') : '–'),
            h('td', {}, h('form', {
              className: 'inline-form', onsubmit: async (event) => {
                event.preventDefault();
                try {
                  await api('PUT', `/workshops/${workshopId}/grid/${idea.id}/fixed`, { effort: Number(effort.value), difference: Number(difference.value) });
                  await refresh(true);
                  announce(t('fixedDone'));
                } catch (e) { problem(e); }
              },
            },
            field({ id: `fix-effort-${idea.id}`, label: t('effortShort'), control: effort }),
            field({ id: `fix-difference-${idea.id}`, label: t('differenceShort'), control: difference }),
            h('button', { className: 'button secondary small', type: 'submit' }, t('fixHere'), h('span', { className: 'visually-hidden' }, `: ${shorten(idea.text, 40)}`)),
            g.fixed ? h('button', {
              className: 'button secondary small', type: 'button', onclick: async () => {
                try { await api('DELETE', `/workshops/${workshopId}/grid/${idea.id}/fixed`); await refresh(true); } catch (e) { problem(e); }
              },
            }, t('unfix'), h('span', { className: 'visually-hidden' }, `: ${shorten(idea.text, 40)}`)) : null)));
        })))));
  }

  return {
    element: gridPart,
    draw(next) {
      board = next;
      if (!reached(board, 'grid')) replace(gridPart);
      else if (!busy(gridPart)) drawGrid();
    },
  };
}

function plansCard({ workshopId, api, refresh }) {
  const plansPart = h('section', { 'aria-labelledby': 'plans-heading' });
  const planFormPart = h('div', {});
  let board = null;

  function drawPlans() {
    const ideas = shortlisted(board);
    const pick = h('select', { name: 'idea' }, (ideas.length ? ideas : board.ideas).map((i) => h('option', { value: i.id }, i.text)));
    replace(plansPart,
      h('h3', { id: 'plans-heading' }, t('actionTitle')),
      board.actions.length ? board.actions.map((plan) => h('div', { className: 'theme-card' },
        h('p', { className: 'meta' }, board.ideas.find((i) => i.id === plan.ideaId)?.text || ''),
        planView(plan, 'h4'),
        h('p', { className: 'meta' }, t('supportersCount', { n: plan.supporters })))) : h('p', {}, t('noPlansYet')),
      planFormPart.firstChild ? null : h('form', {
        className: 'inline-form', onsubmit: (event) => {
          event.preventDefault();
          const idea = board.ideas.find((i) => i.id === pick.value);
          replace(planFormPart, planForm({
            idPrefix: 'console-plan', idea, dates: board.planDates,
            submit: async (body) => {
              await api('POST', `/workshops/${workshopId}/actions`, { ...body, ideaId: idea.id });
              replace(planFormPart);
              await refresh(true);
              announce(t('planSaved'));
            },
            cancel: () => { replace(planFormPart); drawPlans(); },
          }));
          drawPlans();
          planFormPart.querySelector('h2')?.focus();
        },
      },
      field({ id: 'console-plan-idea', label: t('planForIdea'), control: pick }),
      h('button', { className: 'button secondary', type: 'submit' }, t('writePlan'))));
  }

  return {
    element: h('div', {}, plansPart, planFormPart),
    draw(next) {
      board = next;
      if (reached(board, 'action_planning')) drawPlans();
      else { replace(plansPart); replace(planFormPart); }
    },
  };
}
