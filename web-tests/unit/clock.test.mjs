import './globals.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// A phone whose own clock is ten minutes slow still counts a stage's timer down to the server's
// moment: the pages take the server's time from each answer's Date header.
test("the pages follow the server's clock, not the phone's, once they have heard from it", async () => {
  const ahead = 10 * 60 * 1000;
  globalThis.fetch = async () => new Response('{"ok":true}', {
    status: 200,
    headers: { 'Content-Type': 'application/json', Date: new Date(Date.now() + ahead).toUTCString() },
  });
  const api = await import('../../web/api.js');
  assert.ok(Math.abs(api.serverNow() - Date.now()) < 5, 'before any answer the phone clock is all there is');
  await api.call('GET', '/workshops/w1/board');
  const offset = api.serverNow() - Date.now();
  assert.ok(Math.abs(offset - ahead) <= 1500, `the server is ${ahead} ms ahead; the pages think ${offset} ms`);

  // An answer with no Date header changes nothing.
  globalThis.fetch = async () => new Response('{"ok":true}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  await api.call('GET', '/workshops/w1/board');
  assert.ok(Math.abs(api.serverNow() - Date.now() - ahead) <= 1500);
});
