import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function movePhase(console_, phase, label) {
  await console_.getByLabel('Move the workshop to').selectOption(phase);
  await console_.getByRole('button', { name: 'Move', exact: true }).click();
  await console_.getByText(`Now: ${label}`).waitFor();
}

async function join(page, url, welsh) {
  await page.goto(url);
  if (welsh) await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('link', { name: welsh ? 'Dechrau nawr' : 'Start now' }).click();
  await page.locator('input[name=perspective]').first().check();
  await page.getByRole('button', { name: welsh ? 'Parhau' : 'Continue' }).click();
}

test('day 2 begins: what is in place, ideas through three lenses and idea votes, one person by keyboard', async () => {
  const console_ = await person(browser, { width: 1280, height: 1600 });
  await console_.goto(server.facilitator);
  await console_.getByRole('link', { name: 'Create a workshop' }).click();
  await console_.getByLabel('Title').fill('Day two in Bangor');
  await console_.getByRole('button', { name: 'Create workshop' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Day two in Bangor' }).waitFor();
  const joinUrl = await console_.getByRole('link', { name: /\/join\// }).textContent();
  await movePhase(console_, 'clustering', 'Grouping answers into themes');
  await console_.getByLabel('New theme, as an “I” statement').nth(1).fill('I want a proper break now and then');
  await console_.getByRole('button', { name: 'Create theme' }).nth(1).click();
  await console_.locator('.theme-card h4', { hasText: 'I want a proper break now and then' }).waitFor();
  await movePhase(console_, 'in_place', 'What is already in place');
  const [screen] = await Promise.all([console_.context().waitForEvent('page'), console_.getByRole('button', { name: 'Open the big screen' }).click()]);

  const dafydd = await person(browser); // keyboard only
  const eira = await person(browser);
  await join(dafydd, joinUrl, false);
  await join(eira, joinUrl, true);
  await dafydd.getByRole('heading', { level: 1, name: 'What is already in place?' }).waitFor();
  await eira.getByRole('heading', { level: 1, name: 'Beth sydd eisoes ar waith?' }).waitFor();
  await dafydd.getByLabel('What already helps with this?').focus();
  await dafydd.keyboard.type('The sitting service at the carers hub');
  await dafydd.keyboard.press('Tab');
  await dafydd.keyboard.press('Enter');
  await dafydd.locator('.words', { hasText: 'The sitting service at the carers hub' }).waitFor();
  await screen.getByText('The sitting service at the carers hub').waitFor();
  await console_.locator('#day-two-heading').waitFor();
  await console_.getByText('The sitting service at the carers hub').waitFor();
  for (const [page, what] of [[dafydd, 'in place (English)'], [eira, 'in place (Welsh)'], [console_, 'the console in place'], [screen, 'the big screen in place']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }

  await movePhase(console_, 'ideas', 'Ideas');
  await dafydd.reload();
  await eira.reload();
  const community = dafydd.getByLabel('Your idea: Community ideas');
  await community.focus();
  await dafydd.keyboard.type('A neighbour rota so carers get one evening off a week');
  await dafydd.keyboard.press('Tab');
  await dafydd.keyboard.press('Enter');
  await dafydd.locator('.words', { hasText: 'A neighbour rota' }).waitFor();
  await eira.getByLabel('Eich syniad: Syniadau radical').fill('Gofalwyr yn rhedeg y gwasanaeth seibiant eu hunain');
  await eira.getByRole('button', { name: 'Ychwanegu’r syniad hwn' }).nth(2).click();
  await eira.locator('.words', { hasText: 'Gofalwyr yn rhedeg' }).waitFor();
  await screen.getByText('Gofalwyr yn rhedeg').waitFor();
  for (const [page, what] of [[dafydd, 'ideas (English)'], [eira, 'ideas (Welsh)'], [screen, 'the big screen with ideas']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }

  await movePhase(console_, 'idea_voting', 'Voting on ideas');
  await dafydd.reload();
  await eira.reload();
  await dafydd.getByText('You have 5 of 5 dots left').waitFor();
  await dafydd.locator('.theme-card', { hasText: 'Gofalwyr yn rhedeg' }).getByRole('button', { name: /Add a dot/ }).focus();
  await dafydd.keyboard.press('Enter');
  await dafydd.getByText('You have 4 of 5 dots left').waitFor();
  for (let i = 0; i < 2; i++) {
    await eira.locator('.theme-card', { hasText: 'A neighbour rota' }).getByRole('button', { name: /Ychwanegu dot/ }).click();
    await eira.getByText(`Mae gennych ${4 - i} o 5 dot ar ôl`).waitFor();
  }
  await screen.locator('svg.bars text', { hasText: '2' }).first().waitFor();
  await console_.locator('table th[scope=row]', { hasText: 'A neighbour rota' }).waitFor();
  for (const [page, what] of [[dafydd, 'idea voting (English)'], [eira, 'idea voting (Welsh)'], [console_, 'the console with idea votes'], [screen, 'the big screen idea bars']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }
  assert.deepEqual(dafydd.problems, []);
  assert.deepEqual(eira.problems, []);
});
