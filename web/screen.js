import { h, replace } from './dom.js';
import { t, tIn, language, formatDate, pickText } from './i18n.js';
import { setTitle, onLeave } from './navigation.js';
import * as live from './live.js';
import { timerBox } from './timer.js';
import { progressWords } from './console-room.js';
import { LENSES, priorityThemes, causesUnder, shortlisted } from './board.js';
import { gridChart, groupMarkers, shortNumber } from './grid.js';
import { pager } from './screen-pager.js';

// The big screen in the room follows the stage: how to join and how many have, the theme
// wall, the live vote bars, the why-chains and what success would look like; on day 2 what
// is in place, the ideas and their votes, the investment grid and the action plans.
// Everything is sized from the screen, fits it without scrolling (further pages take turns,
// and one that carries on a list names it, "continued"), and when the workshop has both
// languages, English and Welsh stand side by side.
// The link carries its own token, so the venue's computer can reload it; a link that was
// stopped or has ended says so.
export async function show(workshopId) {
  const token = new URLSearchParams(location.search).get('token');
  document.body.classList.add('screen');
  const main = document.getElementById('main');
  let board;
  try {
    board = await live.follow(workshopId, token);
  } catch (e) {
    ended(main, e);
    return;
  }
  const screen = bigScreen();
  replace(main, screen.element);
  screen.draw(board);
  const unwatch = live.watch((next) => { board = next; screen.draw(board); });
  // A stopped or ended link says so; anything else keeps the last state while the poller tries again.
  const unended = live.onEnded((e) => { leave(); ended(main, e); });
  const leave = () => { unwatch(); unended(); live.stop(); screen.stop(); };
  onLeave(leave);
}

function ended(main, error) {
  setTitle(t('problem'));
  replace(main, h('div', { className: 'screen-frame' },
    h('h1', {}, t('problem')),
    h('p', {}, error.status === 401 || error.status === 403 ? t('screenLinkEnded') : error.message || t('offline'))));
}

// The workshop's languages on the screen: both side by side, or the one it uses.
let shown = ['en'];

// A phrase of the interface in each language the workshop has.
function say(key, vars, className = 'both') {
  if (shown.length === 1) return h('span', { lang: shown[0] }, tIn(shown[0], key, vars));
  return pair(className, shown.map((lang) => [lang, tIn(lang, key, vars)]));
}

// Side by side: in two columns, or in a line with a slash between.
function pair(className, texts) {
  const parts = texts.map(([lang, text]) => h('span', { lang }, text));
  return h('span', { className }, className.includes('inline') ? [parts[0], h('span', { className: 'sep', 'aria-hidden': 'true' }, ' / '), parts.slice(1)] : parts);
}

// Wording the workshop gave (its questions, perspectives), in each language it has.
function sayPick(wording, className = 'both') {
  if (!wording) return '';
  if (typeof wording === 'string') return wording;
  const texts = shown.map((lang) => [lang, wording[lang] || wording.en]).filter(([, text], i, all) => all.findIndex(([, other]) => other === text) === i);
  if (texts.length === 1) return h('span', { lang: texts[0][0] }, texts[0][1]);
  return pair(className, texts);
}

function bigScreen() {
  const title = h('h1', {});
  const phase = h('p', { className: 'screen-phase' });
  const corner = h('div', { className: 'screen-corner' });
  const aside = h('div', { className: 'screen-aside' });
  const flow = h('div', { className: 'screen-pages' });
  let stage = null;
  const pages = pager(flow, {
    label: (page, count, paused) => [say('screenPage', { page, pages: count }, 'both inline'), paused ? [' ', say('screenPaused', {}, 'both inline')] : null],
    // A line for each language, "Continued" first and the list's own heading next, so a long
    // line loses only its end and neither language loses its heading to the other.
    continued: (headings) => shown.map((lang) => h('span', { lang }, tIn(lang, 'screenContinued'), ': ',
      headings.length ? headings.slice().reverse().map((heading, i) => [i ? ' – ' : null, wordsIn(heading, lang)]) : tIn(lang, `phase_${stage}`))),
  });
  // The countdown and progress sit in the header, outside any live region.
  const clock = h('div', { className: 'screen-clock' });
  const element = h('div', { className: 'screen-frame' },
    h('header', { className: 'screen-head' }, h('div', {}, title, phase), clock, corner),
    h('div', { className: 'screen-body' }, aside, h('div', { className: 'screen-main' }, pages.carried, flow)),
    h('footer', { className: 'screen-foot' }, pages.indicator));

  function draw(board) {
    const w = board.workshop;
    // In the workshop's order (a council may put Welsh first); the API keeps it to "en" and "cy", each once.
    shown = w.languages?.length ? w.languages : [language()];
    pages.carried.classList.toggle('two-lines', shown.length > 1);
    setTitle(pickText(w, 'title'));
    replace(title, sayPick(w.wording ? w.wording.title : w.title));
    replace(phase, say(`phase_${board.phase}`, {}, 'both inline'));
    replace(clock, timerBox(board, { className: 'screen-timer' }),
      board.progress && board.phase !== 'gathering' ? h('p', { className: 'count progress-line' }, say(progressWords(board).key, progressWords(board).vars, 'both inline')) : null);
    const joining = !(board.phase in VIEWS);
    element.classList.toggle('joining', joining);
    replace(corner, joining ? null : joinCorner(w));
    const view = (VIEWS[board.phase] || gathering)(board);
    replace(aside, view.aside || null);
    aside.hidden = !view.aside;
    flow.className = `screen-pages${view.className ? ` ${view.className}` : ''}`;
    replace(flow, view.flow);
    const moved = stage !== board.phase;
    stage = board.phase;
    pages.update(moved);
    view.fit?.();
  }

  return { element, draw, stop: () => pages.stop() };
}

