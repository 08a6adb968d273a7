import { h, replace, announce, focusHeading } from './dom.js';
import { t, pick, formatDate } from './i18n.js';
import { call, submit as send, fetchFile } from './api.js';
import { field, radios, checkbox, errorSummary, focusErrorSummary, problemText, keepDrafts, restoreDrafts, sending } from './forms.js';
import { go, setTitle, onLeave } from './navigation.js';
import { dayOnePanel } from './console-dayone.js';
import { dayTwoPanel } from './console-daytwo.js';
import { followUpPanel } from './console-followup.js';
import { PHASES } from './board.js';
import { stageCard, joinCard, answersCard, onBehalfCard } from './console-room.js';
import { screenLinksPanel } from './console-screen.js';
import * as live from './live.js';
import { importPage } from './console-imports.js';
import { waitingCard } from './moderation.js';

// The facilitator console: sign in with an emailed link, create workshops, move them through
// the stages, watch answers arrive, hide abusive ones and write answers down for people.
const KEY = 'cg.facilitator';
const main = () => document.getElementById('main');

function session() {
  const s = JSON.parse(localStorage.getItem(KEY) || 'null');
  if (s && new Date(s.expiresAt) > new Date()) return s;
  localStorage.removeItem(KEY);
  return null;
}

async function file(path) {
  try {
    return await fetchFile(path, { token: session()?.token });
  } catch (e) {
    if (e.status === 401) {
      localStorage.removeItem(KEY);
      signInForm(null, '', e.message);
    }
    throw e;
  }
}

async function download(path) {
  const { blob, fileName, url } = await file(path);
  // A large file comes by a link whose answer says to save it; a small one is saved from here.
  const link = h('a', { href: url || URL.createObjectURL(blob), download: url ? null : fileName, className: 'visually-hidden' }, fileName || 'download');
  document.body.append(link);
  link.click();
  link.remove();
  if (!url) setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  announce(t('downloaded', { file: fileName || 'CSV' }));
}

// The report is made by the API as a whole page without styles; it is shown inside the site so
// the site's own styles (including those for printing) apply.
async function report(id) {
  const { blob } = await file(`/workshops/${id}/report`);
  const doc = new DOMParser().parseFromString(await blob.text(), 'text/html');
  doc.querySelectorAll('script').forEach((el) => el.remove());
  setTitle(doc.title);
  replace(main(),
    h('a', { href: `/facilitate/w/${id}`, className: 'back no-print', 'data-nav': true }, t('back')),
    h('div', { className: 'button-row no-print' }, h('button', { className: 'button secondary', type: 'button', onclick: () => window.print() }, t('print'))),
    h('div', { className: 'report' }, [...doc.body.childNodes].map((node) => document.importNode(node, true))));
}

// Every POST creates something, so it goes with an Idempotency-Key and is retried with the
// same key when the connection drops (api.js submit).
async function api(method, path, body) {
  try {
    return await (method === 'POST' ? send : call)(method, path, { token: session()?.token, body });
  } catch (e) {
    if (e.status === 401) {
      localStorage.removeItem(KEY);
      signInForm(null, '', e.message);
    }
    throw e;
  }
}

export async function signIn() {
  const token = new URLSearchParams(location.search).get('token');
  history.replaceState({}, '', '/signin');
  setTitle(t('signingIn'));
  replace(main(), h('h1', {}, t('signingIn')));
  if (!token) return go('/facilitate', { replaceState: true });
  try {
    const s = await call('POST', '/auth/sessions', { body: { linkToken: token } });
    localStorage.setItem(KEY, JSON.stringify(s));
    go('/facilitate', { replaceState: true });
  } catch (e) {
    setTitle(t('linkUsed'));
    replace(main(), h('h1', {}, t('linkUsed')), h('p', {}, e.status === 401 ? e.message : problemText(e)),
      h('a', { href: '/facilitate', className: 'button', 'data-nav': true }, t('askNewLink')));
  }
}

