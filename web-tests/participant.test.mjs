import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function check(page, what) {
  await assertAccessible(page, what);
  await assertFitsWidth(page, what);
}

test('a participant joins on a 320 px phone in Welsh, answers all three questions, changes one and withdraws one', async () => {
  const page = await person(browser);
  await page.goto(server.participant);
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cefnogi gofalwyr di-dâl' }).waitFor(); // the workshop's own Welsh title
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await page.getByText('Hoffem glywed gennych yn eich geiriau eich hun').waitFor();
  await page.getByText('Beth sydd ddim yn gweithio yn eich bywyd?').waitFor();
  await check(page, 'the Welsh start page');

  await page.getByRole('link', { name: 'Dechrau nawr' }).click();
  await page.getByRole('heading', { name: 'Amdanoch chi' }).waitFor();
  await page.getByRole('button', { name: 'Parhau' }).click();
  await page.getByRole('alert').getByText('Dewiswch yr opsiwn sy’n eich disgrifio orau').waitFor();
  await check(page, 'about you with an error');
  await page.getByLabel("Rwy'n gofalu am aelod o'r teulu neu ffrind").check();
  await page.getByLabel('Eich enw cyntaf (dewisol)').fill('Siân');
  await check(page, 'about you');
  await page.getByRole('button', { name: 'Parhau' }).click();

  const answers = {
    working: ['Mae’r grŵp dydd Mawrth yn help mawr', '<b>Fy nghymydog</b> & "ffrindiau"'],
    not_working: ['Dim seibiant ers dwy flynedd'],
    future: ['Penwythnos i ffwrdd gyda fy chwaer'],
  };
  const questions = { working: "Beth sy'n gweithio yn eich bywyd?", not_working: 'Beth sydd ddim yn gweithio yn eich bywyd?', future: "Beth sy'n bwysig i chi ar gyfer y dyfodol?" };
  for (const [prompt, texts] of Object.entries(answers)) {
    await page.getByRole('heading', { level: 1, name: questions[prompt] }).waitFor();
    for (const text of texts) {
      await page.getByRole('textbox').fill(text);
      await page.getByRole('button', { name: 'Ychwanegu’r ateb hwn' }).click();
      await page.getByRole('status').getByText('Mae eich ateb wedi’i ychwanegu.').waitFor();
      await page.locator('.answers .words', { hasText: text }).waitFor();
    }
    await check(page, `the Welsh ${prompt} question`);
    await page.getByRole('link', { name: prompt === 'future' ? 'Gwirio eich atebion' : 'Cwestiwn nesaf' }).click();
  }

  await page.getByRole('heading', { level: 1, name: 'Eich atebion' }).waitFor();
  // Stored text is shown exactly as typed, never as markup.
  assert.equal(await page.locator('.answers .words', { hasText: 'Fy nghymydog' }).textContent(), '<b>Fy nghymydog</b> & "ffrindiau"');
  assert.equal(await page.locator('.answers b').count(), 0);
  await check(page, 'the Welsh summary');

  await page.getByRole('link', { name: /^Newid Dim seibiant/ }).click();
  await page.getByRole('heading', { name: 'Newid eich ateb' }).waitFor();
  await check(page, 'the Welsh change page');
  // A half-made change comes back over the original answer after a reload.
  await page.getByRole('textbox').fill('Dim seibiant ers dwy flynedd. Dim un');
  await page.reload();
  await page.getByRole('heading', { name: 'Newid eich ateb' }).waitFor();
  await page.waitForFunction(() => document.querySelector('main textarea')?.value === 'Dim seibiant ers dwy flynedd. Dim un');
  await page.getByRole('textbox').fill('Dim seibiant ers dwy flynedd. Dim un diwrnod.');
  await page.getByRole('button', { name: 'Cadw' }).click();
  await page.getByRole('status').getByText('Mae eich ateb wedi’i newid.').waitFor();
  await page.locator('.answers .words', { hasText: 'Dim un diwrnod.' }).waitFor();

  await page.getByRole('link', { name: /^Tynnu’n ôl Dim seibiant/ }).click();
  await page.getByRole('heading', { name: 'Ydych chi’n siŵr eich bod am dynnu’r ateb hwn yn ôl?' }).waitFor();
  await check(page, 'the Welsh withdraw page');
  await page.getByRole('button', { name: 'Ydw, ei dynnu’n ôl' }).click();
  await page.getByRole('status').getByText('Mae eich ateb wedi’i dynnu’n ôl.').waitFor();
  await page.getByText('Nid ydych wedi ychwanegu unrhyw atebion i’r cwestiwn hwn eto.').waitFor();

  // Coming back later on the same device finds the same answers.
  await page.goto(server.participant);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(`${server.participant}/done`);
  await page.locator('.answers .words', { hasText: 'Penwythnos i ffwrdd' }).waitFor();
  assert.equal(await page.locator('.answers li').count(), 3);
  assert.deepEqual(page.problems, []);
});

