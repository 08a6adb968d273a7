import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, signInByEmail } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

const WORKING = 'What is working in your life?';
const NOT_WORKING = 'What is not working in your life?';
const FUTURE = 'What is important to you for the future?';

// An Excel workbook as Excel writes one (shared strings, empty cells left out), zipped without
// compression so the test needs nothing but Node.
function crc32(bytes) {
  let crc = -1;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20); entry.writeUInt32LE(data.length, 24); entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(central.length / 2, 8); end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

function xlsx(rows) {
  const strings = [];
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const column = (i) => String.fromCharCode(65 + i);
  const sheet = rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => {
    if (!value) return '';
    if (!strings.includes(value)) strings.push(value);
    return `<c r="${column(c)}${r + 1}" t="s"><v>${strings.indexOf(value)}</v></c>`;
  }).join('')}</row>`).join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheet}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  });
}

// What Excel on Windows saves as "CSV": Windows-1252, here with semicolons.
function windows1252(text) {
  const special = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from([...text].map((ch) => special[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f)));
}

async function importFile(page, name, mimeType, buffer, source) {
  await page.getByLabel(source, { exact: true }).check();
  await page.getByLabel('The file').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('heading', { name: 'What will be imported' }).waitFor();
}

test('answers from an Excel workbook and a Windows CSV are imported through the console; a Welsh phone shows the Welsh title and the big screen counts people apart', async () => {
  const console_ = await person(browser, { width: 1280, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  await console_.getByRole('link', { name: 'Create a workshop' }).click();
  await console_.getByLabel('Title', { exact: true }).fill('Carers in Gwynedd');
  await console_.getByLabel('Teitl: the same in Welsh (optional)').fill('Gofalwyr yng Ngwynedd');
  await console_.getByRole('button', { name: 'Create workshop' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Carers in Gwynedd' }).waitFor();
  const workshopId = new URL(console_.url()).pathname.split('/').pop();

  await console_.getByRole('link', { name: 'Import answers gathered beforehand' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Import answers gathered beforehand' }).waitFor();
  await assertAccessible(console_, 'the import page');

  // An Excel workbook: the columns are suggested from the questions' wording.
  await importFile(console_, 'questionnaire.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx([
    ['Respondent', WORKING, NOT_WORKING, FUTURE, 'Perspective'],
    ['1', 'The Tuesday group', 'No break in two years', 'A weekend away', 'carer'],
    ['2', '', 'Forms, forms and more forms', '', 'carer'],
    ['3', 'My neighbour', '', '=Time for me', ''],
  ]), 'Questionnaire');
  assert.equal(await console_.getByLabel(WORKING).inputValue(), WORKING);
  assert.equal(await console_.getByLabel(NOT_WORKING).inputValue(), NOT_WORKING);
  assert.equal(await console_.getByLabel('Perspective (optional)').inputValue(), 'Perspective');
  await console_.getByText('3 rows, 3 people with answers').waitFor();
  await console_.getByText(`${FUTURE}: 2 answers`).waitFor();
  await console_.getByRole('cell', { name: '=Time for me' }).waitFor();
  await assertAccessible(console_, 'the import preview');
  // The facilitator changes the suggestion, checks again, and imports.
  await console_.getByLabel(FUTURE).selectOption('');
  await console_.getByRole('button', { name: 'Check again' }).click();
  await console_.getByText(`${FUTURE}: 0 answers`).waitFor();
  await console_.getByLabel(FUTURE).selectOption(FUTURE);
  await console_.getByRole('button', { name: 'Import these answers' }).click();
  await console_.getByRole('heading', { name: 'Imported 6 answers from 3 people. 0 were already there.' }).waitFor();

  // A Windows CSV with Welsh headers and semicolons, from paper.
  const csv = 'Rhif;Beth sy\'n gweithio yn eich bywyd?;Beth sydd ddim yn gweithio yn eich bywyd?;Beth sy\'n bwysig i chi ar gyfer y dyfodol?\r\n'
    + '1;Caf\u00e9 on Tuesdays \u2013 \u00a35 well spent;\u201cNobody rings back\u201d;Time for me\r\n'
    + '2;;"Forms; forms, and more forms";\r\n';
  await importFile(console_, 'papur.csv', 'text/csv', windows1252(csv), 'Paper');
  assert.equal(await console_.getByLabel(WORKING).inputValue(), "Beth sy'n gweithio yn eich bywyd?");
  assert.equal(await console_.getByLabel(NOT_WORKING).inputValue(), 'Beth sydd ddim yn gweithio yn eich bywyd?');
  await console_.getByRole('cell', { name: 'Caf\u00e9 on Tuesdays \u2013 \u00a35 well spent' }).waitFor();
  await console_.getByRole('button', { name: 'Import these answers' }).click();
  await console_.getByRole('heading', { name: 'Imported 4 answers from 2 people. 0 were already there.' }).waitFor();

  // Importing the same file again adds nothing; undoing takes only that import's answers away.
  await importFile(console_, 'papur.csv', 'text/csv', windows1252(csv), 'Paper');
  await console_.getByText('4 answers already imported, so left out').waitFor();
  await console_.getByRole('button', { name: 'Undo this import papur.csv' }).click();
  await console_.getByRole('heading', { name: 'Undone: 4 answers from papur.csv were removed.' }).waitFor();
  await console_.getByRole('button', { name: 'Import these answers' }).click();
  await console_.getByRole('heading', { name: 'Imported 4 answers from 2 people. 0 were already there.' }).waitFor();
  await assertAccessible(console_, 'the import page after importing');

  // The console counts people apart.
  await console_.getByRole('link', { name: 'Back' }).click();
  await console_.getByText('0 joined · 5 answered beforehand · 0 answers written down for people in the room · 10 answers in all').waitFor();
  const words = await console_.locator('.answers .words').allTextContents();
  assert.ok(words.includes('\u201cNobody rings back\u201d'), 'Windows-1252 quotes read right');
  assert.ok(words.includes('=Time for me'), 'a cell starting with = is text');

  // Someone joins on a Welsh phone and sees the Welsh title.
  const phone = await person(browser);
  await phone.goto(`${server.site}/join/${(await console_.locator('.code-big').textContent()).trim()}`);
  await phone.getByRole('link', { name: 'Cymraeg' }).click();
  await phone.getByRole('heading', { level: 1, name: 'Gofalwyr yng Ngwynedd' }).waitFor();
  await assertAccessible(phone, 'the Welsh join page');
  await assertFitsWidth(phone, 'the Welsh join page');
  const joined = await fetch(`${server.site}/api/workshops/${workshopId}/participants`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ perspective: 'carer', language: 'cy' }),
  });
  assert.equal(joined.status, 201);

  // The big screen: one here, five who answered beforehand, in English and in Welsh.
  const [screen] = await Promise.all([console_.context().waitForEvent('page'), console_.getByRole('button', { name: 'Open the big screen' }).click()]);
  await screen.setViewportSize({ width: 1920, height: 1080 });
  // The screen shows English and Welsh side by side when the workshop has both.
  const stat = (label) => screen.locator('.stats p').filter({ has: screen.getByText(label, { exact: true }) }).locator('.stat');
  await stat('answered beforehand').waitFor();
  await screen.waitForFunction(() => document.querySelector('.stats .stat')?.textContent === '1', null, { timeout: 10_000 });
  assert.equal(await stat('here').textContent(), '1');
  assert.equal(await stat('answered beforehand').textContent(), '5');
  await assertAccessible(screen, 'the big screen with counts apart');
  // The room's screen in Welsh: the language is this device's choice, kept across a reload.
  await screen.evaluate(() => localStorage.setItem('cg.language', 'cy'));
  await screen.reload();
  await screen.getByRole('heading', { level: 1, name: 'Gofalwyr yng Ngwynedd' }).waitFor();
  await stat('wedi ateb ymlaen llaw').waitFor();
  assert.equal(await stat('yma').textContent(), '1');
  assert.equal(await stat('wedi ateb ymlaen llaw').textContent(), '5');
  assert.deepEqual([...console_.problems, ...phone.problems], []);
});

test('a facilitator changes a workshop, is told why a change is refused, and starts a new one from it', async () => {
  const page = await person(browser, { width: 1280, height: 900 });
  await signInByEmail(page, server);
  await page.getByRole('link', { name: 'Create a workshop' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Young carers');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Young carers' }).waitFor();

  await page.getByRole('link', { name: 'Change the workshop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change the workshop' }).waitFor();
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Young carers');
  await assertAccessible(page, 'the edit form');
  await page.getByLabel('Teitl: the same in Welsh (optional)').fill('Gofalwyr ifanc');
  await page.getByLabel('Day 1 date').fill('2026-12-06');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Young carers' }).waitFor();

  await page.getByRole('link', { name: 'Change the workshop' }).click();
  assert.equal(await page.getByLabel('Teitl: the same in Welsh (optional)').inputValue(), 'Gofalwyr ifanc');
  assert.equal(await page.getByLabel('Day 1 date').inputValue(), '2026-12-06');
  await page.getByLabel('Days to keep the records').fill('90');
  const workshopId = new URL(page.url()).pathname.split('/')[3];
  const joined = await fetch(`${server.site}/api/workshops/${workshopId}/participants`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ perspective: 'carer', language: 'en' }),
  });
  assert.equal(joined.status, 201);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').getByText(/can only change before anyone takes part/).waitFor();

  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Start a new workshop from this one' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start a new workshop from this one' }).waitFor();
  await assertAccessible(page, 'the copy form');
  await page.getByLabel('Title', { exact: true }).fill('Young carers 2027');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Young carers 2027' }).waitFor();
  await page.getByText('0 joined · 0 answered beforehand').waitFor();
  assert.deepEqual(page.problems.filter((p) => !p.includes('409 (Conflict)')), [], 'only the refused change was refused');
});
