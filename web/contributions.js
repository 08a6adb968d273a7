import { h, announce } from './dom.js';
import { t } from './i18n.js';
import { submit } from './api.js';
import { sending, clearDraft, problemText } from './forms.js';
import { refresh } from './live.js';

// What a person sends shows at once: marked as sending, then saved; or, when it could not be
// sent, kept with the reason and the words put back in their box. Entries leave this list
// when the board shows the saved item.
const entries = [];

// The entries for one list: match(entry.about) chooses them; ids already on the board are dropped.
export function pendingFor(match, onBoard) {
  for (let i = entries.length - 1; i >= 0; i -= 1) if (entries[i].id && onBoard.some((item) => item.id === entries[i].id)) entries.splice(i, 1);
  return entries.filter((entry) => match(entry.about));
}

export function pendingItem(entry) {
  const state = {
    sending: h('span', { className: 'tag' }, t('sendingTag')),
    saved: h('span', { className: 'tag saved-tag' }, t('savedTag')),
    failed: h('span', { className: 'tag hidden-tag' }, t('notSentTag')),
  }[entry.state];
  return h('li', { className: `pending ${entry.state}`, 'data-key': `pending-${entry.n}` },
    h('p', { className: 'words' }, entry.text),
    h('p', { className: 'meta' }, state, entry.state === 'failed' ? ` ${entry.message} ${t('wordsBack')}` : null));
}

let counter = 0;

// True while a contribution from this form is on its way: an empty box then means the words were
// just taken from it by a double press, not that the person forgot to write.
export function inFlight(form) {
  return Boolean(form.contributing);
}

// Sends one contribution from a form: {form, draft (the field's draft name), path, token,
// body (with text), about (what the lists match on), redraw, done (what to announce)}.
// Answers true once saved, undefined for a double press; throws the API's error after putting
// the words back. A press while the form's last contribution is on its way sends nothing if it
// carries the same words (a double press); new words, typed meanwhile, wait their turn and go.
export async function contribute(options) {
  const { form, body } = options;
  while (form.contributing) {
    if (form.contributing.text === body.text) return undefined;
    await form.contributing.settled;
  }
  const sent = sendOne(options);
  const mark = { text: body.text, settled: sent.then(() => {}, () => {}) };
  form.contributing = mark;
  try {
    return await sent;
  } finally {
    if (form.contributing === mark) form.contributing = null;
  }
}

function sendOne({ form, draft, path, token, body, about, redraw, done }) {
  return sending(form, async () => {
    const control = form.querySelector(`[data-draft="${draft}"]`);
    for (let i = entries.length - 1; i >= 0; i -= 1) if (entries[i].state === 'failed' && entries[i].draft === draft) entries.splice(i, 1);
    counter += 1;
    const entry = { n: counter, draft, about, text: body.text, state: 'sending' };
    entries.push(entry);
    // Sent words are no longer a draft, so a redraw does not put them back in the box; words typed
    // while they are on their way make a new draft.
    if (control) control.value = '';
    clearDraft(draft);
    redraw();
    try {
      const saved = await submit('POST', path, { token, body });
      entry.state = 'saved';
      entry.id = saved.id;
      redraw();
      announce(done);
      refresh().catch(() => {});
      return true;
    } catch (e) {
      entry.state = 'failed';
      entry.message = e.error === 'wrong_phase' ? t('movedOnNotSent') : problemText(e);
      if (control && !control.value) {
        control.value = body.text;
        control.dispatchEvent(new Event('input', { bubbles: true })); // kept as a draft again
      }
      redraw();
      throw e;
    }
  });
}
