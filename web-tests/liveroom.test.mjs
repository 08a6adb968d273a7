// A live room through both days: six phones (one keyboard-only, one in Welsh, three at 320 px),
// the console at 1366×900 and the big screen at 1366×768 on a second computer, on the demo
// workshop's 140 carers' statements plus the phones' own. Every stage change must reach every
// phone within 5 s; what people half-type survives others' activity and stage changes; at
// least 20 statements are visible on the wall; the big screen fits its window with no text
// under 24 px at every stage; a double press sends once; an idle phone asks for the board at
// most once per interval.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';
import { fullyVisibleCards, assertFitsScreen } from './measure.mjs';
import { strings } from '../web/i18n.js';

const STAGE_DEADLINE_MS = 5000;
let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function api(method, path, token, body) {
  const response = await fetch(`${server.site}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.status < 400, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

// The heading each stage shows a participant, in their language.
function heading(phase, lang) {
  const s = strings[lang];
  return {
    gathering: s === strings.cy ? "Beth sy'n gweithio yn eich bywyd?" : 'What is working in your life?',
    clustering: s.clusteringTitle,
    theme_voting: s.votingTitle,
    root_causes: s.causesTitle,
    success: s.successTitle,
    in_place: s.inPlaceTitle,
    ideas: s.ideasTitle,
    idea_voting: s.ideaVotingTitle,
    grid: s.gridTitle,
    action_planning: s.actionTitle,
    closed: s.closedTitle,
  }[phase];
}

// Moves the room with the console's Next button (or with `move`, which makes the move some
// other way and answers when it clicked) and waits for every phone and the big screen to show
// the new stage, each within 5 s. Then the big screen must fit its window with no text under
// 24 px (and pass axe, when asked). Keeps how long each phone and the screen took, in ms.
async function next(room, phase, { move = null, axe = false } = {}) {
  const { console_, screen, phones } = room;
  const label = strings.en[`phase_${phase}`];
  let started;
  if (move) {
    started = await move();
  } else {
    const button = console_.locator('#stage-next');
    assert.equal(await button.textContent(), `Next: ${label}`, 'Next names the stage it goes to');
    started = Date.now();
    await button.click();
  }
  const left = () => Math.max(1, STAGE_DEADLINE_MS - (Date.now() - started));
  const arrived = {};
  await Promise.all(Object.entries(phones).map(async ([name, { page, lang }]) => {
    const shows = phase === 'follow_up' ? page.locator('.outcomes h1') : page.getByRole('heading', { level: 1, name: heading(phase, lang), exact: true });
    try {
      await shows.waitFor({ timeout: left() });
      arrived[name] = Date.now() - started;
    } catch {
      assert.fail(`${name} did not show "${phase}" within ${STAGE_DEADLINE_MS} ms of the facilitator's move`);
    }
  }));
  await screen.locator('.screen-phase', { hasText: label }).waitFor({ timeout: left() });
  arrived['big screen'] = Date.now() - started;
  await console_.locator('#phase-heading ~ .count').filter({ hasText: label }).waitFor();
  room.arrivals[phase] = arrived;
  room.smallest[phase] = await assertFitsScreen(screen, label, { axe });
}

async function check(page, what, { fits = false } = {}) {
  await assertAccessible(page, what);
  if (fits) await assertFitsWidth(page, what);
}

// The state of one field: its words, whether it has focus.
const fieldState = (page, selector) => page.locator(selector).evaluate((el) => ({
  value: el.value, focused: document.activeElement === el ? true : `no: ${document.activeElement?.tagName}#${document.activeElement?.id}`,
}));

