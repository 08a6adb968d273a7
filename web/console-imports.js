import { h, replace, announce } from './dom.js';
import { t, pick, formatDate } from './i18n.js';
import { field, radios, checkbox, errorSummary, focusErrorSummary, problemText } from './forms.js';

// Answers gathered before the workshop (a questionnaire's download, interview notes, paper
// answers typed up) brought in from a CSV or Excel file: choose the file, check which column
// answers which question (suggested from the headers), see the counts and the first rows,
// import, and undo an import.
const MAX_BYTES = 3 * 1024 * 1024;
const COLUMNS = ['working', 'not_working', 'future', 'perspective'];

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function importPage({ main, api, setTitle, header, workshopId }) {
  const board = await api('GET', `/workshops/${workshopId}/board`);
  const w = board.workshop;
  let chosen = null; // { name, content }
  let preview = null;
  let errors = [];
  let done = null;
  setTitle(t('importTitle'));
  draw();

  function columnLabel(id) {
    if (id === 'perspective') return t('importPerspectiveColumn');
    const prompt = w.prompts.find((p) => p.id === id);
    return prompt ? pick(prompt.text) : id;
  }

  function draw() {
    const fileInput = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', onchange: choose });
    const fileError = errors.find((e) => e.href === '#import-file')?.text;
    replace(main(),
      header(),
      errorSummary(errors),
      h('a', { href: `/facilitate/w/${workshopId}`, className: 'back', 'data-nav': true }, t('back')),
      h('h1', {}, t('importTitle')),
      h('p', {}, t('importIntro')),
      done ? h('div', { className: 'panel', role: 'status' }, h('h2', {}, done)) : null,
      h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); check(); } },
        field({ id: 'import-file', label: t('importFileLabel'), hint: t('importFileHint'), error: fileError, control: fileInput }),
        chosen ? h('p', { className: 'meta' }, t('importChosen', { name: chosen.name })) : null,
        radios({ name: 'importSource', legend: t('importSourceLegend'), checked: chosen?.source || 'questionnaire',
          options: ['questionnaire', 'interview', 'paper'].map((s) => ({ value: s, label: t(`source_${s}`) })) }),
        checkbox({ id: 'import-split', label: t('importSplitLabel'), checked: chosen?.split || false }),
        preview ? previewPart() : null,
        preview ? h('div', { className: 'button-row' },
          h('button', { className: 'button secondary', type: 'submit' }, t('importCheckAgain')),
          h('button', { className: 'button', type: 'button', onclick: run }, t('importButton'))) : null),
      importsPart());
    if (errors.length) focusErrorSummary();
  }

  function previewPart() {
    const selects = COLUMNS.map((id) => field({
      id: `column-${id}`,
      label: columnLabel(id),
      control: h('select', { name: `column-${id}` },
        h('option', { value: '' }, t('importNoColumn')),
        preview.headers.map((header) => h('option', { value: header, selected: preview.columns[id] === header }, header || '—'))),
    }));
    const s = preview.statements;
    return h('div', {},
      h('h2', {}, t('importColumnsHeading')),
      h('p', {}, t('importColumnsHint')),
      h('fieldset', { className: 'field' }, h('legend', { className: 'visually-hidden' }, t('importColumnsHeading')), selects),
      h('h2', {}, t('importPreviewHeading')),
      h('ul', { id: 'import-counts' },
        h('li', {}, t('importRows', { n: preview.rows, people: preview.people })),
        w.prompts.map((p) => h('li', {}, `${pick(p.text)}: ${t('importStatements', { n: s[p.id] || 0 })}`)),
        preview.skipped.duplicate ? h('li', {}, t('importDuplicates', { n: preview.skipped.duplicate })) : null,
        preview.skipped.empty ? h('li', {}, t('importEmpty', { n: preview.skipped.empty })) : null,
        preview.skipped.unusable ? h('li', {}, t('importUnusable', { n: preview.skipped.unusable })) : null),
      h('h3', {}, t('importFirstRows')),
      h('div', { className: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, preview.headers.map((header) => h('th', { scope: 'col' }, header)))),
        h('tbody', {}, preview.sample.map((row) => h('tr', {}, preview.headers.map((_, i) => h('td', {}, row[i] || ''))))))));
  }

  function importsPart() {
    const imports = board.imports || [];
    return h('section', { 'aria-labelledby': 'imports-heading' },
      h('h2', { id: 'imports-heading' }, t('importsDone')),
      imports.length === 0 ? h('p', {}, t('importsNone')) : h('ul', { className: 'answers' }, imports.map((i) => h('li', {},
        h('p', {}, `${i.fileName}: ${t('importRecord', { people: i.people, n: i.statements })}`),
        h('p', { className: 'meta' }, `${t(`source_${i.source}`)}, ${formatDate(i.importedAt)}`),
        h('button', {
          className: 'button warning small', type: 'button', onclick: () => undo(i),
        }, t('importUndo'), h('span', { className: 'visually-hidden' }, ` ${i.fileName}`))))));
  }

  function readForm() {
    const form = main().querySelector('form');
    const source = form.querySelector('input[name=importSource]:checked')?.value || 'questionnaire';
    const split = form.querySelector('#import-split').checked;
    if (chosen) { chosen.source = source; chosen.split = split; }
    const columns = {};
    if (preview) {
      for (const id of COLUMNS) {
        const value = form.querySelector(`[name="column-${id}"]`)?.value;
        if (value) columns[id] = value;
      }
    }
    return { source, split, columns };
  }

  async function choose(event) {
    const file = event.target.files[0];
    done = null;
    preview = null;
    if (!file) return;
    const { source, split } = readForm();
    if (file.size > MAX_BYTES) {
      chosen = null;
      errors = [{ href: '#import-file', text: t('importTooLarge') }];
      draw();
      return;
    }
    chosen = { name: file.name, content: base64(await file.arrayBuffer()), source, split };
    await send({ dryRun: true });
  }

  async function check() {
    if (!chosen) {
      errors = [{ href: '#import-file', text: t('importChooseFile') }];
      draw();
      return;
    }
    const { columns } = readForm();
    await send({ dryRun: true, columns: preview ? columns : undefined });
  }

  async function run() {
    const { columns } = readForm();
    await send({ dryRun: false, columns });
  }

  async function send({ dryRun, columns }) {
    const { source, split } = readForm();
    try {
      const answer = await api('POST', `/workshops/${workshopId}/imports`, {
        fileName: chosen.name, content: chosen.content, columns, source, split: split ? 'line' : 'cell', dryRun,
      });
      errors = [];
      if (dryRun) {
        preview = answer;
        draw();
        announce(t('importPreviewReady', { n: answer.rows }));
      } else {
        done = t('importDone', { n: answer.created, people: answer.people, duplicate: answer.skipped.duplicate });
        preview = null;
        chosen = null;
        Object.assign(board, await api('GET', `/workshops/${workshopId}/board`));
        draw();
        announce(done);
      }
    } catch (e) {
      if (e.status === 401) return;
      errors = [{ href: '#import-file', text: problemText(e) }];
      if (!dryRun) preview = preview || null;
      draw();
    }
  }

  async function undo(record) {
    try {
      const answer = await api('DELETE', `/workshops/${workshopId}/imports/${record.id}`);
      done = t('importUndone', { name: record.fileName, n: answer.removed });
      Object.assign(board, await api('GET', `/workshops/${workshopId}/board`));
      errors = [];
      draw();
      announce(done);
    } catch (e) {
      if (e.status === 401) return;
      errors = [{ text: problemText(e) }];
      draw();
    }
  }
}