export async function show(sub) {
  if (!session()) return signInForm();
  const [, page, id, view] = sub.split('/');
  try {
    const from = new URLSearchParams(location.search).get('from');
    if (page === 'new' && from) {
      // The last run's dates are not this run's.
      return createForm([], { ...await setupValues(from), day1Date: '', day2Date: '' }, { kind: 'copy', id: from });
    }
    if (page === 'new') return createForm();
    if (page === 'w' && id && view === 'report') return await report(id);
    if (page === 'w' && id && view === 'edit') return createForm([], await setupValues(id), { kind: 'edit', id });
    if (page === 'w' && id && view === 'import') {
      return await importPage({ main, api, setTitle, header, workshopId: id });
    }
    if (page === 'w' && id) return await workshop(id);
    return await list();
  } catch (e) {
    if (e.status !== 401) replace(main(), h('h1', {}, t('problem')), h('p', {}, problemText(e)));
  }
}

function signInForm(error = null, typed = '', notice = null) {
  setTitle(t('signInTitle'));
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', value: typed, spellcheck: 'false' });
  replace(main(),
    errorSummary(error ? [{ href: '#email', text: error }] : []),
    notice ? h('div', { className: 'notice' }, notice) : null,
    h('h1', {}, t('signInTitle')),
    h('p', {}, t('signInIntro')),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: 'email', label: t('signInEmail'), error, control: email }),
      h('button', { className: 'button', type: 'submit' }, t('signInSend'))));
  if (error) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const address = email.value.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) return signInForm(t('emailInvalid'), address);
    return sending(event.currentTarget, () => askForLink(address));
  }

  async function askForLink(address) {
    try {
      await send('POST', '/auth/links', { body: { email: address } });
      setTitle(t('checkEmailTitle'));
      replace(main(), h('h1', {}, t('checkEmailTitle')), h('p', {}, t('checkEmailBody', { email: address })));
      focusHeading();
    } catch (e) {
      signInForm(problemText(e), address);
    }
  }
}

function header() {
  return h('div', { className: 'button-row' },
    h('span', { className: 'meta' }, session().email),
    h('button', {
      className: 'link-button', type: 'button', onclick: async () => {
        try { await call('DELETE', '/auth/sessions/current', { token: session()?.token }); } catch { /* Signed out locally anyway. */ }
        localStorage.removeItem(KEY);
        signInForm();
        focusHeading();
      },
    }, t('signOut')));
}

async function list() {
  const { workshops, mailSandbox } = await api('GET', '/workshops');
  setTitle(t('workshopsTitle'));
  replace(main(),
    header(),
    h('h1', {}, t('workshopsTitle')),
    // While SES is in its sandbox, email reaches only verified addresses: say so where facilitators start.
    mailSandbox ? h('div', { className: 'sandbox-warning', id: 'mail-sandbox' }, h('h2', {}, t('sandboxTitle')), h('p', {}, t('sandboxText'))) : null,
    h('a', { href: '/facilitate/new', className: 'button', 'data-nav': true }, t('createWorkshop')),
    workshops.length === 0 ? h('p', {}, t('noWorkshops')) : h('div', { className: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('colTitle')), h('th', { scope: 'col' }, t('colCode')), h('th', { scope: 'col' }, t('colPhase')))),
      h('tbody', {}, workshops.map((w) => h('tr', {},
        h('td', {}, h('a', { href: `/facilitate/w/${w.id}`, 'data-nav': true }, w.title)),
        h('td', {}, w.code),
        h('td', {}, t(`phase_${w.phase}`))))))));
}

// The same wording as the server's defaults (Defaults.java), so an unchanged form changes nothing.
const DEFAULT_PROMPTS = {
  working: { en: 'What is working in your life?', cy: "Beth sy'n gweithio yn eich bywyd?" },
  not_working: { en: 'What is not working in your life?', cy: 'Beth sydd ddim yn gweithio yn eich bywyd?' },
  future: { en: 'What is important to you for the future?', cy: "Beth sy'n bwysig i chi ar gyfer y dyfodol?" },
};
const DEFAULT_PERSPECTIVES = ['I use services or support', 'I care for a family member or friend',
  'I am part of the community, for example a neighbour or volunteer', 'I work in a service',
  'I plan or pay for services, for example a commissioner or councillor'];