// A heading's words in one language: of each pair (say, sayPick) only that language's part.
function wordsIn(heading, lang) {
  const copy = heading.cloneNode(true);
  copy.querySelectorAll('.meta').forEach((el) => el.remove());
  copy.querySelectorAll('.both').forEach((el) => el.replaceWith(...[...el.children].filter((part) => part.lang === lang)));
  return [...copy.childNodes];
}

function qr(w, className) {
  return h('img', { className, src: `/api/join/${encodeURIComponent(w.code)}/qr.svg`, alt: t('qrAlt', { url: w.joinUrl }) });
}

// After people have joined, the way in stays in a corner for anyone arriving late.
function joinCorner(w) {
  return h('div', { className: 'screen-join-small' }, qr(w, 'qr-small'), h('p', { className: 'code' }, w.code));
}

const VIEWS = {
  clustering: wall, theme_voting: themeBars, root_causes: causes, success, in_place: inPlace, ideas,
  idea_voting: ideaBars, grid, action_planning: plans,
};

// While people join: the QR code as large as the screen allows, the address, the code and the count.
function gathering(board) {
  const w = board.workshop;
  return {
    aside: h('div', { className: 'screen-join' },
      qr(w, 'qr-large'),
      h('p', { className: 'code-big' }, w.code)),
    flow: [
      h('h2', {}, say('screenJoin')),
      h('p', { className: 'join-url' }, say('screenOrVisit', { url: '' }, 'both inline'), h('br', {}), h('strong', {}, w.joinUrl)),
      h('div', { className: 'stats' },
        h('p', {}, h('span', { className: 'stat' }, board.counts.joined), say('screenHere')),
        board.counts.answeredBeforehand ? h('p', {}, h('span', { className: 'stat' }, board.counts.answeredBeforehand), say('screenBeforehand')) : null,
        board.counts.writtenDown ? h('p', {}, h('span', { className: 'stat' }, board.counts.writtenDown), say('screenWrittenDown')) : null,
        h('p', {}, h('span', { className: 'stat' }, board.counts.statements), say('screenAnswers'))),
      h('ol', { className: 'prompts' }, w.prompts.map((p) => h('li', {}, sayPick(p.text)))),
    ],
  };
}

// The same wall as the facilitator's: each question's themes with their answers, and the
// answers not in a theme yet.
function wall(board) {
  const statements = Object.fromEntries(board.statements.map((s) => [s.id, s]));
  return {
    className: 'screen-wall',
    flow: board.workshop.prompts.flatMap((p) => {
      const themes = board.themes.filter((th) => th.category === p.id)
        .sort((a, b) => (a.position || 0) - (b.position || 0) || (a.id < b.id ? -1 : 1));
      const unsorted = board.statements.filter((s) => s.prompt === p.id && !s.themeId);
      return [
        h('h2', {}, sayPick(p.text)),
        themes.flatMap((th, i) => [
          h('h3', {}, h('span', { className: 'theme-number' }, String(i + 1)), ' ', th.title, ' ', h('span', { className: 'meta' }, `(${th.count})`)),
          th.statementIds.map((id) => statements[id] && h('p', { className: 'screen-card' }, statements[id].text)),
        ]),
        unsorted.length ? [
          h('h3', { className: 'unsorted' }, say('unsorted', {}, 'both inline'), ' ', h('span', { className: 'meta' }, `(${unsorted.length})`)),
          unsorted.map((s) => h('p', { className: 'screen-card unsorted' }, s.text)),
        ] : null,
      ];
    }),
  };
}

function themeBars(board) {
  return { flow: bars(board.themes.map((th) => ({ title: th.title, dots: th.dots, warm: th.category !== 'not_working' }))) };
}

