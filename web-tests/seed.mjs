// Builds a large workshop through the API, the way a busy room would, for the wall and
// big-screen tests: the carers' 140 statements from the demo file, plus 10 more.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function carersStatements() {
  const csv = readFileSync(path.join(root, 'local/src/main/resources/demo/carers-statements.csv'), 'utf8');
  const rows = [];
  // respondent,prompt,"text",theme: quoted text may hold commas and doubled quotes.
  const pattern = /^([^,\n]*),(working|not_working|future),("(?:[^"]|"")*"|[^,\n]*),([^\n]*)$/gm;
  for (const m of csv.matchAll(pattern)) {
    const text = m[3].startsWith('"') ? m[3].slice(1, -1).replaceAll('""', '"') : m[3];
    rows.push({ prompt: m[2], text, theme: m[4].trim() });
  }
  return rows;
}

export function api(site, token) {
  return async (method, route, body, extraToken) => {
    const response = await fetch(`${site.replace(/\/$/, '')}/api${route}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${extraToken || token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : {};
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
    return json;
  };
}

// The facilitator's session token, from the console that signed in.
export async function sessionToken(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('cg.facilitator')).token);
}

// A workshop with 150 statements; answers from the demo file are grouped under themes named
// after their labels (up to `themesPerPrompt` per question), the rest left unsorted.
export async function bigWorkshop(call, { title, workshop = null, themesPerPrompt = 4, sortedShare = 0.5 }) {
  const w = workshop || await call('POST', '/workshops', { title });
  await call('PUT', `/workshops/${w.id}/phase`, { phase: 'gathering' });
  const rows = carersStatements();
  for (let i = rows.length; i < 150; i++) rows.push({ prompt: ['working', 'not_working', 'future'][i % 3], text: `Extra answer number ${i + 1}, written down from a paper form at the drop-in`, theme: 'extra' });
  const perspective = w.perspectives[0].id;
  const ids = [];
  for (let i = 0; i < rows.length; i += 10) {
    const batch = rows.slice(i, i + 10);
    ids.push(...await Promise.all(batch.map((row) => call('POST', `/workshops/${w.id}/statements`,
      { prompt: row.prompt, text: row.text, source: 'paper', onBehalfOf: { perspective } }).then((s) => s.id))));
  }
  rows.forEach((row, i) => { row.id = ids[i]; });
  await call('PUT', `/workshops/${w.id}/phase`, { phase: 'clustering' });
  const themes = {};
  for (const prompt of ['working', 'not_working', 'future']) {
    const labels = [...new Set(rows.filter((r) => r.prompt === prompt && r.theme !== 'extra').map((r) => r.theme))].slice(0, themesPerPrompt);
    for (const label of labels) {
      const made = await call('POST', `/workshops/${w.id}/themes`, { category: prompt, title: `I want ${label.replaceAll('_', ' ')}` });
      themes[label] = made.id;
      const members = rows.filter((r) => r.theme === label);
      await Promise.all(members.slice(0, Math.ceil(members.length * sortedShare)).map(async (row) => {
        await call('PUT', `/workshops/${w.id}/statements/${row.id}/theme`, { themeId: made.id });
        row.themeId = made.id;
      }));
    }
  }
  return { workshop: w, rows, themes };
}