// A workshop's setup as the form's values, to change it or to start a new workshop from it.
async function setupValues(id) {
  const { workshop: w } = await api('GET', `/workshops/${id}/board`);
  const s = w.settings;
  const values = {
    title: w.wording.title.en, titleCy: w.wording.title.cy === w.wording.title.en ? '' : w.wording.title.cy,
    focus: w.wording.focus.en, focusCy: w.wording.focus.cy === w.wording.focus.en ? '' : w.wording.focus.cy,
    'lang-en': w.languages.includes('en'), 'lang-cy': w.languages.includes('cy'), 'cy-first': w.languages[0] === 'cy',
    perspectives: w.perspectives.map((p) => (p.label.cy && p.label.cy !== p.label.en ? `${p.label.en} | ${p.label.cy}` : p.label.en)).join('\n'),
    perspectiveIds: Object.fromEntries(w.perspectives.map((p) => [p.label.en, p.id])),
    dotBudget: s.dotBudget, dotCap: s.dotCap, topThemes: s.topThemes, shortlistSize: s.shortlistSize, retentionDays: s.retentionDays,
    lensNames: s.lensNames, day1Date: s.day1Date || '', day2Date: s.day2Date || '', others: (s.facilitatorEmails || []).join('\n'), holdContributions: s.holdContributions ?? false,
  };
  for (const p of w.prompts) {
    values[`prompt-${p.id}-en`] = p.text.en;
    values[`prompt-${p.id}-cy`] = p.text.cy;
  }
  return values;
}

