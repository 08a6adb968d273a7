import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, emailsArrive, signInByEmail } from './local-server.mjs';
import { api, sessionToken } from './seed.mjs';
import { launch, person, assertAccessible, assertFitsWidth, moveStage } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function joinAndAnswer(page, url, { welsh = false, keyboard = false, answers }) {
  await page.goto(url);
  if (welsh) await page.getByRole('link', { name: 'Cymraeg' }).click();
  const start = page.getByRole('link', { name: welsh ? 'Dechrau nawr' : 'Start now' });
  if (keyboard) { await start.focus(); await page.keyboard.press('Enter'); } else await start.click();
  const firstChoice = page.locator('input[name=perspective]').first();
  if (keyboard) { await firstChoice.focus(); await page.keyboard.press('Space'); } else await firstChoice.check();
  const next = page.getByRole('button', { name: welsh ? 'Parhau' : 'Continue' });
  if (keyboard) { await next.focus(); await page.keyboard.press('Enter'); } else await next.click();
  const questions = welsh
    ? { working: "Beth sy'n gweithio yn eich bywyd?", not_working: 'Beth sydd ddim yn gweithio yn eich bywyd?', future: "Beth sy'n bwysig i chi ar gyfer y dyfodol?" }
    : { working: 'What is working in your life?', not_working: 'What is not working in your life?', future: 'What is important to you for the future?' };
  for (const [prompt, texts] of answers) {
    await page.getByRole('heading', { level: 1, name: questions[prompt] }).waitFor();
    for (const text of texts) {
      const box = page.getByRole('textbox');
      await box.waitFor();
      if (keyboard) { await box.focus(); await page.keyboard.type(text); await page.keyboard.press('Tab'); await page.keyboard.press('Enter'); } else {
        await box.fill(text);
        await page.getByRole('button', { name: welsh ? 'Ychwanegu’r ateb hwn' : 'Add this answer' }).click();
      }
      await page.locator('.answers .words', { hasText: text }).waitFor();
    }
    const link = page.getByRole('link', { name: welsh ? /Cwestiwn nesaf|Gwirio eich atebion/ : /Next question|Check your answers/ });
    if (keyboard) { await link.focus(); await page.keyboard.press('Enter'); } else await link.click();
  }
  await page.locator('.panel h1').waitFor();
}

async function movePhase(console_, phase, label) {
  await moveStage(console_, phase);
  await console_.getByText(`Now: ${label}`).waitFor();
}

async function checkAll(pages, what) {
  for (const [name, page] of Object.entries(pages)) {
    await assertAccessible(page, `${name} during ${what}`);
    if (name.startsWith('participant')) await assertFitsWidth(page, `${name} during ${what}`);
  }
}

