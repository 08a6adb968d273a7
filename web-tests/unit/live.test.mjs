import './globals.mjs';
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';

// The board poller with the page's clock, visibility and network stood in for: timers are
// node's mock timers (moved on by hand, so nothing waits for real time), the API answers
// from memory and every request it is asked is counted.
const listeners = {};
const on = (type, listener) => { listeners[type] = listener; };
globalThis.document = { documentElement: { lang: 'en' }, visibilityState: 'visible', addEventListener: on };
globalThis.window = { addEventListener: on };
const requests = [];
globalThis.fetch = async (url) => {
  requests.push(url);
  // Unchanged since the version asked about: 304, as the API answers.
  return url.includes('?since=') ? new Response(null, { status: 304 }) : Response.json({ version: 1, phase: 'gathering' });
};
mock.timers.enable({ apis: ['setTimeout'] });
const live = await import('../../web/live.js');

// Lets an answer already given reach the poller (it reschedules itself once it has it).
const settle = () => new Promise((resolve) => { setImmediate(resolve); });
function setVisibility(state) {
  document.visibilityState = state;
  listeners.visibilitychange();
}

test('an idle tab asks once per interval, far less often while hidden, and catches up when shown', async () => {
  const board = await live.follow('w1', 'token-1');
  assert.equal(board.phase, 'gathering');
  assert.deepEqual(requests, ['/api/workshops/w1/board']);
  await settle();

  mock.timers.tick(live.VISIBLE_MS - 1);
  assert.equal(requests.length, 1, 'nothing is asked before the interval is up');
  mock.timers.tick(1);
  assert.equal(requests.length, 2);
  assert.equal(requests[1], '/api/workshops/w1/board?since=1');
  await settle();

  setVisibility('hidden');
  assert.ok(live.HIDDEN_MS >= 5 * live.VISIBLE_MS, 'hidden tabs ask several times less often');
  let waited = 0;
  while (waited + live.VISIBLE_MS < live.HIDDEN_MS) {
    mock.timers.tick(live.VISIBLE_MS);
    waited += live.VISIBLE_MS;
    await settle();
  }
  assert.equal(requests.length, 2, 'a hidden tab does not ask at the visible rate');
  mock.timers.tick(live.HIDDEN_MS - waited);
  assert.equal(requests.length, 3, 'a hidden tab still asks once per hidden interval');
  await settle();

  setVisibility('visible');
  assert.equal(requests.length, 4, 'showing the tab again asks at once');
  await settle();
  mock.timers.tick(live.VISIBLE_MS);
  assert.equal(requests.length, 5, 'and then at the visible rate again');
  await live.stop();
  mock.timers.tick(live.HIDDEN_MS);
  assert.equal(requests.length, 5, 'nothing is asked once stopped');
});