// The form to create a workshop, to change one (mode edit) or to start one from another (mode copy).
function createForm(errors = [], values = null, mode = { kind: 'create' }) {
  const heading = { create: t('newTitle'), edit: t('workshopEditTitle'), copy: t('copyTitle') }[mode.kind];
  setTitle(heading);
  const v = values || {};
  const input = (name, attrs = {}) => h('input', { type: 'text', name, value: v[name] ?? attrs.value ?? '', ...attrs });
  const title = input('title', { maxlength: '120' });
  const titleCy = input('titleCy', { maxlength: '120', lang: 'cy' });
  const focus = h('textarea', { name: 'focus', rows: '3' });
  focus.value = v.focus || '';
  const focusCy = h('textarea', { name: 'focusCy', rows: '3', lang: 'cy' });
  focusCy.value = v.focusCy || '';
  const perspectives = h('textarea', { name: 'perspectives', rows: '6' });
  perspectives.value = v.perspectives ?? DEFAULT_PERSPECTIVES.join('\n');
  const others = h('textarea', { name: 'others', rows: '3' });
  others.value = v.others || '';
  const number = (name, value, min, max) => h('input', { type: 'number', name, value: v[name] ?? value, min, max, className: 'short', inputmode: 'numeric' });
  const promptFields = Object.entries(DEFAULT_PROMPTS).map(([id, words]) => h('div', {},
    h('h2', { className: 'subheading' }, t(`prompt_${id}`)),
    field({ id: `prompt-${id}-en`, label: t('promptEn'), control: input(`prompt-${id}-en`, { value: v[`prompt-${id}-en`] ?? words.en }) }),
    field({ id: `prompt-${id}-cy`, label: t('promptCy'), control: input(`prompt-${id}-cy`, { value: v[`prompt-${id}-cy`] ?? words.cy, lang: 'cy' }) })));
  const titleError = errors.find((e) => e.href === '#title')?.text;
  replace(main(),
    errorSummary(errors),
    h('a', { href: mode.id ? `/facilitate/w/${mode.id}` : '/facilitate', className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, heading),
    mode.kind === 'copy' ? h('p', {}, t('copyHint')) : null,
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: 'title', label: t('titleLabel'), hint: t('titleHint'), error: titleError, control: title }),
      field({ id: 'titleCy', label: t('titleCyLabel'), control: titleCy }),
      field({ id: 'focus', label: t('focusLabel'), hint: t('focusHint'), control: focus }),
      field({ id: 'focusCy', label: t('focusCyLabel'), control: focusCy }),
      h('div', { className: 'field' }, h('fieldset', {}, h('legend', {}, t('languagesLegend')),
        h('div', { className: 'choices' },
          checkbox({ id: 'lang-en', label: t('english'), checked: v['lang-en'] ?? true }),
          checkbox({ id: 'lang-cy', label: t('welsh'), checked: v['lang-cy'] ?? true }),
          checkbox({ id: 'cy-first', label: t('welshFirst'), checked: v['cy-first'] ?? false })))),
      h('fieldset', { className: 'field' }, h('legend', {}, t('promptsLegend')), promptFields),
      field({ id: 'perspectives', label: t('perspectivesLabel'), hint: `${t('perspectivesHint')} ${t('perspectivesBothHint')}`, control: perspectives }),
      h('fieldset', { className: 'field' }, h('legend', {}, t('settingsLegend')),
        field({ id: 'dotBudget', label: t('dotBudgetLabel'), control: number('dotBudget', 5, 1, 20) }),
        field({ id: 'dotCap', label: t('dotCapLabel'), control: number('dotCap', 3, 1, 20) }),
        field({ id: 'topThemes', label: t('topThemesLabel'), control: number('topThemes', 3, 1, 10) }),
        field({ id: 'shortlistSize', label: t('shortlistSizeLabel'), control: number('shortlistSize', 5, 1, 20) }),
        radios({ name: 'lensNames', legend: t('lensNamesLabel'), checked: v.lensNames || 'descriptive',
          options: [{ value: 'descriptive', label: t('lensDescriptive') }, { value: 'chefs', label: t('lensChefs') }] }),
        field({ id: 'retentionDays', label: t('retentionLabel'), control: number('retentionDays', 365, 30, 3650) }),
        field({ id: 'day1Date', label: t('day1Label'), control: h('input', { type: 'date', name: 'day1Date', value: v.day1Date || '', className: 'short' }) }),
        field({ id: 'day2Date', label: t('day2Label'), control: h('input', { type: 'date', name: 'day2Date', value: v.day2Date || '', className: 'short' }) }),
        field({ id: 'others', label: t('otherFacilitatorsLabel'), control: others }),
        h('div', { className: 'field' }, checkbox({ id: 'holdContributions', label: t('holdLabel'), checked: v.holdContributions ?? false }),
          h('p', { className: 'hint' }, t('holdHint')))),
      h('button', { className: 'button', type: 'submit' }, mode.kind === 'edit' ? t('saveChanges') : t('create'))));
  if (errors.length) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const value = (name) => form.querySelector(`[name="${name}"]`).value;
    const values = {
      title: title.value, titleCy: titleCy.value, focus: focus.value, focusCy: focusCy.value, perspectives: perspectives.value, others: others.value,
      perspectiveIds: v.perspectiveIds,
      'lang-en': form.querySelector('#lang-en').checked, 'lang-cy': form.querySelector('#lang-cy').checked, 'cy-first': form.querySelector('#cy-first').checked,
      dotBudget: value('dotBudget'), dotCap: value('dotCap'), topThemes: value('topThemes'), shortlistSize: value('shortlistSize'), retentionDays: value('retentionDays'),
      lensNames: form.querySelector('input[name=lensNames]:checked')?.value, day1Date: value('day1Date'), day2Date: value('day2Date'),
      holdContributions: form.querySelector('#holdContributions').checked,
    };
    if (!title.value.trim()) return createForm([{ href: '#title', text: t('titleMissing') }], values, mode);
    // The order is the one both languages are shown in together (the big screen).
    const languages = (values['cy-first'] ? ['cy', 'en'] : ['en', 'cy']).filter((l) => values[`lang-${l}`]);
    const lines = perspectives.value.split('\n').map((l) => l.trim()).filter(Boolean);
    const both = (en, cy) => (cy.trim() ? { en, cy } : en);
    // "English | Cymraeg" gives both; a perspective kept from before keeps its id, so people's choices stay theirs.
    const perspectiveList = lines.map((line) => {
      const [en, cy = ''] = line.split('|').map((part) => part.trim());
      const id = (v.perspectiveIds || {})[en];
      return id || cy ? { id, label: { en, cy: cy || undefined } } : en;
    });
    const body = {
      title: both(title.value, titleCy.value),
      focus: focus.value.trim() ? both(focus.value, focusCy.value) : undefined,
      languages: languages.length ? languages : undefined,
      prompts: Object.keys(DEFAULT_PROMPTS).map((id) => ({ id, text: { en: value(`prompt-${id}-en`), cy: value(`prompt-${id}-cy`) } })),
      perspectives: mode.kind === 'create' && lines.join('\n') === DEFAULT_PERSPECTIVES.join('\n') ? undefined : perspectiveList,
      settings: {
        dotBudget: Number(values.dotBudget), dotCap: Number(values.dotCap), topThemes: Number(values.topThemes), shortlistSize: Number(values.shortlistSize),
        retentionDays: Number(values.retentionDays), lensNames: values.lensNames,
        facilitatorEmails: others.value.split(/[\s,;]+/).filter(Boolean),
        day1Date: values.day1Date || (mode.kind === 'edit' ? '' : undefined), day2Date: values.day2Date || (mode.kind === 'edit' ? '' : undefined),
        holdContributions: values.holdContributions,
      },
    };
    await sending(form, async () => {
      try {
        if (mode.kind === 'edit') {
          await api('PATCH', `/workshops/${mode.id}`, body);
          go(`/facilitate/w/${mode.id}`);
          announce(t('changesSaved'));
          return;
        }
        if (mode.kind === 'copy') body.copyFrom = mode.id;
        const created = await api('POST', '/workshops', body);
        go(`/facilitate/w/${created.id}`);
      } catch (e) {
        if (e.status !== 401) createForm([{ text: problemText(e) }], values, mode);
      }
    });
  }
}