test('a whole day 1: gathering, themes, dots, root causes, success and the summary email', async () => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('link', { name: 'Create a workshop' }).click();
  await console_.getByLabel('Title').fill('Day one in Denbigh');
  await console_.getByRole('button', { name: 'Create workshop' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Day one in Denbigh' }).waitFor();
  const joinUrl = await console_.getByRole('link', { name: /\/join\// }).textContent();
  const [screen] = await Promise.all([console_.context().waitForEvent('page'), console_.getByRole('button', { name: 'Open the big screen' }).click()]);
  await screen.locator('.stats p', { hasText: /^\d+\s*here/ }).waitFor();

  const alys = await person(browser); // keyboard only
  const bryn = await person(browser);
  const cerys = await person(browser);
  await joinAndAnswer(alys, joinUrl, { keyboard: true, answers: [['working', ['My neighbour checks in']], ['not_working', ['I never get a break']], ['future', ['Time for me']]] });
  await joinAndAnswer(bryn, joinUrl, { welsh: true, answers: [['working', ['Y grŵp dydd Mawrth']], ['not_working', ['Dim seibiant o gwbl', 'Rhestrau aros hir']], ['future', ['Gwyliau byr']]] });
  await joinAndAnswer(cerys, joinUrl, { answers: [['working', ['Good GP']], ['not_working', ['Waiting lists for respite']], ['future', ['A weekend away']]] });
  await screen.locator('.stat', { hasText: '3' }).first().waitFor();
  const participants = { 'participant Alys': alys, 'participant Bryn': bryn, 'participant Cerys': cerys };

  // Clustering: the console makes themes and moves statements on the wall; everyone watches.
  await movePhase(console_, 'clustering', 'Grouping answers into themes');
  await console_.getByRole('button', { name: /^Not working/ }).click();
  const themeNames = ['I want a proper break now and then', 'I want help without waiting months'];
  // A double click on "Create theme" makes the theme once.
  for (const name of themeNames) {
    await console_.getByLabel('New theme, as an “I” statement').fill(name);
    await console_.getByRole('button', { name: 'Create theme' }).dblclick();
    await console_.locator('.wall-group h4', { hasText: name }).waitFor();
  }
  for (const name of themeNames) {
    assert.equal(await console_.locator('.wall-group h4', { hasText: name }).count(), 1, `one theme called "${name}"`);
  }
  const card = (title) => console_.locator('.wall-group', { has: console_.locator('h4', { hasText: title }) });
  const tray = console_.locator('.wall-group.tray');
  // By keyboard: the card, M, the theme's number, Enter.
  const moves = { 'I never get a break': 1, 'Dim seibiant o gwbl': 1, 'Rhestrau aros hir': 2 };
  for (const [text, number] of Object.entries(moves)) {
    await tray.locator('.wall-card', { hasText: text }).focus();
    for (const key of ['m', String(number), 'Enter']) await console_.keyboard.press(key);
    await card(themeNames[number - 1]).locator('.wall-card', { hasText: text }).waitFor();
  }
  // Dragging does the same, and the last move can be undone.
  const from = await tray.locator('.wall-card', { hasText: 'Waiting lists for respite' }).boundingBox();
  const to = await card(themeNames[1]).locator('h4').boundingBox();
  await console_.mouse.move(from.x + 10, from.y + 10);
  await console_.mouse.down();
  await console_.mouse.move(to.x + 20, to.y + 10, { steps: 10 });
  await console_.mouse.up();
  await card(themeNames[1]).locator('.wall-card', { hasText: 'Waiting lists for respite' }).waitFor();
  await console_.getByRole('button', { name: 'Undo last move' }).click();
  await tray.locator('.wall-card', { hasText: 'Waiting lists for respite' }).waitFor();
  await tray.locator('.wall-card', { hasText: 'Waiting lists for respite' }).click();
  await console_.getByRole('button', { name: 'Move selected to…' }).click();
  await console_.getByRole('dialog').getByRole('option', { name: themeNames[1] }).click();
  await card(themeNames[1]).locator('.wall-card', { hasText: 'Waiting lists for respite' }).waitFor();

  // The room puts the most telling answer first.
  const breakCard = card(themeNames[0]);
  await breakCard.locator('.wall-card', { hasText: 'Dim seibiant o gwbl' }).focus();
  await console_.keyboard.press('Alt+ArrowUp');
  await breakCard.locator('.wall-card').first().filter({ hasText: 'Dim seibiant o gwbl' }).waitFor();

  for (const page of Object.values(participants)) {
    await page.reload();
    await page.getByRole('heading', { level: 3, name: themeNames[0] }).waitFor();
  }
  assert.equal(await bryn.locator('.theme-card', { hasText: themeNames[0] }).locator('li').first().textContent(), 'Dim seibiant o gwbl');
  await screen.getByText(themeNames[0]).waitFor();
  await checkAll({ ...participants, console: console_, screen }, 'clustering');

  // Voting: five dots each, at most three on a theme; Alys votes by keyboard.
  await movePhase(console_, 'theme_voting', 'Voting on themes');
  for (const page of Object.values(participants)) await page.reload();
  await alys.getByText('You have 5 of 5 dots left').waitFor();
  const alysPlus = alys.locator('.theme-card', { hasText: themeNames[0] }).getByRole('button', { name: /Add a dot/ });
  await alysPlus.focus();
  for (let i = 0; i < 3; i++) { await alys.keyboard.press('Enter'); await alys.getByText(`You have ${4 - i} of 5 dots left`).waitFor(); }
  assert.ok(await alys.locator('.theme-card', { hasText: themeNames[0] }).getByRole('button', { name: /Add a dot/ }).isDisabled(), 'the cap stops a fourth dot');
  await alys.locator('.theme-card', { hasText: themeNames[1] }).getByRole('button', { name: /Add a dot/ }).focus();
  await alys.keyboard.press('Enter');
  await alys.getByText('You have 1 of 5 dots left').waitFor();
  await bryn.getByText('Mae gennych 5 o 5 dot ar ôl').waitFor();
  for (let i = 0; i < 2; i++) {
    await bryn.locator('.theme-card', { hasText: themeNames[0] }).getByRole('button', { name: /Ychwanegu dot/ }).click();
    await bryn.getByText(`Mae gennych ${4 - i} o 5 dot ar ôl`).waitFor();
  }
  await cerys.locator('.theme-card', { hasText: themeNames[1] }).getByRole('button', { name: /Add a dot/ }).click();
  await cerys.getByText('You have 4 of 5 dots left').waitFor();
  await screen.locator('.screen-bars .bar-value', { hasText: '5' }).waitFor();
  await checkAll({ ...participants, console: console_, screen }, 'theme voting');

  // Root causes for the top themes: a reason, and "why?" under it.
  await movePhase(console_, 'root_causes', 'Finding root causes');
  for (const page of Object.values(participants)) await page.reload();
  const brynTheme = bryn.locator('.theme-card', { hasText: themeNames[0] }).first();
  await brynTheme.getByLabel('Pam mae hyn yn digwydd?').last().fill('Dim digon o ofalwyr seibiant');
  await brynTheme.getByRole('button', { name: 'Ychwanegu’r rheswm hwn' }).last().click();
  await brynTheme.locator('.cause-tree .words', { hasText: 'Dim digon o ofalwyr seibiant' }).waitFor();
  await cerys.reload();
  const cerysTheme = cerys.locator('.theme-card', { hasText: themeNames[0] }).first();
  await cerysTheme.locator('summary', { hasText: 'Ask why' }).click();
  await cerysTheme.getByLabel('Why does that happen?').fill('Pay for care workers is too low');
  await cerysTheme.getByRole('button', { name: 'Add this reason' }).first().click();
  await cerysTheme.locator('.cause-tree .cause-tree', { hasText: 'Pay for care workers is too low' }).waitFor();
  await screen.getByText('Pay for care workers is too low').waitFor();
  await checkAll({ ...participants, console: console_, screen }, 'root causes');

  // Success, from the perspective each chooses; Alys by keyboard.
  await movePhase(console_, 'success', 'What success would look like');
  for (const page of Object.values(participants)) await page.reload();
  const alysTheme = alys.locator('.theme-card', { hasText: themeNames[0] }).first();
  await alysTheme.getByLabel('What would success look like?').focus();
  await alys.keyboard.type('I can book a break next week and trust who comes');
  await alys.keyboard.press('Tab');
  await alys.keyboard.press('Enter');
  await alysTheme.locator('.words', { hasText: 'I can book a break next week and trust who comes' }).waitFor();
  await screen.getByText('I can book a break next week and trust who comes').waitFor();
  await checkAll({ ...participants, console: console_, screen }, 'success');

  // Leaving day 1 sends the facilitators their summary.
  await movePhase(console_, 'in_place', 'What is already in place');
  const [summary] = await emailsArrive(server.outbox, 'facilitator@example.org', { matching: (e) => e.subject.startsWith('Day 1 summary: Day one in Denbigh') });
  assert.ok(summary, 'the day 1 summary arrived');
  for (const expected of [themeNames[0], '5 dots', 'Pay for care workers is too low', 'I can book a break next week', 'Crynodeb diwrnod 1']) {
    assert.ok(summary.body.text.includes(expected), `the summary mentions ${expected}`);
  }
  for (const page of [alys, bryn, cerys, console_]) assert.deepEqual(page.problems, []);
});

test('a theme whose answers are all hidden while people vote takes no more dots, and gives back the ones on it', async () => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await signInByEmail(console_, server);
  const call = api(server.site, await sessionToken(console_));
  const w = await call('POST', '/workshops', { title: 'Emptied while voting' });
  await call('PUT', `/workshops/${w.id}/phase`, { phase: 'gathering' });
  const phone = await person(browser);
  await joinAndAnswer(phone, w.joinUrl, { answers: [['working', ['My neighbour checks in']], ['not_working', []], ['future', []]] });
  const perspective = w.perspectives[0].id;
  const paper = await call('POST', `/workshops/${w.id}/statements`, { prompt: 'not_working', text: 'Abusive words about a named worker', source: 'paper', onBehalfOf: { perspective } });
  const kept = await call('POST', `/workshops/${w.id}/statements`, { prompt: 'not_working', text: 'The forms are too long', source: 'paper', onBehalfOf: { perspective } });
  await call('PUT', `/workshops/${w.id}/phase`, { phase: 'clustering' });
  const emptied = await call('POST', `/workshops/${w.id}/themes`, { category: 'not_working', title: 'I want to be treated with respect' });
  const other = await call('POST', `/workshops/${w.id}/themes`, { category: 'not_working', title: 'I want less paperwork' });
  await call('PUT', `/workshops/${w.id}/statements/${paper.id}/theme`, { themeId: emptied.id });
  await call('PUT', `/workshops/${w.id}/statements/${kept.id}/theme`, { themeId: other.id });
  await call('PUT', `/workshops/${w.id}/phase`, { phase: 'theme_voting' });

  const plus = phone.locator(`#more-${emptied.id}`);
  await plus.click();
  await phone.locator(`#theme-${emptied.id} .my-dots`, { hasText: '1' }).waitFor();
  // The facilitator hides the theme's only answer (safeguarding), while the phone is on the page.
  await call('PUT', `/workshops/${w.id}/items/${paper.id}/hidden`, { hidden: true });
  await phone.locator(`#more-${emptied.id}[aria-disabled="true"]`).waitFor({ timeout: 10_000 });
  await plus.focus();
  await phone.keyboard.press('Enter');
  await phone.locator('#announcer', { hasText: 'has no answers now, so it takes no more dots' }).waitFor({ state: 'attached' });
  assert.equal(await phone.locator(`#theme-${emptied.id} .my-dots`).textContent(), '●○○ Your dots: 1');
  const minus = phone.locator(`#less-${emptied.id}`);
  await minus.focus();
  await phone.keyboard.press('Enter');
  await phone.locator('#dots-left', { hasText: '5 of 5' }).waitFor();
  assert.equal(await phone.evaluate(() => document.activeElement?.id), `less-${emptied.id}`, 'focus stays where it was, the card with it');
  await assertAccessible(phone, 'a phone voting after a theme was emptied');
  assert.deepEqual(phone.problems, []);
});
