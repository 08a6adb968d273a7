// Loads the participant's pages in headless Chromium against the local server and prints, as
// JSON: what the join and answer pages transfer with an empty cache ("pages"), and how they
// fare on an old phone ("oldPhone"): Chromium's "Fast 3G" network profile with the CPU slowed
// 4x, the first load of each page and how soon an answer shows after pressing "Add this answer".
import { startLocalServer } from '../web-tests/local-server.mjs';
import { launch } from '../web-tests/browser.mjs';

// Chrome DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbps down, 675 kbps up.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;
const RUNS = Number(process.env.OLD_PHONE_RUNS || 5);

const server = await startLocalServer();
const browser = await launch();
const pages = {};
const oldPhone = { profile: 'Fast 3G (562.5 ms latency, 1.44 Mbps down), CPU slowed 4x', runs: RUNS };
const median = (values) => { const v = values.slice().sort((a, b) => a - b); return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2; };

// A participant who has joined: their token, as the join page keeps it on the phone.
async function joined() {
  const join = await (await fetch(`${server.site}/api/join/CARERS`)).json();
  const answer = await fetch(`${server.site}/api/workshops/${join.workshopId}/participants`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ perspective: 'carer', language: 'en' }),
  });
  const { token, participantId } = await answer.json();
  // What the page keeps on the phone after joining: the person's token, and which workshop the code leads to.
  return [[`cg.participant.${join.workshopId}`, JSON.stringify({ token, participantId })], ['cg.code.CARERS', join.workshopId]];
}

async function phone({ slow, me }) {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  if (me) await context.addInitScript((kept) => kept.forEach(([key, value]) => localStorage.setItem(key, value)), me);
  // The moment the page first shows its heading, from the start of navigation.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('main h1') && !window.shownAt) { window.shownAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) {
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return { context, page, cdp };
}

try {
  // Page weight, at full speed.
  for (const [name, url, me] of [
    ['Join page (`/join/CODE`, first visit)', server.participant, null],
    ['Answer page (`/join/CODE/answer/working`, opened directly)', `${server.participant}/answer/working`, await joined()],
  ]) {
    const { context, page, cdp } = await phone({ slow: false, me });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests += 1; });
    await page.goto(url);
    await page.waitForFunction(() => window.shownAt);
    await page.waitForLoadState('networkidle');
    pages[name] = { bytes, requests };
    await context.close();
  }

  // The old phone: first loads.
  for (const [name, url, joinedFirst] of [['joinPage', server.participant, false], ['answerPage', `${server.participant}/answer/working`, true]]) {
    const times = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { context, page } = await phone({ slow: true, me: joinedFirst ? await joined() : null });
      await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
      await page.waitForFunction(() => window.shownAt, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => window.shownAt));
      await context.close();
    }
    oldPhone[name] = { medianMs: Math.round(median(times)), maxMs: Math.round(Math.max(...times)) };
  }

  // The old phone: an answer shows at once (marked as sending), then as saved.
  const { context, page } = await phone({ slow: true, me: await joined() });
  await page.goto(`${server.participant}/answer/working`, { timeout: 60_000 });
  await page.waitForFunction(() => window.shownAt, null, { timeout: 60_000 });
  const shown = [];
  const saved = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.locator('main textarea').fill(`An answer from an old phone, number ${run + 1}`);
    const t = await page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      let sending = null;
      const observer = new MutationObserver(() => {
        if (sending === null && document.querySelector('.pending.sending')) sending = performance.now() - start;
        if (document.querySelector('.pending.saved')) { observer.disconnect(); resolve({ sending, saved: performance.now() - start }); }
      });
      observer.observe(document.getElementById('main'), { childList: true, subtree: true, attributes: true });
      document.querySelector('main form button[type=submit]').click();
    }));
    shown.push(t.sending);
    saved.push(t.saved);
    await page.locator('.pending').first().waitFor({ state: 'detached', timeout: 30_000 });
  }
  await context.close();
  oldPhone.answerShownMs = Math.round(median(shown));
  oldPhone.answerSavedMs = Math.round(median(saved));
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify({ pages, oldPhone }));
