import { h, replace, announce } from './dom.js';
import { t } from './i18n.js';
import { field, problemText, sending } from './forms.js';
import { setHidden } from './moderation.js';

// The affinity wall: one question's answers at a time, the unsorted ones in their own
// scrolling tray beside the themes. Every card is one option in a listbox and the whole wall
// is one stop for the Tab key (a roving tabindex; the tray is one more while focus is in a
// theme); arrow keys move between cards, Space selects,
// M or Enter opens "Move to…" (themes numbered, so a move takes a few key presses), H hides
// answers from the wall (the answers card shows them again), and cards can be dragged, with the tray and the themes scrolling by themselves near their edges.
// Tapping cards and then "Move selected to…" does the same with a single pointer.
export function affinityWall({ workshopId, api, refresh, problem }) {
  let board = null;
  let statements = {};
  let prompt = null;
  let query = '';
  let active = null;
  let lastMove = null;
  let drag = null;
  let pending = null;
  let suppressClick = false;
  const selected = new Set();
  const openOptions = new Set();

  const questions = h('div', { className: 'button-row wall-questions', role: 'group', 'aria-label': t('wallQuestion') });
  const search = h('input', { type: 'search', name: 'wall-search', autocomplete: 'off', spellcheck: 'false' });
  const matches = h('p', { className: 'meta wall-matches', role: 'status' });
  const selectedCount = h('span', { className: 'meta', role: 'status' });
  // Its own line, so a redraw or a change of selection does not wipe it before it is read.
  const note = h('p', { className: 'meta wall-note', role: 'status' });
  const moveButton = h('button', { className: 'button small', type: 'button', onclick: () => openMoveDialog(selectionInOrder(), null) }, t('moveSelected'));
  const clearButton = h('button', { className: 'button secondary small', type: 'button', onclick: () => { selected.clear(); render(); } }, t('clearSelection'));
  const undoButton = h('button', {
    className: 'button secondary small', type: 'button', onclick: async () => {
      const undo = lastMove;
      lastMove = null;
      for (const step of undo.slice().reverse()) {
        try { await api('PUT', `/workshops/${workshopId}/statements/${step.statementId}/theme`, { themeId: step.from }); } catch (e) { problem(e); break; }
      }
      await refresh(true);
      announce(t('undone'));
    },
  }, t('undoMove'));
  const newTitle = h('input', { type: 'text', name: 'title', maxlength: '200' });
  const tray = h('div', { className: 'wall-tray' });
  const themesArea = h('div', { className: 'wall-themes' });
  const dialog = h('dialog', { className: 'move-dialog', 'aria-labelledby': 'move-dialog-title' });
  const element = h('section', { className: 'wall', 'aria-labelledby': 'wall-heading' },
    h('div', { className: 'wall-bar' },
      h('h3', { id: 'wall-heading', className: 'visually-hidden' }, t('wallHeading')),
      questions,
      h('div', { className: 'wall-tools' },
        field({ id: 'wall-search', label: t('wallSearch'), control: search }),
        h('div', { className: 'button-row' }, moveButton, clearButton, selectedCount, undoButton),
        note,
        h('form', { className: 'inline-form wall-new-theme', onsubmit: createTheme },
          field({ id: 'new-theme', label: t('newThemeLabel'), hint: t('newThemeHint'), control: newTitle }),
          h('button', { className: 'button small', type: 'submit' }, t('createTheme')))),
      h('details', { className: 'wall-help' }, h('summary', {}, t('wallKeysSummary')), h('p', {}, t('wallKeys'))),
      matches),
    h('div', { className: 'wall-body' }, tray, themesArea),
    dialog);

  search.addEventListener('input', () => { query = search.value; render(); matches.textContent = query.trim() ? t('wallMatches', { n: visibleCards().length }) : ''; });
  element.addEventListener('keydown', onKey);
  element.addEventListener('click', onClick);
  element.addEventListener('focusin', (e) => {
    // The tray's own list is a Tab stop only while the focused card is elsewhere: it hands focus to its first card.
    if (e.target.matches?.('.wall-cards')) {
      const first = e.target.querySelector('.wall-card');
      if (first) setActive(first.dataset.statement);
      return;
    }
    const card = e.target.closest?.('.wall-card');
    if (card) setActive(card.dataset.statement, false);
  });
  element.addEventListener('toggle', (e) => {
    const id = e.target.dataset?.themeOptions;
    if (id) { if (e.target.open) openOptions.add(id); else openOptions.delete(id); }
  }, true);
  element.addEventListener('pointerdown', onPointerDown);

  // A redraw keeps the question, search, selection, focus, open theme options and scroll
  // positions; it waits while a card is being dragged or a title is being typed.
  function draw(next, force = false) {
    board = next;
    statements = Object.fromEntries(board.statements.map((s) => [s.id, s]));
    if (!prompt || !board.workshop.prompts.some((p) => p.id === prompt)) prompt = board.workshop.prompts[0]?.id;
    for (const id of [...selected]) if (!statements[id]) selected.delete(id);
    const typing = themesArea.contains(document.activeElement) && document.activeElement.matches('input, select');
    if (drag || dialog.open || (typing && !force)) { pending = true; return; }
    pending = false;
    drawQuestions();
    render();
  }

  function drawQuestions() {
    const prompts = board.workshop.prompts;
    if (questions.childNodes.length !== prompts.length) {
      replace(questions, prompts.map((p) => h('button', {
        className: 'button secondary small', type: 'button', 'data-prompt': p.id,
        onclick: () => { prompt = p.id; selected.clear(); active = null; drawQuestions(); render(); },
      })));
    }
    for (const button of questions.children) {
      const id = button.dataset.prompt;
      button.setAttribute('aria-pressed', String(id === prompt));
      button.textContent = `${t(`prompt_${id}`)} (${t('wallUnsortedCount', { n: unsortedOf(id).length })})`;
    }
  }

  function unsortedOf(promptId) {
    // Hidden answers stay off the wall (themes never list them either).
    return board.statements.filter((s) => s.prompt === promptId && !s.themeId && !s.hidden).map((s) => s.id);
  }

  // In the order they were made (the board ranks them by size), so their numbers stay put.
  function themes() {
    return board.themes.filter((th) => th.category === prompt)
      .sort((a, b) => (a.position || 0) - (b.position || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  function matching(id) {
    const words = fold(query.trim());
    return !words || fold(statements[id]?.text || '').includes(words);
  }

  // The groups in wall order: the tray first (number 0), then each theme by its number.
  function groups() {
    return [{ theme: null, ids: unsortedOf(prompt) }, ...themes().map((theme) => ({ theme, ids: theme.statementIds.filter((id) => statements[id]) }))];
  }

  function render() {
    if (!board) return;
    const hadFocus = element.contains(document.activeElement) && document.activeElement.classList.contains('wall-card');
    const scroll = [tray.scrollTop, themesArea.scrollTop];
    const all = groups();
    const shown = all.flatMap((g) => g.ids.filter(matching));
    if (!shown.includes(active)) active = shown[0] || null;
    replace(tray, group(all[0], 0));
    replace(themesArea, all.slice(1).map((g, i) => group(g, i + 1)));
    [tray.scrollTop, themesArea.scrollTop] = scroll;
    selectedCount.textContent = selected.size ? t('wallSelected', { n: selected.size }) : '';
    moveButton.disabled = selected.size === 0;
    clearButton.disabled = selected.size === 0;
    undoButton.disabled = !lastMove;
    trayStop();
    if (hadFocus) focusActive();
  }

  function group({ theme, ids }, number) {
    const key = theme ? theme.id : '';
    const headingId = `wall-group-${key || `tray-${prompt}`}`;
    const cards = ids.filter(matching).map((id) => card(statements[id]));
    const title = theme ? theme.title : t('unsorted');
    return h('section', { className: `wall-group${theme ? '' : ' tray'}`, 'data-group': key, 'aria-labelledby': headingId },
      h('h4', { id: headingId },
        h('span', { className: 'theme-number', 'aria-hidden': 'true' }, String(number)), ' ', title, ' ',
        h('span', { className: 'meta' }, `(${theme ? t('statementsCount', { n: theme.count }) : ids.length}${theme?.dots ? `, ${t('dotsWord', { n: theme.dots })}` : ''})`)),
      cards.length
        ? h('ul', { className: 'wall-cards', role: 'listbox', 'aria-multiselectable': 'true', 'aria-labelledby': headingId }, cards)
        : h('p', { className: 'hint' }, theme ? t('noAnswersInTheme') : t('trayEmpty')),
      theme ? themeOptions(theme) : null);
  }

  function card(statement) {
    return h('li', {
      className: 'wall-card', role: 'option', id: `card-${statement.id}`, 'data-statement': statement.id,
      'aria-selected': String(selected.has(statement.id)), tabindex: statement.id === active ? '0' : '-1',
    }, h('span', { className: 'words' }, statement.text));
  }

  function themeOptions(theme) {
    const title = h('input', { type: 'text', name: 'title', value: theme.title, maxlength: '200' });
    const others = themes().filter((th) => th.id !== theme.id);
    const into = h('select', { name: 'into' }, others.map((th) => h('option', { value: th.id }, th.title)));
    return h('details', { className: 'theme-options', 'data-theme-options': theme.id, open: openOptions.has(theme.id) },
      h('summary', {}, t('themeOptions'), h('span', { className: 'visually-hidden' }, `: ${theme.title}`)),
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
      others.length ? h('form', {
        className: 'inline-form', onsubmit: async (e) => {
          e.preventDefault();
          try {
            await api('POST', `/workshops/${workshopId}/themes/${theme.id}/merge`, { intoThemeId: into.value });
            openOptions.delete(theme.id);
            await refresh(true);
          } catch (err) { problem(err); }
        },
      }, field({ id: `merge-${theme.id}`, label: t('mergeInto'), control: into }), h('button', { className: 'button secondary small', type: 'submit' }, t('merge'))) : null);
  }

  // A second press while the theme is being made does nothing, so a double click makes one theme.
  async function createTheme(event) {
    event.preventDefault();
    if (!newTitle.value.trim()) return;
    await sending(event.currentTarget, async () => {
      try {
        await api('POST', `/workshops/${workshopId}/themes`, { category: prompt, title: newTitle.value });
        announce(t('themeMade', { title: newTitle.value.trim() }));
        note.textContent = '';
        newTitle.value = '';
        await refresh(true);
      } catch (err) { problem(err); }
    });
  }

  // Focus and selection.

  function visibleCards() { return [...element.querySelectorAll('.wall-body .wall-card')]; }

  function setActive(id, focus = true) {
    active = id;
    for (const el of visibleCards()) el.tabIndex = el.dataset.statement === id ? 0 : -1;
    trayStop();
    if (focus) focusActive();
  }

  // The tray scrolls on its own. While the focused card is in a theme, nothing in the tray could
  // take the keyboard, so its list becomes a Tab stop (WCAG 2.1.1; axe: scrollable-region-focusable).
  function trayStop() {
    const list = tray.querySelector('.wall-cards');
    if (list) list.tabIndex = list.querySelector('.wall-card[tabindex="0"]') ? -1 : 0;
  }

  function focusActive() {
    const el = active && document.getElementById(`card-${active}`);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function toggle(id) {
    if (selected.has(id)) selected.delete(id); else selected.add(id);
    const el = document.getElementById(`card-${id}`);
    if (el) el.setAttribute('aria-selected', String(selected.has(id)));
    render();
    announce(t(selected.has(id) ? 'wallSelectedOne' : 'wallUnselectedOne', { n: selected.size }));
  }

  // The selected cards in wall order; the focused card alone when it is not among them.
  function selectionInOrder() {
    const order = groups().flatMap((g) => g.ids);
    return order.filter((id) => selected.has(id));
  }

  function cardsToMove(id) {
    return selected.has(id) ? selectionInOrder() : [id];
  }

  function onClick(event) {
    const card = event.target.closest('.wall-card');
    if (!card || !element.contains(card)) return;
    if (suppressClick) return;
    setActive(card.dataset.statement);
    toggle(card.dataset.statement);
  }

  function onKey(event) {
    const card = event.target.closest?.('.wall-card');
    if (!card || event.target !== card) return;
    const id = card.dataset.statement;
    const list = card.parentElement;
    const cards = [...list.children];
    const index = cards.indexOf(card);
    const groupsShown = [...element.querySelectorAll('.wall-body .wall-cards')];
    const g = groupsShown.indexOf(list);
    const go = (el) => { if (el) { event.preventDefault(); setActive(el.dataset.statement); } };
    const key = event.key;
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      event.preventDefault();
      const theme = themeOf(id);
      if (theme && !query.trim()) reorder(theme, theme.statementIds.indexOf(id), theme.statementIds.indexOf(id) + (key === 'ArrowUp' ? -1 : 1));
      return;
    }
    if (key === 'ArrowDown') go(cards[index + 1]);
    else if (key === 'ArrowUp') go(cards[index - 1]);
    else if (key === 'Home') go(event.ctrlKey ? visibleCards()[0] : cards[0]);
    else if (key === 'End') go(event.ctrlKey ? visibleCards().at(-1) : cards.at(-1));
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const next = groupsShown[g + (key === 'ArrowRight' ? 1 : -1)];
      if (next) go(next.children[Math.min(index, next.children.length - 1)]);
    } else if (key === ' ') { event.preventDefault(); toggle(id); }
    else if (key === 'Escape' && selected.size) { event.preventDefault(); selected.clear(); render(); announce(t('wallSelectionCleared')); }
    else if (key === 'Enter' || key === 'm' || key === 'M') { event.preventDefault(); openMoveDialog(cardsToMove(id), id); }
    else if ((key === 'h' || key === 'H') && !event.ctrlKey && !event.metaKey) { event.preventDefault(); hideCards(cardsToMove(id)); }
  }

  function themeOf(id) { return board.themes.find((th) => th.statementIds.includes(id)) || null; }

  // "Move to…": the themes as a numbered listbox; a number, or arrows, then Enter.
  function openMoveDialog(ids, focusedId) {
    if (!ids.length) return;
    const from = new Set(ids.map((id) => statements[id]?.themeId || ''));
    const here = from.size === 1 ? [...from][0] : null;
    const destinations = [{ number: 0, id: '', title: t('unsorted') }, ...themes().map((th, i) => ({ number: i + 1, id: th.id, title: th.title }))]
      .filter((d) => d.id !== here);
    // Shown, not only announced: a sighted keyboard user pressing M must see why nothing opened.
    if (!destinations.length) { note.textContent = t('noThemesToMoveTo'); return; }
    note.textContent = '';
    let current = 0;
    let typed = '';
    const titleText = ids.length === 1 ? t('moveDialogOne', { text: short(statements[ids[0]].text) }) : t('moveDialogMany', { n: ids.length });
    const options = destinations.map((d, i) => h('li', { role: 'option', id: `move-option-${i}`, 'aria-selected': 'false', 'data-index': i },
      h('span', { className: 'theme-number' }, String(d.number)), ' ', d.title));
    const listbox = h('ul', { className: 'move-options', role: 'listbox', tabindex: '0', 'aria-labelledby': 'move-dialog-title', 'aria-describedby': 'move-dialog-hint' }, options);
    const mark = (i) => {
      current = Math.max(0, Math.min(destinations.length - 1, i));
      options.forEach((o, j) => o.setAttribute('aria-selected', String(j === current)));
      listbox.setAttribute('aria-activedescendant', options[current].id);
      options[current].scrollIntoView({ block: 'nearest' });
    };
    const close = (then) => {
      dialog.close();
      if (then) then(); else { setActive(focusedId || active); if (pending) draw(board); }
    };
    const choose = (i) => {
      const target = destinations[i];
      close(() => moveCards(ids, target.id || null, target.title));
    };
    listbox.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { e.preventDefault(); mark(current + 1); typed = ''; }
      else if (e.key === 'ArrowUp') { e.preventDefault(); mark(current - 1); typed = ''; }
      else if (e.key === 'Home') { e.preventDefault(); mark(0); }
      else if (e.key === 'End') { e.preventDefault(); mark(destinations.length - 1); }
      else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(current); }
      else if (/^[0-9]$/.test(e.key)) {
        e.preventDefault();
        typed = destinations.some((d) => String(d.number).startsWith(typed + e.key)) ? typed + e.key : e.key;
        const found = destinations.findIndex((d) => String(d.number) === typed);
        if (found >= 0) mark(found);
      } else if (/^\p{L}$/u.test(e.key)) {
        const start = current + 1;
        const order = [...destinations.keys()].map((k) => (k + start) % destinations.length);
        const found = order.find((k) => fold(destinations[k].title).startsWith(fold(e.key)));
        if (found !== undefined) mark(found);
      }
    });
    listbox.addEventListener('click', (e) => {
      const option = e.target.closest('[role=option]');
      if (option) choose(Number(option.dataset.index));
    });
    const theme = ids.length === 1 && here ? themeOf(ids[0]) : null;
    const at = theme ? theme.statementIds.indexOf(ids[0]) : -1;
    replace(dialog,
      h('h2', { id: 'move-dialog-title' }, titleText),
      h('p', { className: 'hint', id: 'move-dialog-hint' }, t('moveDialogHint')),
      listbox,
      theme ? h('div', { className: 'button-row' },
        h('button', { className: 'button secondary small', type: 'button', disabled: at <= 0, onclick: () => close(() => reorder(theme, at, at - 1)) }, t('earlierInTheme')),
        h('button', { className: 'button secondary small', type: 'button', disabled: at >= theme.statementIds.length - 1, onclick: () => close(() => reorder(theme, at, at + 1)) }, t('laterInTheme'))) : null,
      h('div', { className: 'button-row' },
        h('button', { className: 'button warning small', type: 'button', onclick: () => close(() => hideCards(ids)) },
          ids.length === 1 ? t('wallHideOne') : t('wallHideMany', { n: ids.length })),
        h('button', { className: 'button secondary small', type: 'button', onclick: () => close() }, t('cancel'))));
    dialog.onclose = null;
    dialog.oncancel = (e) => { e.preventDefault(); close(); };
    dialog.showModal();
    mark(0);
    listbox.focus();
  }

  // Moves the cards one request after another, in wall order, so they keep their order in the
  // theme; says how many moved and why any did not. Focus goes to the next card where they were.
  async function moveCards(ids, themeId, title) {
    const next = neighbour(ids);
    const done = [];
    const failed = [];
    for (const id of ids) {
      const from = statements[id]?.themeId || null;
      if (from === themeId) continue;
      try {
        await api('PUT', `/workshops/${workshopId}/statements/${id}/theme`, { themeId });
        done.push({ statementId: id, from });
        selected.delete(id);
      } catch (e) {
        if (e.status === 401) return;
        failed.push(e);
      }
    }
    if (done.length) lastMove = done;
    active = next || ids[0];
    await refresh(true);
    focusActive();
    announce(themeId ? t('movedTo', { n: done.length, title }) : t('movedToUnsorted', { n: done.length }));
    if (failed.length) problem({ status: 400, message: t('moveFailed', { n: failed.length, reason: problemText(failed[0]) }) });
  }

  // The card that takes focus when these leave their group: the next one after them in the same
  // group, else the one before.
  function neighbour(ids) {
    const source = visibleCards().map((el) => el.dataset.statement);
    const last = Math.max(...ids.map((id) => source.indexOf(id)));
    const sameGroup = (a, b) => (statements[a]?.themeId || '') === (statements[b]?.themeId || '');
    return source.slice(last + 1).find((id) => !ids.includes(id) && sameGroup(id, ids.at(-1)))
      || source.slice(0, last).reverse().find((id) => !ids.includes(id) && sameGroup(id, ids.at(-1)));
  }

  // Hides answers from the wall and from everyone but facilitators, one request each, and says
  // so once the API has done it; "Show again" in the answers card brings them back.
  async function hideCards(ids) {
    const next = neighbour(ids);
    const done = [];
    const failed = [];
    for (const id of ids) {
      try {
        await setHidden({ workshopId, api }, id, true);
        done.push(id);
        selected.delete(id);
      } catch (e) {
        if (e.status === 401) return;
        failed.push(e);
      }
    }
    if (next) active = next;
    await refresh(true);
    focusActive();
    if (done.length) announce(t('wallHidden', { n: done.length }));
    if (failed.length) problem({ status: 400, message: t('hideFailed', { n: failed.length, reason: problemText(failed[0]) }) });
  }

  async function reorder(theme, from, to) {
    if (to < 0 || to >= theme.statementIds.length) return;
    const ids = theme.statementIds.slice();
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    try {
      await api('POST', `/workshops/${workshopId}/themes/${theme.id}/order`, { statementIds: ids });
      active = moved;
      await refresh(true);
      focusActive();
      announce(t('movedPlace', { n: to + 1 }));
    } catch (e) {
      if (e.status === 401) return;
      if (e.error === 'stale_version') { await refresh(true); announce(t('staleTheme')); } else problem(e);
    }
  }

  // Dragging: pointer events (mouse, pen or touch), a label that follows the pointer, and the
  // tray, the themes and the page scrolling by themselves near their edges.
  function onPointerDown(event) {
    const card = event.target.closest('.wall-card');
    if (!card || event.button !== 0 || !element.contains(card)) return;
    drag = { id: card.dataset.statement, card, startX: event.clientX, startY: event.clientY, x: event.clientX, y: event.clientY, moved: false, pointerId: event.pointerId };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    window.addEventListener('pointercancel', endDrag);
  }

  function onPointerMove(event) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    drag.x = event.clientX;
    drag.y = event.clientY;
    if (!drag.moved) {
      if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < 6) return;
      startDrag();
    }
    event.preventDefault();
    drag.ghost.style.transform = `translate(${drag.x + 12}px, ${drag.y + 12}px)`;
    highlight(targetAt(drag.x, drag.y));
  }

  function startDrag() {
    drag.moved = true;
    drag.ids = cardsToMove(drag.id);
    drag.ghost = h('div', { className: 'drag-ghost', 'aria-hidden': 'true' },
      drag.ids.length === 1 ? short(statements[drag.id].text) : t('dragging', { n: drag.ids.length }));
    document.body.append(drag.ghost);
    element.classList.add('dragging');
    try { drag.card.setPointerCapture(drag.pointerId); } catch { /* The pointer may already be gone. */ }
    const step = () => {
      if (!drag) return;
      autoScroll(drag.x, drag.y);
      highlight(targetAt(drag.x, drag.y));
      drag.frame = requestAnimationFrame(step);
    };
    drag.frame = requestAnimationFrame(step);
  }

  function autoScroll(x, y) {
    const edge = 64;
    for (const box of [tray.querySelector('.wall-cards'), themesArea]) {
      if (!box) continue;
      const r = box.getBoundingClientRect();
      if (x < r.left || x > r.right) continue;
      if (y < r.top + edge && y > r.top - edge) box.scrollTop -= speed(r.top + edge - y, edge);
      else if (y > r.bottom - edge && y < r.bottom + edge) box.scrollTop += speed(y - r.bottom + edge, edge);
    }
    // The page itself scrolls only until the whole wall is in sight.
    const wall = element.getBoundingClientRect();
    if (y < edge && wall.top < 0) window.scrollBy(0, -Math.min(-wall.top, speed(edge - y, edge)));
    else if (y > window.innerHeight - edge && wall.bottom > window.innerHeight) {
      window.scrollBy(0, Math.min(wall.bottom - window.innerHeight, speed(y - window.innerHeight + edge, edge)));
    }
  }

  function targetAt(x, y) {
    const under = document.elementFromPoint(x, y);
    const target = under?.closest('.wall-group');
    return target && element.contains(target) ? target : null;
  }

  function highlight(target) {
    for (const el of element.querySelectorAll('.wall-group.drop-target')) if (el !== target) el.classList.remove('drop-target');
    target?.classList.add('drop-target');
  }

  async function onPointerUp(event) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const done = drag;
    const target = done.moved ? targetAt(event.clientX, event.clientY) : null;
    endDrag();
    if (!target) return;
    const themeId = target.dataset.group || null;
    const from = statements[done.id]?.themeId || null;
    if (themeId && themeId === from && done.ids.length === 1) {
      const theme = themeOf(done.id);
      const cards = [...target.querySelectorAll('.wall-card')].filter((el) => el.dataset.statement !== done.id);
      const below = cards.findIndex((el) => { const r = el.getBoundingClientRect(); return event.clientY < r.top + r.height / 2; });
      const to = below < 0 ? theme.statementIds.length - 1 : theme.statementIds.indexOf(cards[below].dataset.statement);
      const at = theme.statementIds.indexOf(done.id);
      await reorder(theme, at, to > at ? to - 1 : to);
      return;
    }
    const title = themeId ? board.themes.find((th) => th.id === themeId)?.title : null;
    await moveCards(done.ids, themeId, title);
  }

  function endDrag() {
    if (!drag) return;
    cancelAnimationFrame(drag.frame);
    drag.ghost?.remove();
    highlight(null);
    element.classList.remove('dragging');
    window.removeEventListener('pointermove', onPointerMove);
    window.removeEventListener('pointerup', onPointerUp);
    window.removeEventListener('pointercancel', endDrag);
    // The click that ends a drag must not also select the card.
    suppressClick = drag.moved;
    setTimeout(() => { suppressClick = false; }, 0);
    drag = null;
    if (pending) draw(board);
  }

  return { element, draw };
}

function speed(depth, edge) {
  return Math.ceil(Math.min(1, depth / edge) * 18);
}

function short(text) {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

// Case and accents do not matter when finding answers: "wyn" finds "Wŷn".
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
