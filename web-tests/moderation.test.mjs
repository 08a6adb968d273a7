import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The console's hide control, by keyboard only: a workshop that holds what people write, the
// list of what waits, letting one answer through and hiding another, and a root cause hidden from
// the day 1 tools, in English and in Welsh, axe-checked at each step.
test('a facilitator holds new answers, lets one through and hides another, and hides a root cause, by keyboard', async () => {
  const console_ = await person(browser, { width: 1280, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  await console_.getByRole('link', { name: 'Create a workshop' }).click();
  await console_.getByLabel('Title').fill('Held for the facilitator');
  const hold = console_.getByLabel('Hold new contributions until a facilitator lets them through');
  await hold.focus();
  await console_.keyboard.press('Space');
  assert.equal(await hold.isChecked(), true);
  await console_.getByRole('button', { name: 'Create workshop' }).click();
  await console_.getByRole('heading', { level: 1, name: 'Held for the facilitator' }).waitFor();
  const waiting = console_.locator('section', { has: console_.getByRole('heading', { name: /Waiting for you to let through/ }) });
  await waiting.waitFor();
  const joinUrl = await console_.getByRole('link', { name: /\/join\// }).first().getAttribute('href');

  const phone = await person(browser);
  await phone.goto(joinUrl);
  await phone.getByRole('link', { name: /Start now|Dechrau nawr/ }).click();
  await phone.locator('input[name=perspective]').first().check();
  await phone.getByRole('button', { name: /Continue|Parhau/ }).click();
  await phone.getByRole('heading', { level: 1, name: /What is working|Beth sy'n gweithio/ }).waitFor();
  for (const words of ['The social worker is a useless idiot', 'Nobody answers the phone at the council']) {
    await phone.getByRole('textbox').fill(words);
    await phone.getByRole('button', { name: /Add this answer|Ychwanegu/ }).click();
    await phone.locator('.answers .words', { hasText: words.slice(0, 20) }).waitFor();
  }

  // Both wait for the facilitator, listed together, without a reload.
  await waiting.locator('li', { hasText: 'useless idiot' }).waitFor({ timeout: 10_000 });
  await waiting.locator('li', { hasText: 'Nobody answers the phone' }).waitFor();
  await console_.getByText(/2 waiting for you/).waitFor();
  await assertAccessible(console_, 'the console with answers waiting');
  // The person's own held answers say they wait for the facilitator, in English and in Welsh.
  const mineHeld = (words, lang = 'en') => phone.locator('.answers li', { hasText: words }).getByText(lang === 'en' ? 'Waiting for the facilitator' : 'Yn aros am yr hwylusydd', { exact: true });
  await mineHeld('useless idiot').waitFor();
  await mineHeld('Nobody answers the phone').waitFor();
  await assertAccessible(phone, 'a phone with answers held for the facilitator');
  await assertFitsWidth(phone, 'a phone with answers held for the facilitator');
  await phone.getByRole('link', { name: 'Cymraeg' }).click();
  await mineHeld('Nobody answers the phone', 'cy').waitFor();
  await assertAccessible(phone, 'a Welsh phone with answers held for the facilitator');
  await assertFitsWidth(phone, 'a Welsh phone with answers held for the facilitator');

  const letThrough = waiting.getByRole('button', { name: /^Let through Nobody answers/ });
  await letThrough.focus();
  await console_.keyboard.press('Enter');
  await waiting.locator('li', { hasText: 'Nobody answers the phone' }).waitFor({ state: 'detached' });
  await mineHeld('Nobody answers the phone', 'cy').waitFor({ state: 'detached', timeout: 10_000 });
  await phone.locator('.answers li', { hasText: 'Nobody answers the phone' }).waitFor();
  const hide = waiting.getByRole('button', { name: /^Hide The social worker/ });
  await hide.focus();
  await console_.keyboard.press('Space');
  await waiting.locator('li').first().waitFor({ state: 'detached' });
  const hidden = console_.locator('#answers-heading ~ div .answers li', { hasText: 'useless idiot' });
  await hidden.getByText('Hidden', { exact: true }).waitFor();
  await hidden.getByRole('button', { name: /^Show again The social worker/ }).waitFor();
  await console_.getByText(/1 joined .*· 1 answers in all \(1 hidden\)/).waitFor();

  // Day 1: a root cause is hidden from the why-chain in the day 1 tools. The theme, its answer
  // and the cause are written by the facilitator (through the API, as the console would), so none is held.
  const session = JSON.parse(await console_.evaluate(() => localStorage.getItem('cg.facilitator')));
  const workshopId = new URL(console_.url()).pathname.split('/').pop();
  const call = async (method, path, body) => {
    const r = await fetch(`${server.site}/api/workshops/${workshopId}${path}`, {
      method, headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    assert.ok(r.ok, `${method} ${path}: ${r.status}`);
    return r.json();
  };
  const said = await call('POST', '/statements', { prompt: 'not_working', text: 'I wait weeks for a call back', source: 'paper' });
  const theme = await call('POST', '/themes', { category: 'not_working', title: 'I cannot reach anyone' });
  await call('PUT', `/statements/${said.id}/theme`, { themeId: theme.id });
  await call('PUT', '/phase', { phase: 'root_causes' });
  await call('POST', '/causes', { themeId: theme.id, text: 'One person covers three teams' });
  const cause = console_.locator('.cause-tree li', { hasText: 'One person covers three teams' });
  await cause.waitFor({ timeout: 10_000 });
  const hideCause = cause.getByRole('button', { name: /^Hide One person covers/ });
  await hideCause.focus();
  await console_.keyboard.press('Enter');
  await cause.getByText('Hidden', { exact: true }).waitFor();
  await cause.getByRole('button', { name: /^Show again One person covers/ }).waitFor();
  await assertAccessible(console_, 'the console with hidden contributions');

  // Day 2: the phone's own idea, held, is marked as waiting on the idea-voting page too.
  await call('PUT', '/phase', { phase: 'ideas' });
  const phoneToken = await phone.evaluate((id) => JSON.parse(localStorage.getItem(`cg.participant.${id}`)).token, workshopId);
  const idea = await fetch(`${server.site}/api/workshops/${workshopId}/ideas`, {
    method: 'POST', headers: { authorization: `Bearer ${phoneToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ themeId: theme.id, lens: 'community', text: 'A rota of neighbours who answer the phone' }),
  });
  assert.equal(idea.status, 201);
  await call('PUT', '/phase', { phase: 'idea_voting' });
  const ownIdea = phone.locator('.theme-card', { hasText: 'A rota of neighbours who answer the phone' });
  await ownIdea.getByText('Yn aros am yr hwylusydd', { exact: true }).waitFor({ timeout: 10_000 });
  await assertAccessible(phone, 'a Welsh phone voting on ideas, its own idea held');

  // The same controls in Welsh.
  await console_.getByRole('link', { name: 'Cymraeg' }).click();
  await console_.getByRole('button', { name: /^Dangos eto|^Cuddio/ }).first().waitFor();
  await assertAccessible(console_, 'the console in Welsh');
  assert.deepEqual(console_.problems, []);
  await phone.context().close();
  await console_.context().close();
});