test('a live room of six phones, the console and the big screen through both days', async (t) => {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();
  const facilitator = await console_.evaluate(() => JSON.parse(localStorage.getItem('cg.facilitator')).token);
  const join = await api('GET', '/join/CARERS');
  const w = join.workshopId;
  await console_.getByRole('link', { name: 'Supporting unpaid carers' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Supporting unpaid carers' }).waitFor();
  assert.equal(await console_.getByRole('heading', { name: 'Delete this workshop' }).isVisible(), false, 'deleting is out of the way during the workshop');

  // The big screen is a second computer: its own browser, with no facilitator session, opening
  // the link the console makes.
  await console_.getByRole('button', { name: 'Make a big-screen link' }).click();
  const screenUrl = await console_.getByLabel('Big-screen link').inputValue();
  const screen = await person(browser, { width: 1366, height: 768 });
  await screen.goto(screenUrl);
  await screen.locator('.screen-phase', { hasText: 'Gathering answers' }).waitFor();
  assert.equal(await screen.evaluate(() => localStorage.getItem('cg.facilitator')), null, 'the big screen has no facilitator session');
  assert.deepEqual(await screen.context().cookies(), [], 'nor any cookie');

  // Two phones join through the pages (one by keyboard only, one in Welsh); four join by the API
  // and open their link, as a phone that had joined earlier would.
  const keys = await person(browser, { width: 320 });
  await keys.goto(server.participant);
  await keys.getByRole('link', { name: 'Start now' }).focus();
  await keys.keyboard.press('Enter');
  await keys.getByLabel('I use services or support').focus();
  await keys.keyboard.press('Space');
  await keys.getByRole('button', { name: 'Continue' }).focus();
  await keys.keyboard.press('Enter');
  await keys.getByRole('heading', { level: 1, name: heading('gathering', 'en') }).waitFor();

  const welsh = await person(browser, { width: 320 });
  await welsh.goto(server.participant);
  await welsh.getByRole('link', { name: 'Cymraeg' }).click();
  await welsh.getByRole('link', { name: 'Dechrau nawr' }).click();
  await welsh.locator('input[name=perspective]').nth(1).check();
  await welsh.getByRole('button', { name: 'Parhau' }).click();
  await welsh.getByRole('heading', { level: 1, name: heading('gathering', 'cy') }).waitFor();

  const others = {};
  for (const [name, width, perspective] of [['phone 3', 360, 'carer'], ['phone 4', 375, 'provider'], ['phone 5', 320, 'community'], ['idle phone', 320, 'carer']]) {
    const joined = await api('POST', `/workshops/${w}/participants`, null, { perspective, language: 'en' });
    const page = await person(browser, { width });
    await page.context().addInitScript(([key, value]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, value); },
      [`cg.participant.${w}`, JSON.stringify({ token: joined.token, participantId: joined.participantId })]);
    await page.goto(server.participant);
    await page.getByRole('heading', { level: 1, name: heading('gathering', 'en') }).waitFor();
    others[name] = { page, token: joined.token };
  }
  const phones = {
    'keyboard phone': { page: keys, lang: 'en' },
    'Welsh phone': { page: welsh, lang: 'cy' },
    ...Object.fromEntries(Object.entries(others).map(([name, o]) => [name, { page: o.page, lang: 'en' }])),
  };
  const room = { console_, screen, phones, arrivals: {}, smallest: {} };
  const idle = others['idle phone'].page;
  const boardRequests = [];
  idle.on('request', (r) => { if (r.url().includes('/board')) boardRequests.push(Date.now()); });

  // Gathering. A double press on "Add this answer" sends one request, shows the answer at once as
  // sending, and then as saved.
  const p3 = others['phone 3'].page;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let posted = 0;
  await p3.route('**/api/workshops/*/statements', async (route) => {
    if (route.request().method() === 'POST') { posted += 1; await held; }
    await route.continue();
  });
  await p3.getByRole('textbox').fill('Respite care that I can book at short notice');
  await p3.getByRole('button', { name: 'Add this answer' }).dblclick();
  await p3.locator('.answers .pending.sending', { hasText: 'Respite care that I can book' }).waitFor();
  assert.equal(await p3.getByRole('button', { name: 'Add this answer' }).getAttribute('aria-disabled'), 'true', 'the button is disabled while sending');
  release();
  await p3.locator('.answers li', { hasText: 'Respite care that I can book' }).locator('.saved-tag').or(p3.locator('.answers li:not(.pending)', { hasText: 'Respite care that I can book' })).first().waitFor();
  await p3.unroute('**/api/workshops/*/statements');
  assert.equal(posted, 1, 'a double press sends the answer once');
  const mine3 = (await api('GET', `/workshops/${w}/board`, others['phone 3'].token)).statements.filter((s) => s.text === 'Respite care that I can book at short notice');
  assert.equal(mine3.length, 1, 'and it is saved once');
  assert.equal(await p3.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus goes to the box for the next answer, not to the page');

  // A half-typed answer survives a reload.
  await welsh.getByRole('textbox').fill('Hoffwn gael seibiant');
  await welsh.reload();
  await welsh.getByRole('heading', { level: 1, name: heading('gathering', 'cy') }).waitFor();
  assert.equal(await welsh.getByRole('textbox').inputValue(), 'Hoffwn gael seibiant');
  await welsh.getByRole('button', { name: 'Ychwanegu’r ateb hwn' }).click();
  await welsh.locator('.answers li', { hasText: 'Hoffwn gael seibiant' }).first().waitFor();

  // The keyboard phone answers; an error summary link moves focus to the box without a redraw.
  await keys.getByRole('button', { name: 'Add this answer' }).focus();
  await keys.keyboard.press('Enter');
  await keys.getByRole('alert').getByRole('link', { name: 'Write your answer before adding it' }).focus();
  await keys.keyboard.press('Enter');
  assert.equal(await keys.evaluate(() => document.activeElement?.id), 'answer-working', 'the error link puts focus on its field');
  await keys.keyboard.type('My neighbour checks in on us');
  await keys.keyboard.press('Tab');
  await keys.keyboard.press('Enter');
  await keys.locator('.answers li', { hasText: 'My neighbour checks in on us' }).first().waitFor();
  for (const [name, o] of Object.entries(others)) {
    if (name !== 'phone 3') await api('POST', `/workshops/${w}/statements`, o.token, { prompt: 'not_working', text: `No break this year (${name})` });
  }
  await check(keys, 'the keyboard phone while gathering', { fits: true });
  await check(welsh, 'the Welsh phone while gathering', { fits: true });
  room.smallest.gathering = await assertFitsScreen(screen, 'gathering', { axe: true });

  // Skipping stages asks first; saying no leaves the room where it is.
  await console_.locator('details.other-stage summary').click();
  await console_.getByLabel('Move the workshop to').selectOption('theme_voting');
  await console_.getByRole('button', { name: 'Move', exact: true }).click();
  const dialog = console_.getByRole('dialog', { name: 'Skip to “Voting on themes”?' });
  await dialog.waitFor();
  await check(console_, 'the console asking before a skip');
  await dialog.getByRole('button', { name: /^No, stay on/ }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.match(await console_.locator('#phase-heading ~ .count').textContent(), /Gathering answers/);
  await console_.locator('details.other-stage summary').click();

  // Day 1.
  await next(room, 'clustering', { axe: true });
  assert.match(await console_.locator('#stage-back').textContent(), /^Back to: Gathering answers$/);
  const board = await api('GET', `/workshops/${w}/board`, facilitator);
  assert.ok(board.statements.length >= 145, `about 150 statements (${board.statements.length})`);
  // At least 20 statements fully visible at once on the console's wall at 1366×900: when every
  // answer is still unsorted, and again once answers are in themes.
  const wall = console_.locator('.wall');
  await wall.locator('.wall-tray .wall-card').nth(40).waitFor();
  await wall.evaluate((el) => el.scrollIntoView());
  const visible = { unsorted: await fullyVisibleCards(console_) };
  assert.ok(visible.unsorted >= 20, `${visible.unsorted} statements are fully visible on the wall before any theme`);
  const notWorking = board.statements.filter((s) => s.prompt === 'not_working');
  const themes = [];
  for (const [category, title] of [['not_working', 'I want a proper break'], ['not_working', 'I want help without waiting'], ['not_working', 'I want to be listened to'], ['working', 'People around me help'], ['future', 'Time for myself']]) {
    themes.push({ category, ...(await api('POST', `/workshops/${w}/themes`, facilitator, { category, title })) });
  }
  for (const [i, s] of notWorking.slice(0, 30).entries()) {
    await api('PUT', `/workshops/${w}/statements/${s.id}/theme`, facilitator, { themeId: themes[i % 3].id });
  }
  await p3.locator('.theme-card h3', { hasText: 'I want to be listened to' }).waitFor();
  await check(welsh, 'the Welsh phone watching the wall', { fits: true });
  await wall.getByRole('button', { name: /^Not working/ }).click();
  await wall.locator('.wall-group', { hasText: 'I want to be listened to' }).locator('.wall-card').nth(9).waitFor();
  await wall.evaluate((el) => el.scrollIntoView());
  visible.themed = await fullyVisibleCards(console_);
  assert.ok(visible.themed >= 20, `${visible.themed} statements are fully visible on the wall with three themes`);
  // The big screen's wall runs over pages; the second carries on a list and says so.
  const counter = screen.locator('.screen-page-number [lang=en]');
  await counter.filter({ hasText: /^Page \d+ of \d+$/ }).waitFor();
  const screenPages = Number((await counter.textContent()).split(' of ')[1]);
  await screen.keyboard.press('Home');
  await screen.keyboard.press('ArrowRight');
  await counter.filter({ hasText: /^Page 2 of \d+$/ }).waitFor();
  await screen.locator('.screen-continued h2', { hasText: /^Continued( \/ Parhad)?: / }).waitFor();
  await assertFitsScreen(screen, 'the wall, page 2', { axe: true });

  await next(room, 'theme_voting');
  // A theme no answer went into is not offered for dots.
  await keys.locator(`#theme-${themes[0].id}`).waitFor();
  assert.equal(await keys.locator(`#theme-${themes[3].id}`).count(), 0, 'the empty theme "People around me help" is not offered');
  // At the dot cap focus stays on the pressed "+" and the cap is announced.
  const plus = keys.locator(`#more-${themes[0].id}`);
  await plus.focus();
  for (let n = 1; n <= 3; n += 1) {
    await keys.keyboard.press('Enter');
    await keys.locator(`#theme-${themes[0].id} .my-dots`, { hasText: String(n) }).waitFor();
  }
  await keys.locator('#announcer', { hasText: 'at most 3 dots' }).waitFor();
  assert.equal(await keys.evaluate(() => document.activeElement?.id), `more-${themes[0].id}`, 'focus stays on the pressed button at the cap');
  assert.equal(await plus.getAttribute('aria-disabled'), 'true');
  await keys.keyboard.press('Enter');
  assert.equal(await keys.evaluate(() => document.activeElement?.id), `more-${themes[0].id}`);
  await check(keys, 'the keyboard phone at the dot cap', { fits: true });
  for (const [i, o] of Object.values(others).entries()) {
    await api('PUT', `/workshops/${w}/votes/${themes[i % 3].id}`, o.token, { dots: 2 });
  }
  await console_.getByText('5 of 47 have voted').or(console_.locator('.progress-line', { hasText: /^5 of \d+ have voted$/ })).first().waitFor();
  // A stage timer reaches the phones and the big screen.
  await console_.getByLabel('Minutes').fill('5');
  await console_.getByRole('button', { name: 'Start the timer' }).click();
  await Promise.all([keys, welsh, screen].map((page) => page.getByRole('timer').filter({ hasText: /(Time left|Amser ar ôl): [45]:\d\d/ }).waitFor()));
  await check(console_, 'the console with a timer and progress');
  await check(screen, 'the big screen with votes, a timer and progress');

  await next(room, 'root_causes');
  assert.equal(await keys.getByRole('timer').count(), 0, 'the timer stayed with its stage');
  const priority = (await api('GET', `/workshops/${w}/board`, facilitator)).priorities[0];
  const first = await api('POST', `/workshops/${w}/causes`, others['phone 4'].token, { themeId: priority, text: 'Nobody covers for me' });
  await welsh.locator('.cause-tree .words', { hasText: 'Nobody covers for me' }).waitFor();
  await welsh.locator(`#why-${first.id} summary`).click();
  const box = `#cause-${priority}-top`;
  await keys.locator(box).focus();
  await keys.keyboard.type('Because the respite');
  // Five redraws caused by other people: each new reason appears while the words and focus stay.
  for (let n = 1; n <= 5; n += 1) {
    await api('POST', `/workshops/${w}/causes`, others['phone 5'].token, { themeId: priority, text: `Reason number ${n} from someone else` });
    await keys.locator('.cause-tree .words', { hasText: `Reason number ${n} from someone else` }).waitFor();
    assert.deepEqual(await fieldState(keys, box), { value: 'Because the respite', focused: true }, `after redraw ${n}`);
    assert.equal(await welsh.locator(`#why-${first.id}`).evaluate((d) => d.open), true, `"Ask why" stays open after redraw ${n}`);
  }
  await check(welsh, 'the Welsh phone asking why', { fits: true });

  // The stage moves on under the half-typed reason: the page says so and keeps the words.
  await next(room, 'success');
  const kept = keys.locator('#kept-words');
  await kept.getByText('Because the respite').waitFor();
  assert.equal(await keys.evaluate(() => document.activeElement?.id), 'kept-words', 'focus goes to the kept words');
  await check(keys, 'the keyboard phone with words kept from the last stage', { fits: true });
  await keys.reload();
  await keys.locator('#kept-words').getByText('Because the respite').waitFor();
  await keys.getByRole('button', { name: 'I do not need these words any more' }).click();
  await kept.waitFor({ state: 'detached' });

  // Day 2.
  await next(room, 'in_place');
  await next(room, 'ideas');
  const ideaBox = p3.locator('textarea[data-draft^="idea-"]').first();
  await ideaBox.fill('A sitting service run by neighbours');
  let ideaPosts = 0;
  p3.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/ideas')) ideaPosts += 1; });
  await p3.getByRole('button', { name: 'Add this idea' }).first().dblclick();
  await p3.locator('.answers li', { hasText: 'A sitting service run by neighbours' }).first().waitFor();
  await p3.locator('.answers li:not(.pending)', { hasText: 'A sitting service run by neighbours' }).waitFor();
  assert.equal(ideaPosts, 1, 'a double press sends the idea once');
  const lenses = ['traditional', 'community', 'radical'];
  for (let n = 0; n < 6; n += 1) {
    await api('POST', `/workshops/${w}/ideas`, Object.values(others)[n % 4].token, { themeId: priority, lens: lenses[n % 3], text: `Idea ${n + 1} from the room` });
  }
  await check(welsh, 'the Welsh phone with ideas', { fits: true });

  await next(room, 'idea_voting', { axe: true });
  const ideas = (await api('GET', `/workshops/${w}/board`, facilitator)).ideas;
  for (const [i, o] of Object.values(others).entries()) await api('PUT', `/workshops/${w}/votes/${ideas[i].id}`, o.token, { dots: 1 });
  await next(room, 'grid');
  await keys.locator('.grid-card').first().waitFor();
  await check(keys, 'the keyboard phone on the grid', { fits: true });

  await next(room, 'action_planning');
  const shortlisted = (await api('GET', `/workshops/${w}/board`, facilitator)).shortlist;
  const plan = await api('POST', `/workshops/${w}/actions`, facilitator, {
    ideaId: shortlisted[0], title: 'Start a sitting rota', lead: { name: 'Sam' },
    steps: [{ text: 'Ask the street', due: new Date().toISOString().slice(0, 10) }],
  });
  await keys.getByRole('button', { name: /^Write a plan/ }).first().focus();
  await keys.keyboard.press('Enter');
  await keys.locator('#plan-title').focus();
  await keys.keyboard.type('Weekend sitting');
  await keys.locator('#plan-lead').focus();
  await keys.keyboard.type('Alys');
  await api('POST', `/workshops/${w}/actions/${plan.id}/supporters`, others['phone 4'].token);
  await p3.locator('.plan', { hasText: 'Start a sitting rota' }).getByText('1 person signed up to help.').waitFor();
  assert.equal(await keys.locator('#plan-title').inputValue(), 'Weekend sitting', 'a half-written plan survives someone signing up to another');
  assert.deepEqual(await fieldState(keys, '#plan-lead'), { value: 'Alys', focused: true });
  await check(keys, 'the keyboard phone writing a plan', { fits: true });
  // A double press on "Save the plan" makes one plan.
  await keys.locator('#plan-step-1').focus();
  await keys.keyboard.type('Ask who can sit on Saturdays');
  await keys.locator('#plan-due-1').fill((await api('GET', `/workshops/${w}/board`, facilitator)).planDates.today);
  await keys.getByRole('button', { name: 'Save the plan' }).dblclick();
  await keys.getByRole('heading', { level: 3, name: 'Weekend sitting' }).waitFor();
  await keys.waitForFunction(() => document.activeElement?.id === 'plan-saved');
  assert.equal(await keys.locator('#plan-saved').textContent(), 'The plan is saved.', 'focus goes to the confirmation, which stays');
  const plans = (await api('GET', `/workshops/${w}/board`, facilitator)).actions.filter((a) => a.title === 'Weekend sitting');
  assert.equal(plans.length, 1, 'a double press on "Save the plan" saves one plan');

  // Deleting appears only after the days.
  await next(room, 'follow_up');
  await console_.getByRole('heading', { name: 'Delete this workshop' }).waitFor();

  // An idle phone asks for the board at most once per interval.
  const from = boardRequests.length;
  const deadline = Date.now() + 20_000;
  while (boardRequests.length < from + 4) {
    assert.ok(Date.now() < deadline, 'the idle phone keeps asking for the board');
    await idle.waitForRequest((r) => r.url().includes('/board'), { timeout: 20_000 });
  }
  const gaps = boardRequests.slice(from).map((at, i, all) => (i ? at - all[i - 1] : null)).filter((g) => g !== null);
  assert.ok(gaps.every((g) => g >= 2500), `an idle phone makes at most one board request per interval (gaps ${gaps.join(', ')} ms)`);

  // Closing asks first.
  await next(room, 'closed', {
    move: async () => {
      await console_.locator('details.other-stage summary').click();
      await console_.getByLabel('Move the workshop to').selectOption('closed');
      await console_.getByRole('button', { name: 'Move', exact: true }).click();
      const closing = console_.getByRole('dialog', { name: 'Close the workshop?' });
      await closing.getByRole('button', { name: 'Yes, move to “Closed”' }).click();
      return Date.now();
    },
  });
  await check(welsh, 'the Welsh phone when closed', { fits: true });

  // What the test saw: how long each stage change took to reach each phone and the screen.
  const stages = Object.entries(room.arrivals);
  for (const [phase, arrived] of stages) t.diagnostic(`${phase}: ${Object.entries(arrived).map(([name, ms]) => `${name} ${ms}`).join(', ')} ms`);
  const all = stages.flatMap(([, arrived]) => Object.entries(arrived).filter(([name]) => name !== 'big screen').map(([, ms]) => ms)).sort((a, b) => a - b);
  t.diagnostic(`stage arrivals on phones: ${all.length} over ${stages.length} changes; median ${all[Math.floor(all.length / 2)]} ms, slowest ${all.at(-1)} ms`);
  t.diagnostic(`statements fully visible on the wall: ${JSON.stringify(visible)}; big-screen pages for the wall: ${screenPages}; smallest big-screen text per stage (px): ${JSON.stringify(room.smallest)}`);
  for (const { page } of Object.values(phones)) assert.deepEqual(page.problems, []);
  assert.deepEqual(console_.problems, []);
});