test('a participant in English answers by keyboard only, is told about mistakes, and can remove everything', async () => {
  const page = await person(browser);
  await page.goto(server.participant);
  await page.getByRole('link', { name: 'English' }).or(page.getByRole('link', { name: 'Start now' })).first().waitFor();
  if (await page.getByRole('link', { name: 'English' }).count()) await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Start now' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  await page.getByLabel('I use services or support').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'What is working in your life?' }).waitFor();
  await page.getByRole('button', { name: 'Add this answer' }).click();
  await page.getByRole('alert').getByText('Write your answer before adding it').waitFor();
  await assertAccessible(page, 'a question with an error');
  await page.getByRole('textbox').fill('x'.repeat(2001));
  await page.getByText('You have 1 character too many').waitFor();
  await page.getByRole('button', { name: 'Add this answer' }).click();
  await page.getByRole('alert').getByText('Keep your answer to 2,000 characters or fewer (it has 2001)').waitFor();
  await page.getByRole('textbox').fill('My GP listens to me');
  await page.getByRole('textbox').press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('.answers .words', { hasText: 'My GP listens to me' }).waitFor();

  await page.goto(`${server.participant}/remove`);
  await page.getByRole('heading', { name: 'Remove all your answers and details?' }).waitFor();
  await assertAccessible(page, 'the remove page');
  await page.getByRole('button', { name: 'Yes, remove everything' }).click();
  await page.getByRole('heading', { name: 'Your answers and details have been removed. Thank you for taking part.' }).waitFor();
  await page.goto(server.participant);
  await page.getByRole('link', { name: 'Start now' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('words typed while the last answer is still on its way are sent after it, and a double press still sends once', async () => {
  const page = await person(browser);
  // The first answer's request is held until the second answer is typed and pressed, as on a slow phone.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let posts = 0;
  await page.route('**/api/workshops/*/statements', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts === 1) await held;
    return route.continue();
  });
  await page.goto(server.participant);
  await page.getByRole('link', { name: 'English' }).or(page.getByRole('link', { name: 'Start now' })).first().waitFor();
  if (await page.getByRole('link', { name: 'English' }).count()) await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByLabel('I use services or support').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'What is working in your life?' }).waitFor();

  const add = page.getByRole('button', { name: 'Add this answer' });
  await page.getByRole('textbox').fill('The library lets me print for free');
  await add.dblclick();
  await page.locator('.answers .pending', { hasText: 'The library lets me print for free' }).waitFor();
  await page.getByRole('textbox').fill('My sister phones every Sunday');
  // The button says it is busy (aria-disabled), but a tap on it still arrives, as on a phone.
  await add.click({ force: true });
  assert.equal(await page.getByRole('alert').count(), 0, 'no error for a double press or for words sent while another is on its way');
  release();
  for (const words of ['The library lets me print for free', 'My sister phones every Sunday']) {
    await page.locator('.answers .words', { hasText: words }).waitFor();
  }
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'What is working in your life?' }).waitFor();
  for (const words of ['The library lets me print for free', 'My sister phones every Sunday']) {
    await page.locator('.answers li:not(.pending) .words', { hasText: words }).waitFor();
  }
  assert.equal(await page.locator('.answers .words').count(), 2, 'each answer saved once');
  assert.equal(posts, 2, 'the double press sent the first answer once, and the second answer went after it');
  assert.equal(await page.getByRole('textbox').inputValue(), '', 'no sent words come back into the box as a draft');
});
