import { h, replace, announce } from './dom.js';
import { t, pick } from './i18n.js';
import { field, checkbox } from './forms.js';
import { priorityThemes, causeTree } from './board.js';

// The facilitator's day 1 tools. Every drag has a "Move to theme" menu beside it, so the
// same work can be done by keyboard or with a single tap.
export function dayOnePanel({ workshopId, api, refresh, problem }) {
  const element = h('div', {});
  let board = null;
  let lastMove = null;
  // Suggestions are kept per question until accepted or rejected; redraws keep them.
  const suggestions = {};
  const leftOut = {};

  async function move(statementId, themeId, from) {
    try {
      await api('PUT', `/workshops/${workshopId}/statements/${statementId}/theme`, { themeId: themeId || null });
      lastMove = { statementId, from: from || null };
      await refresh(true);
      announce(t('moveDone'));
    } catch (e) { problem(e); }
  }

  function themeOptions(category, exceptId) {
    return board.themes.filter((th) => th.category === category && th.id !== exceptId)
      .map((th) => h('option', { value: th.id }, th.title));
  }

  function moveControl(statement) {
    const select = h('select', { name: 'theme' },
      h('option', { value: '' }, t('backToUnsorted')),
      themeOptions(statement.prompt, null).map((o) => { if (o.value === statement.themeId) o.selected = true; return o; }));
    const id = `move-${statement.id}`;
    return h('form', { className: 'inline-form', onsubmit: (e) => { e.preventDefault(); move(statement.id, select.value, statement.themeId); } },
      field({ id, label: t('moveToTheme'), control: select, labelClass: 'visually-hidden' }),
      h('button', { className: 'button secondary small', type: 'submit' }, t('moveStatement'), h('span', { className: 'visually-hidden' }, ` ${statement.text.slice(0, 40)}`)));
  }

  async function reorder(theme, from, to) {
    const ids = theme.statementIds.slice();
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    try {
      await api('POST', `/workshops/${workshopId}/themes/${theme.id}/order`, { statementIds: ids });
      await refresh(true);
      element.querySelector(`[data-statement="${moved}"] .order-${to < from ? 'up' : 'down'}:not([disabled])`)?.focus();
    } catch (e) {
      if (e.error === 'stale_version') { await refresh(true); announce(t('staleTheme')); } else problem(e);
    }
  }

  function orderControls(theme, index) {
    if (!theme) return null;
    const short = ` ${board.statements.find((s) => s.id === theme.statementIds[index])?.text.slice(0, 40) || ''}`;
    return h('div', { className: 'button-row' },
      h('button', { className: 'button secondary small order-up', type: 'button', disabled: index === 0, onclick: () => reorder(theme, index, index - 1) },
        t('moveUp'), h('span', { className: 'visually-hidden' }, short)),
      h('button', { className: 'button secondary small order-down', type: 'button', disabled: index === theme.statementIds.length - 1, onclick: () => reorder(theme, index, index + 1) },
        t('moveDown'), h('span', { className: 'visually-hidden' }, short)));
  }

  function statementItem(statement, theme = null, index = 0) {
    const li = h('li', { draggable: 'true', 'data-statement': statement.id },
      h('p', { className: 'words' }, statement.text),
      moveControl(statement),
      orderControls(theme, index));
    li.addEventListener('dragstart', (e) => {
      e.dataTransfer.setData('text/plain', JSON.stringify({ id: statement.id, from: statement.themeId || null }));
    });
    return li;
  }

  function dropTarget(card, themeId) {
    card.addEventListener('dragover', (e) => { e.preventDefault(); card.classList.add('drop-target'); });
    card.addEventListener('dragleave', () => card.classList.remove('drop-target'));
    card.addEventListener('drop', (e) => {
      e.preventDefault();
      card.classList.remove('drop-target');
      const moved = JSON.parse(e.dataTransfer.getData('text/plain') || '{}');
      if (moved.id) move(moved.id, themeId, moved.from);
    });
    return card;
  }

  function themeCard(theme, statements) {
    const title = h('input', { type: 'text', name: 'title', value: theme.title });
    const mergeSelect = h('select', { name: 'into' }, themeOptions(theme.category, theme.id));
    return dropTarget(h('div', { className: 'theme-card', 'data-theme': theme.id },
      h('h4', {}, theme.title, ' ', h('span', { className: 'meta' }, `(${t('statementsCount', { n: theme.count })}${theme.dots ? `, ${t('dotsWord', { n: theme.dots })}` : ''})`)),
      h('ul', { className: 'answers' }, theme.statementIds.map((id, i) => statements[id] && statementItem(statements[id], theme, i))),
      h('form', {
        className: 'inline-form', onsubmit: async (e) => {
          e.preventDefault();
          try {
            await api('PATCH', `/workshops/${workshopId}/themes/${theme.id}`, { title: title.value, version: theme.version });
            await refresh(true);
          } catch (err) {
            if (err.error === 'stale_version') { await refresh(true); announce(t('staleTheme')); } else problem(err);
          }
        },
      }, field({ id: `title-${theme.id}`, label: t('renameLabel'), control: title }), h('button', { className: 'button secondary small', type: 'submit' }, t('rename'))),
      mergeSelect.options.length ? h('form', {
        className: 'inline-form', onsubmit: async (e) => {
          e.preventDefault();
          try {
            await api('POST', `/workshops/${workshopId}/themes/${theme.id}/merge`, { intoThemeId: mergeSelect.value });
            await refresh(true);
          } catch (err) { problem(err); }
        },
      }, field({ id: `merge-${theme.id}`, label: t('mergeInto'), control: mergeSelect }), h('button', { className: 'button secondary small', type: 'submit' }, t('merge'))) : null), theme.id);
  }

  function newThemeForm(category) {
    const title = h('input', { type: 'text', name: 'title', maxlength: '200' });
    return h('form', {
      className: 'inline-form', onsubmit: async (e) => {
        e.preventDefault();
        if (!title.value.trim()) return;
        try {
          await api('POST', `/workshops/${workshopId}/themes`, { category, title: title.value });
          title.value = '';
          await refresh(true);
        } catch (err) { problem(err); }
      },
    }, field({ id: `new-theme-${category}`, label: t('newThemeLabel'), hint: t('newThemeHint'), control: title }),
    h('button', { className: 'button small', type: 'submit' }, t('createTheme')));
  }

  async function suggest(category) {
    suggestions[category] = 'loading';
    draw(board, true);
    try {
      const answer = await api('POST', `/workshops/${workshopId}/theme-suggestions`, { category });
      // Each proposal remembers the answers the facilitator takes out of it.
      suggestions[category] = answer.themes.map((proposal) => ({ ...proposal, out: new Set() }));
      leftOut[category] = { welsh: (answer.welsh || []).length, unsorted: (answer.unsorted || []).length };
    } catch (e) {
      delete suggestions[category];
      problem(e);
    }
    draw(board, true);
    element.querySelector(`#suggestions-${category}`)?.focus();
  }

  async function accept(category, proposal, title) {
    try {
      // Answers taken out of the proposal stay unsorted.
      const kept = proposal.statementIds.filter((id) => !proposal.out.has(id));
      const created = await api('POST', `/workshops/${workshopId}/themes`, { category, title });
      for (const statementId of kept) {
        await api('PUT', `/workshops/${workshopId}/statements/${statementId}/theme`, { themeId: created.id });
      }
      suggestions[category] = suggestions[category].filter((p) => p !== proposal);
      await refresh(true);
      announce(t('accepted', { title, n: kept.length }));
    } catch (e) { problem(e); }
  }

  function suggestionList(category, statements) {
    const list = suggestions[category];
    if (!list) return null;
    if (list === 'loading') return h('p', { role: 'status' }, t('suggesting'));
    return h('div', { className: 'suggestions', id: `suggestions-${category}`, tabindex: '-1', 'aria-labelledby': `suggestions-heading-${category}` },
      h('h4', { id: `suggestions-heading-${category}` }, t('suggestionsHeading')),
      h('p', { className: 'hint' }, t('suggestionsHint')),
      list.length ? null : h('p', {}, t('noSuggestions')),
      leftOut[category]?.unsorted ? h('p', { className: 'hint' }, t('suggestionsUnsorted', { n: leftOut[category].unsorted })) : null,
      leftOut[category]?.welsh ? h('p', { className: 'hint' }, t('suggestionsWelsh', { n: leftOut[category].welsh })) : null,
      list.map((proposal, i) => {
        // A title being rewritten survives the redraw that taking an answer out makes.
        const title = h('input', {
          type: 'text', name: 'title', value: proposal.draft ?? proposal.title, maxlength: '200',
          oninput: (e) => { proposal.draft = e.target.value; },
        });
        const middle = statements[proposal.middleStatementId];
        const kept = proposal.statementIds.filter((id) => !proposal.out.has(id)).length;
        return h('div', { className: 'theme-card suggestion' },
          field({ id: `suggestion-${category}-${i}`, label: t('suggestionTitle'), hint: t('suggestionTitleHint'), control: title }),
          middle ? h('p', { className: 'middle' }, h('span', { className: 'meta' }, t('suggestionMiddle')), ' ', h('span', { className: 'words' }, middle.text)) : null,
          h('fieldset', { className: 'answers' },
            h('legend', {}, t('suggestionAnswers')),
            h('div', { className: 'choices' }, proposal.statementIds.map((id) => statements[id]).filter(Boolean).map((st) => checkbox({
              id: `suggestion-${category}-${i}-${st.id}`,
              label: st.text,
              checked: !proposal.out.has(st.id),
              onchange: (e) => {
                if (e.target.checked) proposal.out.delete(st.id); else proposal.out.add(st.id);
                draw(board, true);
                element.querySelector(`#suggestion-${category}-${i}-${st.id}`)?.focus();
              },
            })))),
          h('div', { className: 'button-row' },
            h('button', { className: 'button small', type: 'button', disabled: kept === 0, onclick: () => accept(category, proposal, title.value) },
              t('acceptWith', { n: kept }), h('span', { className: 'visually-hidden' }, ` ${proposal.title.slice(0, 40)}`)),
            h('button', {
              className: 'button secondary small', type: 'button',
              onclick: () => { suggestions[category] = list.filter((p) => p !== proposal); draw(board, true); },
            }, t('reject'), h('span', { className: 'visually-hidden' }, ` ${proposal.title.slice(0, 40)}`))));
      }));
  }

  function votes() {
    const ranked = board.themes.filter((th) => th.dots > 0).sort((a, b) => b.dots - a.dots);
    if (!ranked.length) return null;
    const perspectives = board.workshop.perspectives;
    return h('section', { 'aria-labelledby': 'votes-heading' },
      h('h3', { id: 'votes-heading' }, t('votesPanel')),
      h('div', { className: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('themesPanel')), h('th', { scope: 'col' }, t('dotsWord', { n: '' }).trim()),
          perspectives.map((p) => h('th', { scope: 'col' }, pick(p.label))))),
        h('tbody', {}, ranked.map((th) => h('tr', {}, h('th', { scope: 'row' }, th.title), h('td', {}, th.dots),
          perspectives.map((p) => h('td', {}, th.dotsByPerspective[p.id] || 0))))))));
  }

  function causesAndSuccess() {
    if (!board.causes.length && !board.success.length) return null;
    return h('section', {},
      h('h3', {}, t('causesPanel'), ' / ', t('successPanel')),
      priorityThemes(board).map((th) => h('div', { className: 'theme-card' },
        h('h4', {}, th.title),
        causeTree(board, th.id),
        h('ul', {}, board.success.filter((su) => su.themeId === th.id).map((su) => h('li', {},
          h('span', { className: 'tag' }, pick(board.workshop.perspectives.find((p) => p.id === su.perspective)?.label)), su.text))))));
  }

  function draw(next, force = false) {
    board = next;
    const typing = element.contains(document.activeElement) && document.activeElement.matches('input, textarea, select')
      || [...element.querySelectorAll('input[name=title]')].some((i) => i.value && !i.defaultValue && i.value !== i.defaultValue);
    if (typing && !force && element.childNodes.length) return;
    const statements = Object.fromEntries(board.statements.map((s) => [s.id, s]));
    replace(element,
      h('h2', { id: 'themes-heading' }, t('themesPanel')),
      h('div', { className: 'button-row' },
        h('button', {
          className: 'button secondary small', type: 'button', disabled: !lastMove,
          onclick: async () => { const undo = lastMove; await move(undo.statementId, undo.from, null); lastMove = null; announce(t('undone')); },
        }, t('undoMove')),
        h('button', {
          className: 'button secondary small', type: 'button', onclick: async () => {
            try {
              const sent = await api('POST', `/workshops/${workshopId}/summaries`, { day: 1 });
              announce(t({ sent: 'summarySent', already_sent: 'summaryAlready' }[sent.status] || 'summaryPending'));
            } catch (err) { problem(err); }
          },
        }, t('sendSummary'))),
      board.workshop.prompts.map((p) => {
        const unsorted = board.statements.filter((s) => s.prompt === p.id && !s.themeId && !s.hidden);
        return h('section', { 'aria-label': pick(p.text) },
          h('h3', {}, pick(p.text)),
          h('button', { className: 'button secondary small', type: 'button', 'aria-label': `${t('suggest')}: ${pick(p.text)}`, onclick: () => suggest(p.id) },
            t('suggest')),
          suggestionList(p.id, statements),
          newThemeForm(p.id),
          board.themes.filter((th) => th.category === p.id).map((th) => themeCard(th, statements)),
          dropTarget(h('div', { className: 'theme-card unsorted' },
            h('h4', {}, t('unsorted'), ' ', h('span', { className: 'meta' }, `(${unsorted.length})`)),
            h('p', { className: 'hint' }, t('dropHere')),
            h('ul', { className: 'answers' }, unsorted.map((st) => statementItem(st)))), null));
      }),
      votes(),
      causesAndSuccess());
  }

  return { element, draw };
}