function ideaBars(board) {
  return { flow: bars(board.ideas.map((i) => ({ title: i.text, dots: i.dots, warm: true }))) };
}

// Every item with its full words above its bar, most dots first; pages take turns when they do not fit.
function bars(items) {
  const ranked = items.slice().sort((a, b) => b.dots - a.dots);
  const most = Math.max(1, ...ranked.map((item) => item.dots));
  return h('ol', { className: 'screen-bars' }, ranked.map((item) => {
    const fill = h('span', { className: `bar-fill${item.warm ? '' : ' cold'}` });
    fill.style.width = `${Math.max(1, Math.round((item.dots / most) * 100))}%`;
    return h('li', {},
      h('span', { className: 'bar-title' }, item.title),
      h('span', { className: 'bar' }, fill, h('span', { className: 'bar-value' }, item.dots)));
  }));
}

function inPlace(board) {
  return {
    flow: priorityThemes(board).flatMap((th) => [h('h2', {}, th.title),
      h('ul', {}, board.inPlace.filter((i) => i.themeId === th.id).map((i) => h('li', {}, i.text)))]),
  };
}

function ideas(board) {
  return {
    flow: priorityThemes(board).flatMap((th) => [h('h2', {}, th.title),
      LENSES.map((lens) => {
        const these = board.ideas.filter((i) => i.themeId === th.id && i.lens === lens);
        return these.length ? [h('h3', {}, lensNames(board, lens)), h('ul', {}, these.map((i) => h('li', {}, i.text)))] : null;
      })]),
  };
}

function lensNames(board, lens) {
  return say(board.workshop.settings.lensNames === 'chefs' ? `lensChef_${lens}` : `lens_${lens}`, {}, 'both inline');
}

function causes(board) {
  return {
    flow: priorityThemes(board).flatMap((th) => [h('h2', {}, th.title),
      causesUnder(board, th.id, null).length ? causeList(board, th.id, null) : h('p', {}, say('noCausesYet', {}, 'both inline'))]),
  };
}

function causeList(board, themeId, parentId) {
  const children = causesUnder(board, themeId, parentId);
  return children.length ? h('ul', { className: 'cause-tree' }, children.map((c) => h('li', {}, c.text, causeList(board, themeId, c.id)))) : null;
}

function success(board) {
  return {
    flow: priorityThemes(board).flatMap((th) => [h('h2', {}, th.title),
      board.workshop.perspectives.map((p) => {
        const said = board.success.filter((su) => su.themeId === th.id && su.perspective === p.id);
        return said.length ? [h('h3', {}, sayPick(p.label, 'both inline')), h('ul', {}, said.map((su) => h('li', {}, su.text)))] : null;
      })]),
  };
}

// The grid as the room built it: each shortlisted idea as a numbered marker, the numbers
// explained beside it. The chart scales with the room the header leaves it; where that would
// draw its words under 24 px, it is drawn again with larger words.
function grid(board) {
  const shortlist = shortlisted(board);
  const chart = (fontSize) => gridChart({ title: t('gridTitle'), markers: groupMarkers(shortlist), fontSize });
  const aside = h('div', { className: 'chart-wrap screen-chart' }, chart(22));
  return {
    aside,
    fit() {
      const drawn = aside.firstChild;
      const box = drawn.getBoundingClientRect();
      const view = drawn.viewBox.baseVal;
      const scale = Math.min(box.width / view.width, box.height / view.height);
      if (scale > 0 && 22 * scale < 24) replace(aside, chart(Math.ceil(24.5 / scale)));
    },
    flow: h('ol', { className: 'grid-legend' }, shortlist.map((idea) => h('li', {}, idea.text, ' ',
      h('span', { className: 'meta' }, '(', idea.grid.position
        ? [say(`quadrant_${idea.grid.position.quadrant}`, {}, 'both inline'), `: ${shortNumber(idea.grid.position.effort)}, ${shortNumber(idea.grid.position.difference)}`]
        : say('gridNotPlaced', {}, 'both inline'), ')')))),
  };
}

function plans(board) {
  if (!board.actions.length) return { flow: h('p', {}, say('noPlansYet')) };
  return {
    flow: h('ul', { className: 'plan-list' }, board.actions.map((plan) => h('li', {},
      h('h2', {}, plan.title),
      h('p', {}, say('leadLabel', {}, 'both inline'), `: ${plan.leadName ?? t('aParticipant')}. `, say('supportersCount', { n: plan.supporters }, 'both inline')),
      plan.steps.length ? h('p', { className: 'meta' }, say('firstStep', {}, 'both inline'), `: ${plan.steps[0].text}${plan.steps[0].due ? ` (${formatDate(plan.steps[0].due)})` : ''}`) : null))),
  };
}
