import { h, announce } from './dom.js';
import { t } from './i18n.js';
import { serverNow } from './api.js';

// The stage's countdown, as the facilitator set it (the board's timer: {endsAt} or null).
// Drawn on phones, the console and the big screen; it changes on screen every second but is
// announced only at a few moments (5, 2 and 1 minutes left, 30 seconds, and when time is up).
const MOMENTS = [300, 120, 60, 30, 0];
let endsAt = null;
let ticking = null;
let said = new Set();

function left() {
  return Math.max(0, Math.ceil((endsAt - serverNow()) / 1000));
}

function words(seconds) {
  if (seconds <= 0) return t('timeUp');
  const m = Math.floor(seconds / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return t('timeLeft', { time: `${m}:${s}` });
}

function spoken(seconds) {
  if (seconds <= 0) return t('timeUp');
  if (seconds < 60) return t('secondsLeft', { n: seconds });
  return t('minutesLeft', { n: Math.round(seconds / 60) });
}

function tick() {
  const seconds = left();
  const shown = document.querySelectorAll('.stage-timer');
  shown.forEach((el) => { el.textContent = words(seconds); });
  if (seconds <= 0) { clearInterval(ticking); ticking = null; }
  if (!shown.length) return;
  const moment = MOMENTS.find((m) => seconds <= m && !said.has(m));
  if (moment !== undefined) {
    // Moments already passed when the page opened are not read out; only the latest is.
    MOMENTS.filter((m) => m >= moment).forEach((m) => said.add(m));
    if (seconds > moment - 5) announce(spoken(seconds));
  }
}

// The countdown element for a board, or null when no timer runs.
export function timerBox(board, { className = '' } = {}) {
  const next = board.timer?.endsAt ? Date.parse(board.timer.endsAt) : null;
  if (next !== endsAt) {
    endsAt = next;
    said = new Set();
    clearInterval(ticking);
    ticking = null;
    if (endsAt) {
      MOMENTS.filter((m) => left() <= m).forEach((m) => said.add(m));
      ticking = setInterval(tick, 1000);
    }
  }
  if (!endsAt) return null;
  return h('p', { className: `stage-timer ${className}`.trim(), role: 'timer', 'data-key': 'stage-timer' }, words(left()));
}
