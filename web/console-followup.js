import { h, replace, announce } from './dom.js';
import { t } from './i18n.js';
import { field, radios, checkbox, restoreDrafts, clearDraft, sending } from './forms.js';
import { go } from './navigation.js';
import { STATUSES } from './plans.js';
import { moderation } from './moderation.js';

// The facilitator's tools for after the days and for the records: the outcomes link, posting
// progress or handing a plan to a new lead, a CSV of every record, the printable report, and
// deleting the workshop once everything is downloaded.
export function followUpPanel(options) {
  const { workshopId, api, download, refresh, problem } = options;
  const element = h('div', {});
  const plansPart = h('div', {});
  const deletePart = h('div', {});
  let board = null;

  function draw(next) {
    board = next;
    deletePart.hidden = !(board.phase === 'follow_up' || board.phase === 'closed');
    if (!plansPart.contains(document.activeElement)) drawPlans();
  }

  // Each redraw puts back the words kept for the forms (the console's drafts, as in its other fields).
  function drawPlans() {
    drawPlanCards();
    restoreDrafts(plansPart);
  }

  function drawPlanCards() {
    const open = board.phase === 'follow_up' || board.phase === 'closed';
    const outcomesUrl = `${location.origin}/outcomes/${board.workshop.code}`;
    replace(plansPart, open ? h('div', {},
      h('p', {}, t('outcomesLinkLabel'), ': ', h('a', { href: outcomesUrl }, outcomesUrl)),
      board.actions.map((plan) => h('div', { className: 'theme-card' },
        h('h3', {}, plan.title),
        h('p', {}, `${t('leadLabel')}: ${plan.leadName ?? t('aParticipant')}${plan.leadEmail ? ` (${plan.leadEmail})` : ''}. `, h('span', { className: 'tag' }, t(`status_${plan.status}`))),
        h('div', { className: 'actions' }, moderation(plan, options)),
        plan.updates.length ? h('ul', { className: 'answers' }, plan.updates.slice().reverse().map((u) => h('li', {},
          h('p', { className: 'words' }, u.text),
          h('p', { className: 'meta' }, `${t(`status_${u.status}`)}, ${new Date(u.at).toLocaleDateString()}`),
          h('div', { className: 'actions' }, moderation(u, options))))) : null,
        h('details', {}, h('summary', { id: `post-update-${plan.id}` }, t('postUpdateTitle'), h('span', { className: 'visually-hidden' }, `: ${plan.title}`)), updateForm(plan)),
        h('details', {}, h('summary', { id: `new-lead-${plan.id}-summary` }, t('newLeadTitle'), h('span', { className: 'visually-hidden' }, `: ${plan.title}`)), leadForm(plan))))) : null);
  }

  function updateForm(plan) {
    const text = h('textarea', { name: 'text', rows: '3', 'data-draft': `update-${plan.id}` });
    const form = h('form', {
      novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        if (!text.value.trim()) { problem({ status: 400, message: t('updateMissing') }); return; }
        await sending(form, async () => {
          try {
            await api('POST', `/workshops/${workshopId}/actions/${plan.id}/updates`, { text: text.value, status: form.querySelector('input:checked').value });
            clearDraft(`update-${plan.id}`);
            announce(t('updatePosted'));
            await refresh(true);
            drawPlans();
            document.getElementById(`post-update-${plan.id}`)?.focus();
          } catch (e) { problem(e); }
        });
      },
    },
    radios({ name: `status-${plan.id}`, legend: t('statusLegend'), checked: plan.status,
      options: STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) })) }),
    field({ id: `update-${plan.id}`, label: t('updateLabel'), hint: t('updateHint'), control: text }),
    h('button', { className: 'button secondary', type: 'submit' }, t('postUpdate')));
    return form;
  }

  function leadForm(plan) {
    const name = h('input', { type: 'text', autocomplete: 'off', 'data-draft': `new-lead-${plan.id}` });
    const email = h('input', { type: 'email', autocomplete: 'off', spellcheck: 'false' });
    const consentId = `new-lead-consent-${plan.id}`;
    return h('form', {
      novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        try {
          const consent = document.getElementById(consentId).checked;
          await api('PATCH', `/workshops/${workshopId}/actions/${plan.id}`,
            { lead: { name: name.value, email: email.value.trim() || undefined, consent: email.value.trim() ? consent : undefined } });
          clearDraft(`new-lead-${plan.id}`);
          announce(t('newLeadDone'));
          await refresh(true);
          drawPlans();
          document.getElementById(`new-lead-${plan.id}-summary`)?.focus();
        } catch (e) { problem(e); }
      },
    },
    field({ id: `new-lead-${plan.id}`, label: t('leadName'), control: name }),
    field({ id: `new-lead-email-${plan.id}`, label: t('leadEmail'), hint: t('newLeadHint'), control: email }),
    checkbox({ id: consentId, label: t('leadConsent') }),
    h('button', { className: 'button secondary', type: 'submit' }, t('newLeadButton')));
  }

  const confirm = h('input', { type: 'text', autocomplete: 'off', className: 'short' });
  replace(element,
    h('h2', { id: 'follow-up-heading' }, t('followUpTitle')),
    plansPart,
    h('section', { className: 'card', 'aria-labelledby': 'records-heading' },
      h('h3', { id: 'records-heading' }, t('recordsTitle')),
      h('p', {}, t('recordsHint')),
      h('div', { className: 'button-row' },
        h('button', { className: 'button secondary', type: 'button', onclick: () => download(`/workshops/${workshopId}/export.csv`).catch(problem) }, t('downloadCsv')),
        h('a', { className: 'button secondary', href: `/facilitate/w/${workshopId}/report`, 'data-nav': true }, t('openReport'))),
      deletePart));

  // Deleting the whole workshop is kept out of the way until after the workshop days.
  replace(deletePart,
    h('h3', { id: 'delete-heading' }, t('deleteTitle')),
    h('p', {}, t('deleteHint')),
    h('form', {
      novalidate: true, onsubmit: async (event) => {
        event.preventDefault();
        try {
          await api('DELETE', `/workshops/${workshopId}`, { confirm: confirm.value });
          go('/facilitate');
          announce(t('deleted'));
        } catch (e) { problem(e); }
      },
    },
    field({ id: 'delete-confirm', label: t('deleteConfirm', { code: '' }).trim(), hint: t('deleteConfirmHint'), control: confirm }),
    h('button', { className: 'button warning', type: 'submit' }, t('deleteButton'))));

  return { element, draw };
}
