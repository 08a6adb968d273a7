import { h, replace, announce } from './dom.js';
import { t, formatDate } from './i18n.js';
import { call, submit as send } from './api.js';
import { field, radios, errorSummary, focusErrorSummary, problemText, sending, keepDrafts, restoreDrafts, clearDraft } from './forms.js';
import { setTitle, tokenFromLink } from './navigation.js';
import { STATUSES, stepList } from './plans.js';

// An action lead's page, opened from the private link in their email: the plan and its
// progress, and a form to say how it is going. No account; the link is the key.
const main = () => document.getElementById('main');

export async function show(workshopId, actionId) {
  const token = tokenFromLink(`cg.lead.${actionId}`, localStorage);
  let plan;
  try {
    plan = await call('GET', `/workshops/${workshopId}/actions/${actionId}`, { token });
  } catch (e) {
    setTitle(t('problem'));
    replace(main(), h('h1', {}, t('leadLinkProblem')), h('p', {}, e.status === 401 || e.status === 403 ? t('leadLinkHelp') : problemText(e)));
    return;
  }
  keepDrafts(`lead-${actionId}`, 'lead');
  draw();

  function draw(errors = [], values = {}, done = false) {
    setTitle(plan.title);
    const text = h('textarea', { name: 'text', rows: '4', 'data-draft': 'update-text' });
    text.value = values.text || '';
    replace(main(),
      errorSummary(errors),
      done ? h('div', { className: 'panel', role: 'status', id: 'update-posted', tabindex: '-1' }, h('h2', {}, t('updatePosted'))) : null,
      h('p', { className: 'meta' }, plan.workshopTitle),
      h('h1', {}, plan.title),
      plan.idea ? h('p', { className: 'quote' }, plan.idea) : null,
      h('p', {}, h('strong', {}, `${t('statusNow')}: `), t(`status_${plan.status}`)),
      h('h2', {}, t('stepsHeading')),
      stepList(plan.steps),
      plan.measure ? h('p', {}, h('strong', {}, `${t('measureLabel')}: `), plan.measure) : null,
      h('h2', {}, t('postUpdateTitle')),
      h('form', { novalidate: true, onsubmit: submit },
        radios({ name: 'status', legend: t('statusLegend'), checked: values.status || plan.status,
          error: errors.find((e) => e.href === '#status')?.text,
          options: STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) })) }),
        field({ id: 'update-text', label: t('updateLabel'), hint: t('updateHint'), error: errors.find((e) => e.href === '#update-text')?.text, control: text }),
        h('button', { className: 'button', type: 'submit' }, t('postUpdate'))),
      h('h2', {}, t('progressHeading')),
      plan.updates.length ? h('ul', { className: 'answers' }, plan.updates.slice().reverse().map((u) => h('li', {},
        h('p', { className: 'words' }, u.text),
        h('p', { className: 'meta' }, `${t(`status_${u.status}`)}, ${formatDate(u.at)}`)))) : h('p', {}, t('noUpdatesYet')));
    restoreDrafts(main());
    if (errors.length) focusErrorSummary();

    async function submit(event) {
      event.preventDefault();
      const form = event.currentTarget;
      const status = main().querySelector('input[name=status]:checked')?.value;
      const entered = { text: text.value, status };
      if (!text.value.trim()) return draw([{ href: '#update-text', text: t('updateMissing') }], entered);
      await sending(form, async () => {
        try {
          await send('POST', `/workshops/${workshopId}/actions/${actionId}/updates`, { token, body: { text: text.value, status } });
          clearDraft('update-text');
          plan = await call('GET', `/workshops/${workshopId}/actions/${actionId}`, { token });
          draw([], {}, true);
          document.getElementById('update-posted')?.focus();
          announce(t('updatePosted'));
        } catch (e) {
          draw([{ text: problemText(e) }], entered);
        }
      });
    }
  }
}
