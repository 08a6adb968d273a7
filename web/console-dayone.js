import { h, replace, announce, shorten } from './dom.js';
import { t, pick } from './i18n.js';
import { field, checkbox } from './forms.js';
import { priorityThemes, causesUnder } from './board.js';
import { affinityWall } from './console-wall.js';
import { moderation } from './moderation.js';

// The facilitator's day 1 tools: suggested themes, the affinity wall (console-wall.js), the
// votes by perspective, and the root causes and success statements, each with its hide control.
export function dayOnePanel(options) {
  const { workshopId, api, refresh, problem } = options;
  const element = h('div', {});
  const wall = affinityWall({ workshopId, api, refresh, problem });
  // The wall stays in the page between redraws, so focus, selection and scrolling stay put.
  const before = h('div', {});
  const after = h('div', {});
  let board = null;
  // Suggestions are kept per question until accepted or rejected; redraws keep them.
  const suggestions = {};
  const leftOut = {};

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
    // A double press accepts once: the proposal becomes one theme.
    if (proposal.accepting) return;
    proposal.accepting = true;
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
    } catch (e) {
      proposal.accepting = false;
      problem(e);
    }
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
              t('acceptWith', { n: kept }), h('span', { className: 'visually-hidden' }, ` ${shorten(proposal.title, 40)}`)),
            h('button', {
              className: 'button secondary small', type: 'button',
              onclick: () => { suggestions[category] = list.filter((p) => p !== proposal); draw(board, true); },
            }, t('reject'), h('span', { className: 'visually-hidden' }, ` ${shorten(proposal.title, 40)}`))));
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
        causes(th.id, null),
        h('ul', {}, board.success.filter((su) => su.themeId === th.id).map((su) => h('li', {},
          h('span', { className: 'tag' }, pick(board.workshop.perspectives.find((p) => p.id === su.perspective)?.label)), su.text, ' ',
          moderation(su, options)))))));
  }

  // The why-chains, each cause with its own hide control.
  function causes(themeId, parentId) {
    const children = causesUnder(board, themeId, parentId);
    return children.length ? h('ul', { className: 'cause-tree' }, children.map((c) => h('li', {},
      c.text, ' ', moderation(c, options), causes(themeId, c.id)))) : null;
  }

  function draw(next, force = false) {
    board = next;
    wall.draw(board, force);
    if (!element.childNodes.length) element.append(before, wall.element, after);
    const typing = before.contains(document.activeElement) && document.activeElement.matches('input, textarea, select')
      || [...before.querySelectorAll('input[name=title]')].some((i) => i.value && !i.defaultValue && i.value !== i.defaultValue);
    if (!(typing && !force)) {
      const statements = Object.fromEntries(board.statements.map((s) => [s.id, s]));
      replace(before,
        h('h2', { id: 'themes-heading' }, t('themesPanel')),
        h('div', { className: 'button-row' },
          h('button', {
            className: 'button secondary small', type: 'button', onclick: async () => {
              try {
                const sent = await api('POST', `/workshops/${workshopId}/summaries`, { day: 1 });
                announce(t({ sent: 'summarySent', already_sent: 'summaryAlready' }[sent.status] || 'summaryPending'));
              } catch (err) { problem(err); }
            },
          }, t('sendSummary'))),
        board.workshop.prompts.map((p) => h('section', { 'aria-label': pick(p.text) },
          h('h3', {}, pick(p.text)),
          h('button', { className: 'button secondary small', type: 'button', 'aria-label': `${t('suggest')}: ${pick(p.text)}`, onclick: () => suggest(p.id) },
            t('suggest')),
          suggestionList(p.id, statements))));
    }
    replace(after, votes(), causesAndSuccess());
  }

  return { element, draw };
}
