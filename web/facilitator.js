import { h, replace, announce, focusHeading } from './dom.js';
import { t, pick } from './i18n.js';
import { call, fetchFile } from './api.js';
import { field, radios, checkbox, errorSummary, focusErrorSummary, problemText } from './forms.js';
import { go, setTitle, onLeave } from './app.js';
import { dayOnePanel } from './console-dayone.js';
import { dayTwoPanel } from './console-daytwo.js';
import { followUpPanel } from './console-followup.js';
import { PHASES } from './board.js';

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

async function api(method, path, body) {
  try {
    return await call(method, path, { token: session()?.token, body });
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
    if (page === 'new') return createForm();
    if (page === 'w' && id && view === 'report') return await report(id);
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
    try {
      await call('POST', '/auth/links', { body: { email: address } });
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

function createForm(errors = [], values = null) {
  setTitle(t('newTitle'));
  const v = values || {};
  const input = (name, attrs = {}) => h('input', { type: 'text', name, value: v[name] ?? attrs.value ?? '', ...attrs });
  const title = input('title', { maxlength: '120' });
  const focus = h('textarea', { name: 'focus', rows: '3' });
  focus.value = v.focus || '';
  const perspectives = h('textarea', { name: 'perspectives', rows: '6' });
  perspectives.value = v.perspectives ?? DEFAULT_PERSPECTIVES.join('\n');
  const others = h('textarea', { name: 'others', rows: '3' });
  others.value = v.others || '';
  const number = (name, value, min, max) => h('input', { type: 'number', name, value: v[name] ?? value, min, max, className: 'short', inputmode: 'numeric' });
  const promptFields = Object.entries(DEFAULT_PROMPTS).map(([id, words]) => h('div', {},
    h('h2', { className: 'subheading' }, t(`prompt_${id}`)),
    field({ id: `prompt-${id}-en`, label: t('promptEn'), control: input(`prompt-${id}-en`, { value: words.en }) }),
    field({ id: `prompt-${id}-cy`, label: t('promptCy'), control: input(`prompt-${id}-cy`, { value: words.cy, lang: 'cy' }) })));
  const titleError = errors.find((e) => e.href === '#title')?.text;
  replace(main(),
    errorSummary(errors),
    h('a', { href: '/facilitate', className: 'back', 'data-nav': true }, t('back')),
    h('h1', {}, t('newTitle')),
    h('form', { novalidate: true, onsubmit: submit },
      field({ id: 'title', label: t('titleLabel'), hint: t('titleHint'), error: titleError, control: title }),
      field({ id: 'focus', label: t('focusLabel'), hint: t('focusHint'), control: focus }),
      h('div', { className: 'field' }, h('fieldset', {}, h('legend', {}, t('languagesLegend')),
        h('div', { className: 'choices' },
          checkbox({ id: 'lang-en', label: t('english'), checked: v['lang-en'] ?? true }),
          checkbox({ id: 'lang-cy', label: t('welsh'), checked: v['lang-cy'] ?? true })))),
      h('fieldset', { className: 'field' }, h('legend', {}, t('promptsLegend')), promptFields),
      field({ id: 'perspectives', label: t('perspectivesLabel'), hint: t('perspectivesHint'), control: perspectives }),
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
        field({ id: 'others', label: t('otherFacilitatorsLabel'), control: others })),
      h('button', { className: 'button', type: 'submit' }, t('create'))));
  if (errors.length) focusErrorSummary();

  async function submit(event) {
    event.preventDefault();
    const form = event.target;
    const value = (name) => form.querySelector(`[name="${name}"]`).value;
    const values = {
      title: title.value, focus: focus.value, perspectives: perspectives.value, others: others.value,
      'lang-en': form.querySelector('#lang-en').checked, 'lang-cy': form.querySelector('#lang-cy').checked,
      dotBudget: value('dotBudget'), dotCap: value('dotCap'), topThemes: value('topThemes'), shortlistSize: value('shortlistSize'), retentionDays: value('retentionDays'),
      lensNames: form.querySelector('input[name=lensNames]:checked')?.value, day1Date: value('day1Date'), day2Date: value('day2Date'),
    };
    if (!title.value.trim()) return createForm([{ href: '#title', text: t('titleMissing') }], values);
    const languages = ['en', 'cy'].filter((l) => values[`lang-${l}`]);
    const lines = perspectives.value.split('\n').map((l) => l.trim()).filter(Boolean);
    const body = {
      title: title.value,
      focus: focus.value.trim() || undefined,
      languages: languages.length ? languages : undefined,
      prompts: Object.keys(DEFAULT_PROMPTS).map((id) => ({ id, text: { en: value(`prompt-${id}-en`), cy: value(`prompt-${id}-cy`) } })),
      perspectives: lines.join('\n') === DEFAULT_PERSPECTIVES.join('\n') ? undefined : lines,
      settings: {
        dotBudget: Number(values.dotBudget), dotCap: Number(values.dotCap), topThemes: Number(values.topThemes), shortlistSize: Number(values.shortlistSize),
        retentionDays: Number(values.retentionDays), lensNames: values.lensNames,
        facilitatorEmails: others.value.split(/[\s,;]+/).filter(Boolean),
        day1Date: values.day1Date || undefined, day2Date: values.day2Date || undefined,
      },
    };
    try {
      const created = await api('POST', '/workshops', body);
      go(`/facilitate/w/${created.id}`);
    } catch (e) {
      if (e.status !== 401) createForm([{ text: problemText(e) }], values);
    }
  }
}

async function workshop(id) {
  let board = await api('GET', `/workshops/${id}/board`);
  let filter = '';
  const w = board.workshop;
  setTitle(w.title);

  const phaseSelect = h('select', { name: 'phase' }, PHASES.map((p) => h('option', { value: p, selected: p === board.phase }, t(`phase_${p}`))));
  const phaseNow = h('p', { className: 'count' });
  const counts = h('p', {});
  const list = h('div', {});
  const filterSelect = h('select', { name: 'filter', onchange: (e) => { filter = e.target.value; draw(); } },
    h('option', { value: '' }, t('filterAll')),
    w.prompts.map((p) => h('option', { value: p.id }, pick(p.text))));
  const copy = h('button', {
    className: 'button secondary small', type: 'button', onclick: async () => {
      try { await navigator.clipboard.writeText(w.joinUrl); announce(t('copied')); } catch { announce(w.joinUrl); }
    },
  }, t('copyLink'));
  const screenButton = h('button', {
    className: 'button secondary', type: 'button', onclick: async () => {
      const link = await api('POST', `/workshops/${id}/screen-links`);
      window.open(link.url, '_blank', 'noopener');
    },
  }, t('openScreen'));

  const problemBox = h('div', { role: 'alert' });
  const undeliveredBox = h('div', {});
  const themesSection = h('section', { 'aria-labelledby': 'themes-heading' });
  const panelOptions = {
    workshopId: id,
    api: (method, path, body) => api(method, path, body),
    refresh: (always) => refresh(always),
    problem: (e) => { if (e.status !== 401) { problemBox.textContent = problemText(e); problemBox.className = 'error-summary'; } },
  };
  const dayTwo = dayTwoPanel(panelOptions);
  const followUp = followUpPanel({ ...panelOptions, download });
  const followUpSection = h('section', { 'aria-labelledby': 'follow-up-heading' });
  const dayTwoSection = h('section', { 'aria-labelledby': 'day-two-heading' });
  const dayOne = dayOnePanel(panelOptions);
  replace(main(),
    header(),
    h('a', { href: '/facilitate', className: 'back', 'data-nav': true }, t('back')),
    problemBox,
    h('h1', {}, w.title),
    undeliveredBox,
    h('p', { className: 'lead' }, w.focus),
    h('div', { className: 'console-grid' },
      h('section', { className: 'card', 'aria-labelledby': 'phase-heading' },
        h('h2', { id: 'phase-heading' }, t('phasePanel')),
        phaseNow,
        h('form', { onsubmit: movePhase },
          field({ id: 'phase', label: t('moveTo'), control: phaseSelect }),
          h('button', { className: 'button', type: 'submit' }, t('move')))),
      h('section', { className: 'card', 'aria-labelledby': 'join-heading' },
        h('h2', { id: 'join-heading' }, t('joinPanel')),
        h('p', { className: 'code-big' }, w.code),
        h('img', { className: 'qr', src: `/api/join/${encodeURIComponent(w.code)}/qr.svg`, alt: `QR code: ${w.joinUrl}`, width: '192', height: '192' }),
        h('p', {}, t('joinLinkLabel'), ': ', h('a', { href: w.joinUrl }, w.joinUrl)),
        h('div', { className: 'button-row' }, copy, screenButton))),
    dayTwoSection,
    themesSection,
    followUpSection,
    h('section', { 'aria-labelledby': 'answers-heading' },
      h('h2', { id: 'answers-heading' }, t('answersPanel')),
      counts,
      field({ id: 'filter', label: t('filterLabel'), control: filterSelect }),
      list),
    onBehalfForm());
  draw();

  function showFrom(firstPhase, section, panel) {
    const shown = PHASES.indexOf(board.phase) >= PHASES.indexOf(firstPhase);
    if (shown && !section.firstChild) section.append(panel.element);
    if (!shown && section.firstChild) section.removeChild(panel.element);
    if (shown) panel.draw(board);
  }

  function draw() {
    problemBox.textContent = '';
    problemBox.className = '';
    // Each day's tools appear once the room reaches that day, and stay for the stages after it.
    showFrom('clustering', themesSection, dayOne);
    showFrom('in_place', dayTwoSection, dayTwo);
    showFrom('setup', followUpSection, followUp);
    phaseNow.textContent = t('currentPhase', { phase: t(`phase_${board.phase}`) });
    const undelivered = board.undeliveredEmails || [];
    replace(undeliveredBox, undelivered.length ? h('div', { className: 'notice' },
      h('h2', {}, t('undeliveredTitle')),
      h('p', {}, t('undeliveredHint')),
      h('ul', {}, undelivered.map((e) => h('li', {}, e.subject, h('span', { className: 'meta' }, ` (${new Date(e.at).toLocaleString()})`))))) : null);
    counts.textContent = `${t('countsLine', { people: board.counts.participants, answers: board.counts.statements })}`
      + (board.counts.hidden ? ` (${t('hiddenCount', { n: board.counts.hidden })})` : '');
    const shown = board.statements.filter((s) => !filter || s.prompt === filter).slice().reverse();
    replace(list, shown.length === 0 ? h('p', {}, t('noAnswers')) : h('ul', { className: 'answers' }, shown.map((s) => h('li', {},
      h('p', { className: 'words' }, s.text),
      h('p', { className: 'meta' },
        h('span', { className: 'tag' }, t(`prompt_${s.prompt}`)),
        h('span', { className: 'tag' }, t(`source_${s.source}`)),
        s.perspective ? h('span', { className: 'tag' }, pick(w.perspectives.find((p) => p.id === s.perspective)?.label) || s.perspective) : null,
        s.hidden ? h('span', { className: 'tag hidden-tag' }, t('hiddenTag')) : null),
      h('div', { className: 'actions' },
        h('button', { className: 'button secondary small', type: 'button', onclick: () => setHidden(s, !s.hidden) },
          s.hidden ? t('show') : t('hide'), h('span', { className: 'visually-hidden' }, ` ${s.text.slice(0, 40)}`)))))));
  }

  async function setHidden(statement, hidden) {
    await api('PATCH', `/workshops/${id}/statements/${statement.id}`, { hidden });
    await refresh(true);
  }

  async function movePhase(event) {
    event.preventDefault();
    const moved = await api('PUT', `/workshops/${id}/phase`, { phase: phaseSelect.value });
    await refresh(true);
    announce(t('moved', { phase: t(`phase_${moved.phase}`) }));
  }

  async function refresh(always) {
    const next = await api('GET', `/workshops/${id}/board${always ? '' : `?since=${board.version}`}`);
    if (next.status !== 200) return;
    const before = board.counts.statements;
    board = next;
    draw();
    if (!always && board.counts.statements > before) announce(t('newAnswers', { n: board.counts.statements - before }));
  }

  const timer = setInterval(() => refresh(false).catch(() => {}), 3000);
  onLeave(() => clearInterval(timer));

  function onBehalfForm(error = null) {
    const text = h('textarea', { name: 'text', rows: '4' });
    const prompt = h('select', { name: 'prompt' }, w.prompts.map((p) => h('option', { value: p.id }, pick(p.text))));
    const perspective = h('select', { name: 'perspective' }, w.perspectives.map((p) => h('option', { value: p.id }, pick(p.label))));
    const name = h('input', { type: 'text', name: 'person', autocomplete: 'off' });
    const section = h('section', { 'aria-labelledby': 'behalf-heading' },
      h('h2', { id: 'behalf-heading' }, t('onBehalfTitle')),
      h('p', {}, t('onBehalfHint')),
      h('form', { novalidate: true, onsubmit: submit },
        field({ id: 'behalf-prompt', label: t('questionLabel'), control: prompt }),
        field({ id: 'behalf-text', label: t('answerLabel'), error, control: text }),
        radios({ name: 'source', legend: t('sourceLegend'), checked: 'interview',
          options: [{ value: 'interview', label: t('source_interview') }, { value: 'paper', label: t('source_paper') }] }),
        field({ id: 'behalf-perspective', label: t('perspectiveLabel'), control: perspective }),
        field({ id: 'behalf-name', label: t('theirName'), control: name }),
        h('button', { className: 'button', type: 'submit' }, t('addForThem'))));

    async function submit(event) {
      event.preventDefault();
      if (!text.value.trim()) {
        section.replaceWith(onBehalfForm(t('answerMissing')));
        document.getElementById('behalf-text').focus();
        return;
      }
      try {
        await api('POST', `/workshops/${id}/statements`, {
          prompt: prompt.value, text: text.value,
          source: section.querySelector('input[name=source]:checked').value,
          onBehalfOf: { perspective: perspective.value, name: name.value.trim() || undefined },
        });
        text.value = '';
        announce(t('answerAdded'));
        await refresh(true);
      } catch (e) {
        if (e.status !== 401) {
          section.replaceWith(onBehalfForm(problemText(e)));
          document.getElementById('behalf-text').focus();
        }
      }
    }
    return section;
  }
}
