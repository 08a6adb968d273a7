import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, emailsTo, emailsArrive, signInByEmail } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth, moveStage } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('the start command prints every link DESIGN.md asks for', () => {
  assert.match(server.signInPage, /^http:\/\/localhost:\d+\/facilitate$/);
  assert.match(server.facilitator, /^http:\/\/localhost:\d+\/signin\?token=[\w-]{43}$/);
  assert.match(server.participant, /^http:\/\/localhost:\d+\/join\/CARERS$/);
  assert.match(server.screen, /^http:\/\/localhost:\d+\/screen\/[0-9a-z]{26}\?token=[\w-]{43}$/);
  assert.match(server.outbox, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('a facilitator signs in through the emailed link, watches answers arrive, hides one and writes one down for someone', async () => {
  const console_ = await person(browser, { width: 1280, height: 900 });
  await console_.goto(server.signInPage);
  await console_.getByRole('heading', { name: 'Sign in as a facilitator' }).waitFor();
  await assertAccessible(console_, 'the sign-in page');
  await console_.getByLabel('Your work email address').fill('facilitator@example.org');
  const earlier = (await emailsTo(server.outbox, 'facilitator@example.org')).length;
  await console_.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await console_.getByRole('heading', { name: 'Check your email' }).waitFor();

  const [email] = (await emailsArrive(server.outbox, 'facilitator@example.org', { already: earlier })).slice(-1);
  const link = email.body.text.match(/http:\/\/\S+\/signin\?token=[\w-]+/)[0];
  await console_.goto(link);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  assert.equal(new URL(console_.url()).search, '', 'the token is not left in the address bar');
  await assertAccessible(console_, 'the workshop list');
  await console_.getByRole('link', { name: 'Supporting unpaid carers' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Supporting unpaid carers' }).waitFor();
  await console_.getByText(/\d+ joined · 40 answered beforehand · \d+ answers written down for people in the room · \d+ answers in all/).waitFor();
  await assertAccessible(console_, 'the workshop console');
  const before = await console_.locator('.answers li').count();

  // A participant on a phone answers; the console shows it without a reload.
  const phone = await person(browser);
  await phone.goto(server.participant);
  await phone.getByRole('link', { name: /Start now|Dechrau nawr/ }).click();
  await phone.locator('input[name=perspective]').first().check();
  await phone.getByRole('button', { name: /Continue|Parhau/ }).click();
  await phone.getByRole('heading', { level: 1, name: /What is working|Beth sy'n gweithio/ }).waitFor();
  await phone.getByRole('textbox').fill('Nobody ever asks how I am doing');
  await phone.getByRole('button', { name: /Add this answer|Ychwanegu/ }).click();
  await phone.locator('.answers .words', { hasText: 'Nobody ever asks' }).waitFor();

  const arrived = console_.locator('.answers li', { hasText: 'Nobody ever asks how I am doing' });
  await arrived.waitFor({ timeout: 10_000 });
  assert.equal(await console_.locator('.answers li').count(), before + 1);

  await arrived.getByRole('button', { name: /^Hide Nobody/ }).click();
  await arrived.getByText('Hidden', { exact: true }).waitFor();
  await assertAccessible(console_, 'the console with a hidden answer');

  await console_.getByLabel('Question').selectOption('future');
  await console_.getByLabel('Your answer').fill('To have one evening a week for me');
  await console_.getByLabel('Paper').check();
  await console_.getByRole('button', { name: 'Add answer' }).click();
  const written = console_.locator('.answers li', { hasText: 'To have one evening a week for me' });
  await written.waitFor();
  await written.getByText('Paper', { exact: true }).waitFor();

  // Moving on takes the participant's phone along; words not sent yet are kept and shown.
  await phone.getByRole('textbox').fill('One more thing');
  await moveStage(console_, 'clustering');
  await console_.getByText('Now: Grouping answers into themes').waitFor();
  await phone.getByRole('heading', { level: 1, name: /Grouping the answers into themes|Grwpio’r atebion yn themâu/ }).waitFor();
  await phone.locator('#kept-words').getByText('One more thing').waitFor();
  // Suggested themes: proposals to accept, change or reject; nothing applied without a click.
  await console_.locator('.wall-tray .wall-group.tray').waitFor();
  const themesBefore = await console_.locator('.wall-themes .wall-group').count();
  await console_.getByRole('button', { name: 'Suggest themes: What is working in your life?' }).click();
  const suggestions = console_.locator('#suggestions-working');
  // The demo's answers are embedded as the server seeds them; a slow machine may still be at it.
  await suggestions.getByRole('heading', { name: 'Suggested themes' }).waitFor({ timeout: 90_000 });
  const proposals = suggestions.locator('.theme-card');
  const offered = await proposals.count();
  assert.ok(offered >= 3 && offered <= 11, `the number of themes comes from the 47 answers: ${offered}`);
  await assertAccessible(console_, 'the console with suggested themes');
  // Each draft title is short, cut between words; the middle answer is shown in full beside it.
  for (let i = 0; i < offered; i++) {
    const title = await proposals.nth(i).getByLabel('Title').inputValue();
    assert.ok([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(title)].length <= 60, title);
    assert.ok((await proposals.nth(i).locator('.middle .words').textContent()).length > 0);
  }
  await proposals.nth(1).getByRole('button', { name: /^Reject/ }).click();
  assert.equal(await proposals.count(), offered - 1);
  // The facilitator takes one answer out before accepting; it stays unsorted.
  const first = proposals.first();
  const size = await first.getByRole('checkbox').count();
  const takenOut = await first.locator('.choice label').nth(size - 1).textContent();
  await first.getByLabel('Title').fill('I have people around me who understand');
  await first.getByRole('checkbox', { name: takenOut, exact: true }).uncheck();
  assert.equal(await first.getByLabel('Title').inputValue(), 'I have people around me who understand', 'the rewritten title is kept');
  await first.getByRole('button', { name: `Accept with ${size - 1} answers` }).click();
  const made = console_.locator('.wall-group', { has: console_.locator('h4', { hasText: 'I have people around me who understand' }) });
  // Accepting moves the answers in one by one; the console's polling may show the theme part-filled.
  await made.locator('.wall-card').nth(size - 2).waitFor();
  assert.equal(await made.locator('.wall-card').count(), size - 1);
  assert.equal(await made.locator('.wall-card', { hasText: takenOut }).count(), 0, 'the answer taken out is not in the theme');
  await console_.locator('.wall-tray .wall-card', { hasText: takenOut }).first().waitFor();
  assert.equal(await proposals.count(), offered - 2);
  assert.equal(await console_.locator('.wall-themes .wall-group').count(), themesBefore + 1,
    'only the accepted proposal became a theme: the rejected one and those not yet accepted were not applied');

  await phone.reload();
  await phone.getByRole('heading', { level: 1, name: /Grouping the answers into themes|Grwpio’r atebion yn themâu/ }).waitFor();
  await assertAccessible(phone, 'the theme wall');
  await assertFitsWidth(phone, 'the theme wall');

  // Between the days there is nothing to answer; the participant is told so and keeps their answers.
  await moveStage(console_, 'setup');
  await console_.getByText('Now: Getting ready').waitFor();
  await phone.reload();
  await phone.getByRole('heading', { name: /Answers are not being collected right now|Nid yw atebion yn cael eu casglu/ }).waitFor();
  await assertAccessible(phone, 'the waiting page');
  await assertFitsWidth(phone, 'the waiting page');

  await moveStage(console_, 'gathering');
  await console_.getByText('Now: Gathering answers').waitFor();
  assert.deepEqual(console_.problems, []);
});

test('a facilitator creates a workshop with Welsh prompts and opens its big screen', async () => {
  const page = await person(browser, { width: 1280, height: 900 });
  await page.goto(server.facilitator);
  await page.getByRole('heading', { name: 'Your workshops' }).waitFor();
  await page.getByRole('link', { name: 'Create a workshop' }).click();
  await page.getByRole('heading', { name: 'Create a workshop' }).waitFor();
  await assertAccessible(page, 'the create form');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('alert').getByText('Enter a title').waitFor();
  await page.getByLabel('Title').fill('Ageing well in Wrexham');
  await page.getByLabel('Focus').fill('What helps people live well as they get older?');
  await page.getByLabel('Welsh first where both languages are shown together, as on the big screen').check();
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ageing well in Wrexham' }).waitFor();
  const code = (await page.locator('.code-big').textContent()).trim();
  assert.match(code, /^[A-Z0-9]{6}$/);
  const qr = page.locator('img.qr');
  await qr.waitFor();
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth > 0), 'the QR code image loads');

  const [screen] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Open the big screen' }).click()]);
  await screen.getByRole('heading', { level: 1, name: 'Ageing well in Wrexham' }).waitFor();
  await screen.locator('.stats p', { hasText: /^\d+\s*yma\s*here/ }).waitFor();
  assert.match(new URL(screen.url()).search, /^\?token=[\w-]{43}$/, 'the screen link carries its token, so the screen can be reloaded');
  await screen.reload();
  await screen.locator('.stats p', { hasText: /^\d+\s*yma\s*here/ }).waitFor();
  const [cy, en] = await Promise.all([screen.locator('h2 [lang=cy]', { hasText: 'Ymunwch ar eich ffôn' }).boundingBox(),
    screen.locator('h2 [lang=en]', { hasText: 'Join on your phone' }).boundingBox()]);
  assert.ok(en.x >= cy.x + cy.width, 'Welsh first on the big screen, as the form asked');
  await assertAccessible(screen, 'the big screen');
  await screen.getByRole('link', { name: 'Cymraeg' }).count();

  // The seeded demo's screen link, printed at start, shows the live count.
  const demo = await person(browser, { width: 1920, height: 1080 });
  await demo.goto(server.screen);
  await demo.locator('.stats p', { hasText: /^40\s*answered beforehand/ }).waitFor();
  assert.equal(Number(await demo.locator('.stat').nth(1).textContent()), 40, 'the 40 who answered the questionnaire, counted apart');
  await assertAccessible(demo, 'the demo big screen');
});

test('the home page finds a workshop by its code', async () => {
  const page = await person(browser);
  await page.goto(server.site);
  await page.getByRole('heading', { name: /Join a workshop|Ymuno â gweithdy/ }).waitFor();
  await assertAccessible(page, 'the home page');
  await assertFitsWidth(page, 'the home page');
  await page.getByRole('textbox').fill('nope99');
  await page.getByRole('button', { name: /Join|Ymuno/ }).click();
  await page.getByRole('alert').waitFor();
  await page.getByRole('textbox').fill('carers');
  await page.getByRole('button', { name: /Join|Ymuno/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Supporting unpaid carers' }).waitFor();
});

test('on day 2 the facilitator writes down ideas and plans for people who are not using a phone', async () => {
  const c = await person(browser, { width: 1280, height: 1600 });
  await signInByEmail(c, server);
  await c.getByRole('link', { name: 'Create a workshop' }).click();
  await c.getByLabel('Title').fill('Console plans');
  await c.getByRole('button', { name: 'Create workshop' }).click();
  await c.getByRole('heading', { level: 1, name: 'Console plans' }).waitFor();
  await moveStage(c, 'clustering');
  await c.getByRole('button', { name: /^Not working/ }).click();
  await c.getByLabel('New theme, as an “I” statement').fill('I want a break');
  await c.getByRole('button', { name: 'Create theme' }).click();
  await c.locator('.wall-group h4', { hasText: 'I want a break' }).waitFor();
  // A theme is a priority only with something in it: an answer written down from paper goes in.
  await c.locator('#behalf-prompt').selectOption('not_working');
  await c.getByLabel('Your answer').fill('I never get an evening off');
  await c.getByLabel('Paper').check();
  await c.getByRole('button', { name: 'Add answer' }).click();
  await c.locator('.wall-group.tray .wall-card', { hasText: 'I never get an evening off' }).focus();
  for (const key of ['m', '1', 'Enter']) await c.keyboard.press(key);
  await c.locator('.wall-group', { has: c.locator('h4', { hasText: 'I want a break' }) }).locator('.wall-card', { hasText: 'I never get an evening off' }).waitFor();
  await moveStage(c, 'ideas');
  await c.getByText('Now: Ideas').waitFor();
  await c.getByLabel('What is it?').selectOption('community');
  await c.locator('#day-two-text').fill('A sitting rota');
  await c.locator('section[aria-labelledby=day-two-entry-heading]').getByRole('button', { name: 'Add answer' }).click();
  await c.locator('table th[scope=row]', { hasText: 'A sitting rota' }).waitFor();
  await moveStage(c, 'action_planning');
  await c.getByText('Now: Action planning').waitFor();
  await c.locator('section[aria-labelledby=plans-heading] button', { hasText: 'Write a plan' }).click();
  await c.getByRole('heading', { name: 'Write an action plan' }).waitFor();
  await c.locator('#console-plan-title').fill('Sitting rota');
  await c.locator('#console-plan-lead').fill('Ann Jones');
  await c.locator('#console-plan-step-1').fill('Ask neighbours');
  await c.locator('#console-plan-due-1').fill(new Date(Date.now() + 86400000).toISOString().slice(0, 10));
  await c.getByRole('button', { name: 'Save the plan' }).click();
  await c.locator('section[aria-labelledby=plans-heading] h4', { hasText: 'Sitting rota' }).waitFor();
  await assertAccessible(c, 'the console with a plan written for someone');
  assert.deepEqual(c.problems, []);
});
