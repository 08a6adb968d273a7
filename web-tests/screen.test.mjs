import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible } from './browser.mjs';
import { api, sessionToken, bigWorkshop } from './seed.mjs';
import { assertFitsScreen } from './measure.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('the big screen fits 1366×768 at every stage, bilingual, with pages; its link opens on a second computer and stops when revoked', async (t) => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  const call = api(server.site, await sessionToken(console_));
  const workshop = await call('POST', '/workshops', { title: 'Carers in Conwy', settings: { topThemes: 2 } });
  await call('PUT', `/workshops/${workshop.id}/phase`, { phase: 'gathering' });
  await console_.goto(`${server.site}/facilitate/w/${workshop.id}`);
  await console_.getByRole('button', { name: 'Make a big-screen link' }).click();
  const url = await console_.getByLabel('Big-screen link').inputValue();
  assert.match(url, new RegExp(`/screen/${workshop.id}\\?token=[\\w-]{43}$`));
  await assertAccessible(console_, 'the console with a big-screen link');

  // A second computer: its own browser, nothing shared with the console.
  const venue = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const screen = await venue.newPage();
  const problems = [];
  screen.on('pageerror', (e) => problems.push(e.message));
  await screen.goto(url);
  await screen.getByRole('heading', { level: 1, name: 'Carers in Conwy' }).waitFor();
  await screen.reload();
  await screen.getByRole('heading', { level: 1, name: 'Carers in Conwy' }).waitFor();
  assert.equal(screen.url(), url, 'the token stays in the address, so the venue computer can reload');

  // Gathering: the QR code large; English and Welsh side by side.
  const qr = screen.locator('img.qr-large');
  await qr.waitFor();
  assert.ok((await qr.boundingBox()).height >= 768 * 0.4, 'the QR code is large while people join');
  const en = await screen.locator('h2 [lang=en]', { hasText: 'Join on your phone' }).boundingBox();
  const cy = await screen.locator('h2 [lang=cy]', { hasText: 'Ymunwch ar eich ffôn' }).boundingBox();
  assert.ok(Math.abs(en.y - cy.y) < 4 && cy.x >= en.x + en.width, 'English and Welsh side by side');
  await assertFitsScreen(screen, 'gathering');

  // 150 answers, then the wall.
  const { rows, themes } = await bigWorkshop(call, { workshop, themesPerPrompt: 6 });
  const phase = async (name, label) => {
    await call('PUT', `/workshops/${workshop.id}/phase`, { phase: name });
    await screen.locator('.screen-phase [lang=en]', { hasText: label }).waitFor();
  };
  await phase('clustering', 'Grouping answers into themes');
  const sorted = rows.find((r) => r.themeId);
  await screen.locator('.screen-card', { hasText: sorted.text }).first().waitFor({ state: 'attached' });
  assert.ok((await screen.locator('img.qr-small').boundingBox()).height <= 768 * 0.2, 'the QR code is small after gathering');
  const counter = screen.locator('.screen-page-number [lang=en]');
  await counter.filter({ hasText: /^Page 1 of \d+$/ }).waitFor();
  const pages = Number((await counter.textContent()).split(' of ')[1]);
  assert.ok(pages >= 3, `the wall of 150 answers takes ${pages} pages`);
  t.diagnostic(`the wall of 150 answers on the big screen at 1366×768: ${pages} pages`);
  const carried = screen.locator('.screen-continued h2');
  assert.equal(await carried.count(), 0, 'the first page continues nothing');
  await assertFitsScreen(screen, 'the wall, page 1');
  await screen.keyboard.press('ArrowRight');
  await counter.filter({ hasText: /^Page 2 of \d+$/ }).waitFor();
  // The second page carries on a question's list: its heading says which, a line in each language,
  // so a long heading in one cannot push the other out of sight.
  await carried.waitFor();
  const [lineEn, lineCy] = ['en', 'cy'].map((lang) => carried.locator(`:scope > [lang=${lang}]`));
  assert.match(await lineEn.textContent(), /^Continued: (.+ – )?What is .+\?$/);
  assert.match(await lineCy.textContent(), /^Parhad: (.+ – )?Beth .+\?$/);
  const [continuedEn, continuedCy] = await Promise.all([lineEn.boundingBox(), lineCy.boundingBox()]);
  assert.ok(continuedCy.y >= continuedEn.y + continuedEn.height - 1 && continuedCy.x + continuedCy.width <= 1366
    && continuedCy.y + continuedCy.height <= (await screen.locator('.screen-pages').boundingBox()).y + 1,
    '“Continued” in English, then in Welsh, both in sight above the columns');
  await assertFitsScreen(screen, 'the wall, page 2');

  // Votes from eight people; every theme's bar, with its full title.
  const people = [];
  for (let i = 0; i < 8; i++) {
    people.push(await call('POST', `/workshops/${workshop.id}/participants`, { perspective: workshop.perspectives[i % 3].id, language: i % 2 ? 'cy' : 'en' }));
  }
  await phase('theme_voting', 'Voting on themes');
  const themeIds = Object.values(themes);
  for (const [i, p] of people.entries()) {
    await call('PUT', `/workshops/${workshop.id}/votes/${themeIds[(i * 5) % themeIds.length]}`, { dots: 3 }, p.token);
    await call('PUT', `/workshops/${workshop.id}/votes/${themeIds[(i * 3 + 7) % themeIds.length]}`, { dots: 2 }, p.token);
  }
  await screen.locator('.screen-bars li').nth(themeIds.length - 1).waitFor({ state: 'attached' });
  await screen.locator('.bar-value', { hasText: /^[1-9]/ }).first().waitFor();
  await assertFitsScreen(screen, 'theme votes');

  const board = await call('GET', `/workshops/${workshop.id}/board`);
  const priorities = board.priorities;
  await phase('root_causes', 'Finding root causes');
  for (const [i, themeId] of priorities.entries()) {
    let parent = null;
    for (let depth = 0; depth < 4; depth++) {
      const made = await call('POST', `/workshops/${workshop.id}/causes`, { themeId, parentId: parent || undefined, text: `Reason ${depth + 1} for theme ${i + 1}: there are not enough hours in the day and nobody joins the dots between services` }, people[depth].token);
      parent = made.id;
    }
  }
  await screen.getByText('Reason 4 for theme 2', { exact: false }).waitFor({ state: 'attached' });
  await assertFitsScreen(screen, 'root causes');

  await phase('success', 'What success would look like');
  for (const themeId of priorities) {
    for (const [i, p] of people.slice(0, 5).entries()) {
      await call('POST', `/workshops/${workshop.id}/success`, { themeId, perspective: workshop.perspectives[i % 3].id, text: `Success would be a week where I can plan ahead and know who is coming, number ${i + 1}` }, p.token);
    }
  }
  await screen.getByText('number 5', { exact: false }).first().waitFor({ state: 'attached' });
  await assertFitsScreen(screen, 'success');

  await phase('in_place', 'What is already in place');
  for (const themeId of priorities) {
    for (let i = 0; i < 6; i++) await call('POST', `/workshops/${workshop.id}/in-place`, { themeId, text: `The carers' centre drop-in on Thursdays, number ${i + 1}` }, people[i].token);
  }
  await screen.getByText('drop-in on Thursdays, number 6').first().waitFor({ state: 'attached' });
  await assertFitsScreen(screen, 'in place');

  await phase('ideas', 'Ideas');
  const lenses = ['traditional', 'community', 'radical'];
  const ideaIds = [];
  for (let i = 0; i < 24; i++) {
    const text = `Idea ${i + 1}: a rota of trained neighbours who can sit with the person for an afternoon so the carer can rest`;
    ideaIds.push((await call('POST', `/workshops/${workshop.id}/ideas`, { themeId: priorities[i % priorities.length], lens: lenses[i % 3], text }, people[i % 8].token)).id);
  }
  await screen.getByText('Idea 24: a rota').waitFor({ state: 'attached' });
  await assertFitsScreen(screen, 'ideas');

  await phase('idea_voting', 'Voting on ideas');
  for (const [i, p] of people.entries()) {
    await call('PUT', `/workshops/${workshop.id}/votes/${ideaIds[i]}`, { dots: 3 }, p.token);
    await call('PUT', `/workshops/${workshop.id}/votes/${ideaIds[i + 8]}`, { dots: 2 }, p.token);
  }
  // More than ten ideas, each with its whole title (no cut at 60 characters).
  await screen.locator('.screen-bars li').nth(23).waitFor({ state: 'attached' });
  assert.equal(await screen.locator('.bar-title', { hasText: 'Idea 24: a rota of trained neighbours who can sit with the person for an afternoon so the carer can rest' }).count(), 1);
  await assertFitsScreen(screen, 'idea votes');

  await phase('grid', 'The investment grid');
  const shortlist = (await call('GET', `/workshops/${workshop.id}/board`)).shortlist;
  for (const [i, ideaId] of shortlist.entries()) {
    for (const p of people.slice(0, 3)) await call('PUT', `/workshops/${workshop.id}/grid/${ideaId}`, { effort: (i * 2) % 11, difference: 10 - i }, p.token);
  }
  await screen.locator('svg.grid-chart .marker-group').nth(shortlist.length - 1).waitFor();
  await assertFitsScreen(screen, 'the grid');

  await phase('action_planning', 'Action planning');
  const due = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
  for (let i = 0; i < 5; i++) {
    await call('POST', `/workshops/${workshop.id}/actions`, { ideaId: shortlist[i % shortlist.length], title: `Plan ${i + 1}: start a sitting rota in every ward`, lead: { name: `Lead ${i + 1}` }, steps: [{ text: 'Ask the street groups who would help', due }] }, people[i].token);
  }
  await screen.getByText('Plan 5: start a sitting rota').waitFor({ state: 'attached' });
  await assertFitsScreen(screen, 'action plans');

  // Stopping the link from the console: the venue's screen says so within a few seconds.
  await console_.reload();
  await console_.getByRole('button', { name: /^Stop this link/ }).click();
  await console_.getByText('The link has been stopped.').waitFor({ state: 'attached' });
  await screen.getByText('This big-screen link has been stopped or has ended.').waitFor({ timeout: 10_000 });
  await screen.reload();
  await screen.getByText('This big-screen link has been stopped or has ended.').waitFor();
  assert.deepEqual(problems.filter((p) => !/401/.test(p)), []);
  await venue.close();
});