// The console for one workshop: small cards, each drawn from the board the one live connection
// keeps up to date.
async function workshop(id) {
  let board;
  try {
    board = await live.follow(id, session()?.token);
  } catch (e) {
    if (e.status === 401) {
      localStorage.removeItem(KEY);
      signInForm(null, '', e.message);
    }
    throw e;
  }
  const w = board.workshop;
  setTitle(w.title);
  keepDrafts(`console-${id}`, 'console');
  const problemBox = h('div', { role: 'alert' });
  const undeliveredBox = h('div', {});
  const options = {
    workshopId: id,
    workshop: w,
    api: (method, path, body) => api(method, path, body),
    refresh: () => live.refresh(),
    problem: (e) => { if (e.status !== 401) { problemBox.textContent = problemText(e); problemBox.className = 'error-summary'; } },
  };
  const cards = [stageCard(options), joinCard(options), screenLinksPanel(options)];
  const held = waitingCard(options);
  const [answers, behalf] = [answersCard(options), onBehalfCard(options)];
  const panels = [
    { from: 'in_place', panel: dayTwoPanel(options), section: h('section', { 'aria-labelledby': 'day-two-heading' }) },
    { from: 'clustering', panel: dayOnePanel(options), section: h('section', { 'aria-labelledby': 'themes-heading' }) },
    { from: 'setup', panel: followUpPanel({ ...options, download }), section: h('section', { 'aria-labelledby': 'follow-up-heading' }) },
  ];
  replace(main(),
    header(),
    h('a', { href: '/facilitate', className: 'back', 'data-nav': true }, t('back')),
    problemBox,
    h('h1', {}, w.title),
    undeliveredBox,
    held.element,
    h('p', { className: 'lead' }, w.focus),
    h('div', { className: 'button-row' },
      h('a', { href: `/facilitate/w/${id}/import`, className: 'button secondary', 'data-nav': true }, t('importLink')),
      h('a', { href: `/facilitate/w/${id}/edit`, className: 'button secondary', 'data-nav': true }, t('editLink')),
      h('a', { href: `/facilitate/new?from=${id}`, className: 'button secondary', 'data-nav': true }, t('copyWorkshop'))),
    h('div', { className: 'console-grid' }, cards.map((card) => card.element)),
    panels.map((p) => p.section),
    // The form first: after 150 answers' buttons it would be 150 Tab presses away.
    behalf.element,
    answers.element);
  restoreDrafts(main());
  draw(board);
  const unwatch = live.watch((next) => {
    const before = board.counts.statements;
    draw(next);
    if (next.counts.statements > before) announce(t('newAnswers', { n: next.counts.statements - before }));
  });
  onLeave(() => { unwatch(); live.stop(); });

  function draw(next) {
    board = next;
    problemBox.textContent = '';
    problemBox.className = '';
    // Each day's tools appear once the room reaches that day, and stay for the stages after it.
    for (const { from, panel, section } of panels) {
      const shown = PHASES.indexOf(board.phase) >= PHASES.indexOf(from);
      if (shown && !section.firstChild) section.append(panel.element);
      if (!shown && section.firstChild) section.removeChild(panel.element);
      if (shown) panel.draw(board);
    }
    undelivered(undeliveredBox, board);
    [held, ...cards, answers, behalf].forEach((card) => card.draw(board));
  }
}

function undelivered(box, board) {
  const emails = board.undeliveredEmails || [];
  replace(box, emails.length ? h('div', { className: 'notice' },
    h('h2', {}, t('undeliveredTitle')),
    h('p', {}, t('undeliveredHint')),
    h('ul', {}, emails.map((e) => h('li', {}, e.subject, h('span', { className: 'meta' }, ` (${formatDate(e.at)})`))))) : null);
}
