import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, signInByEmail } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';
import { api, sessionToken, bigWorkshop } from './seed.mjs';
import { fullyVisibleCards } from './measure.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('the affinity wall holds 150 answers at 1366×900: visible, moved by keyboard, by dragging and in batches', async (t) => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  const call = api(server.site, await sessionToken(console_));
  const { workshop } = await bigWorkshop(call, { title: 'A wall for a real room', themesPerPrompt: 6 });
  // Twelve themes for the first question, so a move needs a two-digit number.
  for (let i = 7; i <= 12; i++) await call('POST', `/workshops/${workshop.id}/themes`, { category: 'working', title: `I want theme number ${i}` });

  await console_.goto(`${server.site}/facilitate/w/${workshop.id}`);
  const wall = console_.locator('.wall');
  await wall.locator('.wall-card').first().waitFor();
  await wall.evaluate((el) => el.scrollIntoView());
  const visible = await fullyVisibleCards(console_);
  assert.ok(visible >= 20, `${visible} answers are fully visible at once`);
  t.diagnostic(`answers fully visible on the wall at 1366×900: ${visible}`);
  await assertAccessible(console_, 'the wall');
  assert.equal(await wall.locator('.wall-card[tabindex="0"]').count(), 1, 'the wall is one Tab stop');

  // Finding an answer: the search narrows the wall to it.
  const tray = wall.locator('.wall-group.tray');
  const firstInTray = tray.locator('.wall-card').first();
  const text = await firstInTray.locator('.words').textContent();
  await console_.getByLabel('Find answers').fill(text.slice(0, 30));
  await tray.locator('.wall-card').first().waitFor();
  await console_.getByLabel('Find answers').fill('');
  await firstInTray.focus();
  const second = await tray.locator('.wall-card').nth(1).getAttribute('data-statement');
  const moving = await firstInTray.getAttribute('data-statement');

  // Once found, a move to theme 12 takes four key presses: M, 1, 2, Enter.
  const presses = ['m', '1', '2', 'Enter'];
  for (const key of presses) await console_.keyboard.press(key);
  assert.ok(presses.length <= 5);
  const twelfth = wall.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I want theme number 12' }) });
  await twelfth.locator(`[data-statement="${moving}"]`).waitFor();
  await console_.waitForFunction((id) => document.activeElement?.dataset.statement === id, second);
  await console_.getByText('Moved 1 to “I want theme number 12”.').waitFor();

  // Arrow keys walk the wall; Space selects several; one "Move to…" moves them in order.
  await console_.keyboard.press('Space');
  await console_.keyboard.press('ArrowDown');
  await console_.keyboard.press('Space');
  await console_.keyboard.press('ArrowDown');
  await console_.keyboard.press('Space');
  const chosen = await wall.locator('.wall-card[aria-selected=true]').evaluateAll((cards) => cards.map((c) => c.dataset.statement));
  assert.equal(chosen.length, 3);
  await wall.getByText('3 selected').waitFor();
  await console_.keyboard.press('m');
  const dialog = console_.getByRole('dialog', { name: 'Move 3 answers to…' });
  await dialog.waitFor();
  await assertAccessible(console_, 'the Move to… dialog');
  await dialog.getByRole('option', { name: /^7 I want theme number 7/ }).click();
  const seventh = wall.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I want theme number 7' }) });
  await seventh.locator('.wall-card').nth(2).waitFor();
  assert.deepEqual(await seventh.locator('.wall-card').evaluateAll((cards) => cards.map((c) => c.dataset.statement)), chosen);
  // Undo takes the three back out.
  await wall.getByRole('button', { name: 'Undo last move' }).click();
  await seventh.getByText('No answers here yet.').waitFor();

  // Dragging from the tray to a theme far below: the themes scroll by themselves near the edge.
  const far = wall.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I want theme number 11' }) });
  const themesBox = await wall.locator('.wall-themes').boundingBox();
  const farBox = await far.boundingBox();
  assert.ok(farBox.y > themesBox.y + themesBox.height, 'the far theme starts out of sight');
  const card = tray.locator('.wall-card').nth(3);
  const dragged = await card.getAttribute('data-statement');
  const from = await card.boundingBox();
  await console_.mouse.move(from.x + 20, from.y + 10);
  await console_.mouse.down();
  await console_.mouse.move(from.x + 60, from.y + 30, { steps: 4 });
  await console_.mouse.move(themesBox.x + themesBox.width / 2, themesBox.y + themesBox.height - 8, { steps: 8 });
  await console_.waitForFunction(() => {
    const box = document.querySelector('.wall-themes').getBoundingClientRect();
    const heading = [...document.querySelectorAll('.wall-group h4')].find((el) => el.textContent.includes('I want theme number 11'));
    const r = heading.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom - 20;
  });
  const landing = await far.locator('h4').boundingBox();
  await console_.mouse.move(landing.x + 20, landing.y + landing.height / 2, { steps: 6 });
  await console_.mouse.up();
  await far.locator(`[data-statement="${dragged}"]`).waitFor();

  // Order within a theme by keyboard (Alt+Up), then rename and merge still work.
  const elevenCards = far.locator('.wall-card');
  const saved = await call('GET', `/workshops/${workshop.id}/board`);
  const theme11 = saved.themes.find((th) => th.title === 'I want theme number 11');
  assert.deepEqual(theme11.statementIds, [dragged]);
  await tray.locator('.wall-card').first().focus();
  const another = await tray.locator('.wall-card').first().getAttribute('data-statement');
  await console_.keyboard.press('m');
  await console_.keyboard.type('11');
  await console_.keyboard.press('Enter');
  await far.locator(`[data-statement="${another}"]`).waitFor();
  await far.locator(`[data-statement="${another}"]`).focus();
  await console_.keyboard.press('Alt+ArrowUp');
  await console_.waitForFunction(([a]) => document.querySelector('.wall-group:has(.wall-card[data-statement="' + a + '"]) .wall-card')?.dataset.statement === a, [another]);
  assert.equal(await elevenCards.first().getAttribute('data-statement'), another);
  assert.equal(await console_.evaluate(() => document.activeElement.dataset.statement), another, 'focus stays on the moved card');
  // With focus in a theme, the full tray still takes the keyboard: its list is a Tab stop that hands focus to its first card.
  const trayList = tray.locator('.wall-cards');
  assert.equal(await trayList.getAttribute('tabindex'), '0', 'the tray is a Tab stop while focus is in a theme');
  await assertAccessible(console_, 'the wall with focus in a theme and the tray full');
  const firstWaiting = await tray.locator('.wall-card').first().getAttribute('data-statement');
  await trayList.focus();
  await console_.waitForFunction((id) => document.activeElement?.dataset.statement === id, firstWaiting);
  assert.equal(await trayList.getAttribute('tabindex'), '-1', 'once a tray card has focus, the wall is one Tab stop again');
  assert.equal(await wall.locator('.wall-card[tabindex="0"]').count(), 1);

  await far.locator('summary', { hasText: 'Rename or merge' }).click();
  await far.getByLabel('Theme title').fill('I want a short break');
  await far.getByRole('button', { name: 'Save title' }).click();
  const renamed = wall.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I want a short break' }) });
  await renamed.waitFor();
  await renamed.getByLabel('Merge into').selectOption({ label: 'I want theme number 12' });
  await renamed.getByRole('button', { name: 'Merge' }).click();
  await twelfth.locator(`[data-statement="${another}"]`).waitFor();
  await renamed.waitFor({ state: 'detached' });

  // A single pointer: tap a card, then "Move selected to…", then tap a theme.
  const tapped = tray.locator('.wall-card').first();
  const tappedId = await tapped.getAttribute('data-statement');
  await tapped.click();
  await wall.getByRole('button', { name: 'Move selected to…' }).click();
  await console_.getByRole('dialog').getByRole('option', { name: /^8 I want theme number 8/ }).click();
  await wall.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I want theme number 8' }) }).locator(`[data-statement="${tappedId}"]`).waitFor();
  await assertAccessible(console_, 'the wall after moves');

  // Hiding an answer from the wall: H on its card; once done it is said out loud, focus moves on
  // to the next card, and the answers card has it as hidden, with "Show again".
  const hiding = tray.locator('.wall-card').first();
  const hidingId = await hiding.getAttribute('data-statement');
  const hidingText = await hiding.locator('.words').textContent();
  const nextId = await tray.locator('.wall-card').nth(1).getAttribute('data-statement');
  await hiding.focus();
  await console_.keyboard.press('h');
  await wall.locator(`[data-statement="${hidingId}"]`).waitFor({ state: 'detached' });
  await console_.locator('#announcer', { hasText: 'Hid 1 answer from the wall.' }).waitFor();
  await console_.waitForFunction((id) => document.activeElement?.dataset.statement === id, nextId);
  const hiddenAnswer = console_.locator('#answers-heading ~ div .answers li', { hasText: hidingText });
  await hiddenAnswer.getByText('Hidden', { exact: true }).waitFor();
  await hiddenAnswer.getByRole('button', { name: /^Show again/ }).waitFor();
  // With a single pointer: tap two cards, then "Hide 2 answers from the wall" in "Move selected to…".
  const pair = await tray.locator('.wall-card').evaluateAll((cards) => cards.slice(2, 4).map((c) => c.dataset.statement));
  for (const id of pair) await tray.locator(`[data-statement="${id}"]`).click();
  await wall.getByRole('button', { name: 'Move selected to…' }).click();
  await console_.getByRole('dialog').getByRole('button', { name: 'Hide 2 answers from the wall' }).click();
  for (const id of pair) await wall.locator(`[data-statement="${id}"]`).waitFor({ state: 'detached' });
  await console_.locator('#announcer', { hasText: 'Hid 2 answers from the wall.' }).waitFor();
  const hiddenNow = (await call('GET', `/workshops/${workshop.id}/board`)).statements.filter((s) => s.hidden).map((s) => s.id).sort();
  assert.deepEqual(hiddenNow, [hidingId, ...pair].sort(), 'exactly the three answers are hidden');
  await assertAccessible(console_, 'the wall after hiding answers');

  // The console stays usable on a phone: the tray and the themes stack.
  await console_.setViewportSize({ width: 320, height: 640 });
  await assertFitsWidth(console_, 'the console at 320 px');
  const trayBox = await tray.boundingBox();
  const themesNow = await wall.locator('.wall-themes').boundingBox();
  assert.ok(themesNow.y >= trayBox.y + trayBox.height - 1, 'the themes come below the tray');
  assert.deepEqual(console_.problems, []);
});

test('moving an answer before there is any theme says why nothing opened, on the page', async () => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await signInByEmail(console_, server);
  const call = api(server.site, await sessionToken(console_));
  const { workshop } = await bigWorkshop(call, { title: 'A wall with no themes yet', themesPerPrompt: 0 });
  await console_.goto(`${server.site}/facilitate/w/${workshop.id}`);
  const card = console_.locator('.wall .wall-card').first();
  await card.focus();
  await console_.keyboard.press('m');
  await console_.locator('.wall-note', { hasText: 'No themes for this question yet' }).waitFor();
  assert.equal(await console_.locator('dialog.move-dialog[open]').count(), 0, 'no empty move dialog opens');

  // Back in gathering, the 150 answers scroll in their own box rather than making the console many screens tall.
  await call('PUT', `/workshops/${workshop.id}/phase`, { phase: 'gathering' });
  await console_.locator('#themes-heading').waitFor({ state: 'detached' });
  await console_.locator('.answers-scroll .answers li').nth(149).waitFor({ state: 'attached' });
  const height = await console_.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 4000, `the console is ${height} px tall with 150 answers`);
  await assertAccessible(console_, 'the console in gathering with 150 answers');
  assert.deepEqual(console_.problems, []);
});
