// Loads the participant's join and answer pages in headless Chromium against the local
// server, with an empty cache, and prints what they transfer as JSON.
import { startLocalServer } from '../web-tests/local-server.mjs';
import { launch } from '../web-tests/browser.mjs';

const server = await startLocalServer();
const browser = await launch();
const results = {};
try {
  async function measure(name, steps) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await steps(page);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests += 1; });
    await steps.measured(page);
    await page.waitForLoadState('networkidle');
    results[name] = { bytes, requests };
    await context.close();
  }
  const join = async () => {};
  join.measured = async (page) => { await page.goto(server.participant); await page.getByRole('link', { name: /Start now|Dechrau nawr/ }).waitFor(); };
  await measure('Join page (`/join/CODE`, first visit)', join);

  const answer = async (page) => {
    await page.goto(server.participant);
    await page.getByRole('link', { name: /Start now/ }).click();
    await page.locator('input[name=perspective]').first().check();
    await page.getByRole('button', { name: /Continue/ }).click();
    await page.getByRole('heading', { level: 1, name: /What is working/ }).waitFor();
    await page.context().clearCookies();
  };
  answer.measured = async (page) => { await page.reload(); await page.getByRole('heading', { level: 1, name: /What is working/ }).waitFor(); };
  await measure('Answer page (`/join/CODE/answer/working`, opened directly)', answer);
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify(results));
