import { call, answerOf } from './api.js';

// The one live connection to a workshop's board, shared by every page in the tab: one poller,
// one timer, at most one request on its way. It asks with ?since= so an unchanged board costs
// one small read, asks less often while the tab is hidden, and catches up at once when the tab
// is shown again or the network comes back. Pages watch it; none of them polls on its own.
export const VISIBLE_MS = 3000;
export const HIDDEN_MS = 30000;

let current = null; // { workshopId, token, board, watchers, timer, inFlight, again }

function due() {
  return document.visibilityState === 'hidden' ? HIDDEN_MS : VISIBLE_MS;
}

function schedule() {
  if (!current) return;
  clearTimeout(current.timer);
  current.timer = setTimeout(() => poll(), due());
}

async function poll(full = false) {
  const room = current;
  if (!room) return null;
  if (room.inFlight) {
    room.again = true;
    return room.inFlight;
  }
  clearTimeout(room.timer);
  const since = !full && room.board ? `?since=${room.board.version}` : '';
  room.inFlight = (async () => {
    try {
      const next = await (since ? call('GET', `/workshops/${room.workshopId}/board${since}`, { token: room.token }) : first(room));
      if (current !== room) return null;
      if (next.status === 200) {
        const previous = room.board;
        room.board = next;
        room.problem = null;
        if (previous) [...room.watchers].forEach((watch) => watch(next, previous));
      }
      return room.board;
    } catch (e) {
      if (current === room) room.problem = e;
      if (current === room && (e.status === 401 || e.status === 403)) [...room.ended].forEach((end) => end(e));
      if (!room.board) throw e;
      return room.board;
    } finally {
      room.inFlight = null;
      if (current === room) {
        if (room.again) { room.again = false; poll(); } else schedule();
      }
    }
  })();
  return room.inFlight;
}

// The first whole board: the one early.js asked for while the page loaded, when it is for this
// workshop and person, or a fresh one.
function first(room) {
  const early = window.boardAnswer;
  window.boardAnswer = null;
  if (early && early.workshopId === room.workshopId && early.token === room.token) return answerOf(early.response);
  return call('GET', `/workshops/${room.workshopId}/board`, { token: room.token });
}

// Starts following a workshop's board with a token (or keeps following it if it already is)
// and answers the board as it is now: {version, phase, ...}. Throws the API's error when the
// board cannot be read at all (for example 401 for a token that no longer works).
export async function follow(workshopId, token) {
  if (!current || current.workshopId !== workshopId || current.token !== token) {
    stop();
    current = { workshopId, token, board: null, watchers: new Set(), ended: new Set(), timer: null, inFlight: null, again: false };
  }
  return current.board ? (await poll()) || current.board : poll(true);
}

// Calls watch(next, previous) each time the board changes; answers a function that stops it.
export function watch(watcher) {
  const room = current;
  room?.watchers.add(watcher);
  return () => room?.watchers.delete(watcher);
}

// Calls ended(error) when the board can no longer be read with the token (401 or 403: for
// example a big-screen link that was stopped or ran out); answers a function that stops it.
export function onEnded(ended) {
  const room = current;
  room?.ended.add(ended);
  return () => room?.ended.delete(ended);
}

// Asks now rather than at the next tick (after the person's own change); resolves with the board.
export function refresh() {
  return poll();
}

export function board() {
  return current?.board || null;
}

// Stops following; resolves once a request already on its way has come back, so nothing is
// asked with the token after this (as before erasing someone).
export function stop() {
  if (!current) return Promise.resolve();
  const { inFlight } = current;
  clearTimeout(current.timer);
  current = null;
  return inFlight ? inFlight.then(() => {}, () => {}) : Promise.resolve();
}

document.addEventListener('visibilitychange', () => {
  if (!current) return;
  if (document.visibilityState === 'visible') poll(); else schedule();
});
window.addEventListener('online', () => { if (current) poll(); });
