import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, emailsTo, emailsArrive } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth, moveStage } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function movePhase(console_, phase, label) {
  await moveStage(console_, phase);
  await console_.getByText(`Now: ${label}`).waitFor();
}

async function join(page, url, welsh) {
  await page.goto(url);
  if (welsh) await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('link', { name: welsh ? 'Dechrau nawr' : 'Start now' }).click();
  await page.locator('input[name=perspective]').first().check();
  await page.getByRole('button', { name: welsh ? 'Parhau' : 'Continue' }).click();
}

test('a whole day 2: in place, ideas, idea votes, the grid, action plans, the emails and the lead\'s link; one person by keyboard', async () => {
  const console_ = await person(browser, { width: 1280, height: 1600 });
  await console_.goto(server.facilitator);
  await console_.getByRole('link', { name: 'Create a workshop' }).click();
  await console_.getByLabel('Title').fill('Day two in Bangor');
  await console_.getByRole('button', { name: 'Create workshop' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Day two in Bangor' }).waitFor();
  const joinUrl = await console_.getByRole('link', { name: /\/join\// }).textContent();
  await movePhase(console_, 'clustering', 'Grouping answers into themes');
  await console_.getByRole('button', { name: /^Not working/ }).click();
  await console_.getByLabel('New theme, as an “I” statement').fill('I want a proper break now and then');
  await console_.getByRole('button', { name: 'Create theme' }).click();
  await console_.locator('.wall-group h4', { hasText: 'I want a proper break now and then' }).waitFor();
  await movePhase(console_, 'in_place', 'What is already in place');
  const [screen] = await Promise.all([console_.context().waitForEvent('page'), console_.getByRole('button', { name: 'Open the big screen' }).click()]);

  const dafydd = await person(browser); // keyboard only
  const eira = await person(browser);
  const gwen = await person(browser, { width: 390, height: 1400 }); // drags on the grid
  await join(dafydd, joinUrl, false);
  await join(eira, joinUrl, true);
  await join(gwen, joinUrl, false);
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
  await screen.locator('.screen-bars .bar-value', { hasText: '2' }).first().waitFor();
  await console_.locator('table th[scope=row]', { hasText: 'A neighbour rota' }).waitFor();
  for (const [page, what] of [[dafydd, 'idea voting (English)'], [eira, 'idea voting (Welsh)'], [console_, 'the console with idea votes'], [screen, 'the big screen idea bars']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }

  // The grid: the two ideas with dots are shortlisted on their own.
  await movePhase(console_, 'grid', 'The investment grid');
  await console_.locator('#grid-heading').waitFor();
  for (const page of [dafydd, eira, gwen]) await page.reload();
  await dafydd.getByRole('heading', { level: 1, name: 'The investment grid' }).waitFor();
  const rotaCard = dafydd.locator('.grid-card', { hasText: 'A neighbour rota' });
  const effort = rotaCard.getByLabel('Effort', { exact: true });
  await effort.focus();
  for (let i = 0; i < 3; i++) await dafydd.keyboard.press('ArrowLeft');
  await rotaCard.getByText('Yours: effort 2, difference 5.').waitFor();
  await rotaCard.getByLabel('Difference it would make').focus();
  for (let i = 0; i < 4; i++) await dafydd.keyboard.press('ArrowRight');
  await rotaCard.getByText('Yours: effort 2, difference 9.').waitFor();
  await rotaCard.getByText('The group put it at effort 2, difference 9: Quick win.').waitFor();

  const gwenCard = gwen.locator('.grid-card', { hasText: 'A neighbour rota' });
  const chart = gwenCard.locator('svg.grid-chart');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const scale = box.width / 440; // the chart's viewBox is 440 wide, the grid itself 380 from x 44 and y 12
  await gwen.mouse.move(box.x + (44 + 2 * 38) * scale, box.y + (12 + 380 - 2 * 38) * scale);
  await gwen.mouse.down();
  await gwen.mouse.move(box.x + (44 + 4 * 38) * scale, box.y + (12 + 380 - 7 * 38) * scale, { steps: 5 });
  await gwen.mouse.up();
  await gwenCard.getByText('Yours: effort 4, difference 7.').waitFor();
  await gwenCard.getByText('The group put it at effort 3, difference 8: Quick win.').waitFor();

  const eiraCard = eira.locator('.grid-card', { hasText: 'Gofalwyr yn rhedeg' });
  await eiraCard.getByRole('button', { name: 'Ei osod yma' }).click();
  await eiraCard.getByText('Eich un chi: ymdrech 5, gwahaniaeth 5.').waitFor();
  await dafydd.reload();
  await dafydd.locator('.grid-card', { hasText: 'A neighbour rota' }).getByRole('button', { name: 'More effort' }).focus();
  await dafydd.keyboard.press('Enter');
  await dafydd.locator('.grid-card', { hasText: 'A neighbour rota' }).getByText('The group put it at effort 4, difference 8: Quick win.').waitFor();
  await screen.locator('svg.grid-chart .marker-group').nth(1).waitFor();
  await screen.locator('.grid-legend li', { hasText: 'A neighbour rota' }).filter({ hasText: /\(Quick win \/ Enillion cyflym: 4, 8\)/ }).waitFor();

  const fixRow = console_.locator('section[aria-labelledby=grid-heading] tr', { hasText: 'Gofalwyr yn rhedeg' });
  await fixRow.waitFor();
  await fixRow.getByLabel('Effort').fill('8');
  await fixRow.getByLabel('Difference').fill('3');
  await fixRow.getByRole('button', { name: /^Fix/ }).click();
  await fixRow.getByText('Reconsider (8, 3) (fixed)').waitFor();
  for (const [page, what] of [[dafydd, 'the grid (English)'], [eira, 'the grid (Welsh)'], [gwen, 'the grid after a drag'], [console_, 'the console grid'], [screen, 'the big screen grid']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }

  // Action planning: quick wins first; Dafydd writes a plan by keyboard, Eira signs up.
  await movePhase(console_, 'action_planning', 'Action planning');
  for (const page of [dafydd, eira]) await page.reload();
  await dafydd.getByRole('heading', { level: 1, name: 'Action planning' }).waitFor();
  assert.match(await dafydd.locator('main section h2').first().textContent(), /A neighbour rota/, 'the quick win comes first');
  await dafydd.getByRole('button', { name: /^Write a plan\W+A neighbour rota/ }).focus();
  await dafydd.keyboard.press('Enter');
  await dafydd.getByRole('heading', { name: 'Write an action plan' }).waitFor();
  await dafydd.getByRole('button', { name: 'Save the plan' }).focus();
  await dafydd.keyboard.press('Enter');
  await dafydd.getByRole('link', { name: 'Say what you will do.' }).waitFor();
  await assertAccessible(dafydd, 'the plan form with its errors');
  const leadEmail = `dafydd-${Date.now()}@example.org`;
  const due = new Date(Date.now() + 5 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await dafydd.getByLabel('What will we do?').focus();
  await dafydd.keyboard.type('Start the street rota');
  await dafydd.getByLabel('Their name').focus();
  await dafydd.keyboard.type('Dafydd Jones');
  await dafydd.getByLabel('Their email address (optional)').focus();
  await dafydd.keyboard.type(leadEmail);
  await dafydd.keyboard.press('Tab');
  await dafydd.keyboard.press('Space');
  await dafydd.getByLabel('What will happen?').focus();
  await dafydd.keyboard.type('Ask the street WhatsApp group for volunteers');
  await dafydd.keyboard.press('Tab');
  await dafydd.keyboard.type('Dafydd');
  await dafydd.getByLabel('By when?').fill(due);
  await dafydd.getByLabel('How will we know it worked?').focus();
  await dafydd.keyboard.type('Five neighbours sign up');
  await dafydd.getByRole('button', { name: 'Save the plan' }).focus();
  await dafydd.keyboard.press('Enter');
  await dafydd.getByRole('heading', { level: 3, name: 'Start the street rota' }).waitFor();
  await eira.reload();
  await eira.getByRole('button', { name: /^Cofrestru i helpu\W+Start the street rota/ }).click();
  await eira.getByText('1 person wedi cofrestru i helpu.').waitFor();
  await console_.getByText(leadEmail).waitFor();
  await screen.locator('.plan-list h2', { hasText: 'Start the street rota' }).waitFor();
  for (const [page, what] of [[dafydd, 'action planning (English)'], [eira, 'action planning (Welsh)'], [console_, 'the console with plans'], [screen, 'the big screen plans']]) {
    await assertAccessible(page, what);
    await assertFitsWidth(page, what);
  }

  // The lead first gets only a short confirmation; the plan follows once they press the button.
  const [ask] = await emailsArrive(server.outbox, leadEmail, { matching: (e) => e.subject.startsWith('Please confirm') });
  assert.doesNotMatch(ask.body.text, /street rota/, 'nothing the writer typed');
  const owner = await person(browser);
  await owner.goto(ask.body.text.match(/https?:\/\/\S+\/confirm\?token=\S+/)[0]);
  await owner.getByRole('heading', { level: 1, name: 'Confirm your email address' }).waitFor();
  await assertAccessible(owner, 'the confirmation page');
  await assertFitsWidth(owner, 'the confirmation page');
  assert.equal((await emailsTo(server.outbox, leadEmail)).length, 1, 'opening the link alone confirms nothing');
  await owner.getByRole('button', { name: 'Yes, send me the emails' }).click();
  await owner.getByRole('heading', { name: 'Thank you: your address is confirmed' }).waitFor();

  // The lead's email holds a private link; the lead posts progress from it, in Welsh too.
  const [planEmail] = await emailsArrive(server.outbox, leadEmail, { matching: (e) => e.subject.startsWith('Your action plan') });
  const link = planEmail.body.text.match(/https?:\/\/\S+\/lead\/\S+/)[0];
  const lead = await person(browser);
  await lead.goto(link);
  await lead.getByRole('heading', { level: 1, name: 'Start the street rota' }).waitFor();
  await assertAccessible(lead, 'the lead page');
  await assertFitsWidth(lead, 'the lead page');
  await lead.getByRole('button', { name: 'Post the update' }).click();
  await lead.getByRole('link', { name: 'Say what has happened.' }).waitFor();
  await lead.getByLabel('In progress').check();
  await lead.getByLabel('What has happened?').fill('Six neighbours have offered <evenings>');
  await lead.getByRole('button', { name: 'Post the update' }).click();
  await lead.getByRole('heading', { name: 'Thank you. Your update is posted.' }).waitFor();
  await lead.locator('.words', { hasText: 'Six neighbours have offered <evenings>' }).waitFor();
  await lead.getByRole('link', { name: 'Cymraeg' }).click();
  await lead.getByRole('heading', { level: 2, name: 'Cynnydd hyd yma' }).waitFor();
  await assertAccessible(lead, 'the lead page in Welsh');
  await console_.getByText('Six neighbours have offered <evenings>').waitFor();

  // Leaving day 2 sends the facilitators the summary.
  await movePhase(console_, 'follow_up', 'Keeping in touch');
  const summaries = await emailsArrive(server.outbox, 'facilitator@example.org', { matching: (e) => e.subject.startsWith('Day 2 summary: Day two in Bangor') });
  assert.equal(summaries.length, 1);
  assert.match(summaries[0].body.text, /Start the street rota/);
  assert.match(summaries[0].body.text, /Gofalwyr yn rhedeg .*Reconsider \(position fixed by the facilitator\)/);
  for (const page of [dafydd, eira, gwen, lead, console_]) assert.deepEqual(page.problems, [], 'no script errors');
});
