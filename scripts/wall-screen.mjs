// Measures the affinity wall and the big screen with 150 answers, in headless Chromium against
// the local server, and prints the figures as JSON: answers fully visible on the wall at
// 1366×900, key presses for a move, the time to move ten selected answers at once, and the
// pages and smallest text of the big screen's wall at 1366×768.
import { startLocalServer } from '../web-tests/local-server.mjs';
import { launch, person } from '../web-tests/browser.mjs';
import { api, sessionToken, bigWorkshop } from '../web-tests/seed.mjs';

const server = await startLocalServer();
const browser = await launch();
const results = {};
try {
  const console_ = await person(browser, { width: 1366, height: 900 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  const call = api(server.site, await sessionToken(console_));
  const { workshop } = await bigWorkshop(call, { title: 'Measured wall', themesPerPrompt: 6 });
  await console_.goto(`${server.site}/facilitate/w/${workshop.id}`);
  const wall = console_.locator('.wall');
  await wall.locator('.wall-card').first().waitFor();
  await wall.evaluate((el) => el.scrollIntoView());
  results.visible = await console_.evaluate(() => [...document.querySelectorAll('.wall-card')].filter((card) => {
    const r = card.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    for (let box = card.parentElement; box; box = box.parentElement) {
      if (!/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowY)) continue;
      const b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) return false;
    }
    return true;
  }).length);
  const themes = await wall.locator('.wall-themes .wall-group').count();
  results.keyPresses = 2 + String(themes).length;

  const tray = wall.locator('.wall-group.tray .wall-card');
  for (let i = 0; i < 10; i++) await tray.nth(i).click();
  const started = Date.now();
  await wall.getByRole('button', { name: 'Move selected to…' }).click();
  await console_.getByRole('dialog').getByRole('option').last().click();
  await wall.getByText('Moved 10 to', { exact: false }).or(console_.getByText('Moved 10 to', { exact: false })).first().waitFor({ state: 'attached' });
  results.tenMovedMs = Date.now() - started;

  await call('PUT', `/workshops/${workshop.id}/phase`, { phase: 'clustering' });
  const link = await call('POST', `/workshops/${workshop.id}/screen-links`);
  const screen = await person(browser, { width: 1366, height: 768 });
  await screen.goto(link.url);
  const counter = screen.locator('.screen-page-number [lang=en]');
  await counter.filter({ hasText: /^Page 1 of \d+$/ }).waitFor();
  results.screenWallPages = Number((await counter.textContent()).split(' of ')[1]);
  results.screenSmallestPx = await screen.evaluate(() => Math.min(...[...document.querySelectorAll('.screen-frame *')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
    .map((el) => parseFloat(getComputedStyle(el).fontSize))));
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify(results));
