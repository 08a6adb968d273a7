import { h, replace } from './dom.js';
import { t, formatDate } from './i18n.js';
import { field, checkbox, problemText, errorSummary, sending, clearDraft } from './forms.js';

// An action plan as people read it, and the form to write one: title, lead, steps with owners
// and dates (the first within two weeks), who else to involve, and how we will know it worked.

export const STATUSES = ['not_started', 'in_progress', 'done', 'stuck'];

// A plan's steps, each with who does it and by when, as every page shows them.
export function stepList(steps) {
  return h('ol', { className: 'steps' }, steps.map((step) => h('li', {}, step.text,
    step.owner ? h('span', { className: 'meta' }, ` (${t('stepOwnerShort', { owner: step.owner })})`) : null,
    step.due ? h('span', { className: 'meta' }, `, ${t('stepDueShort', { due: formatDate(step.due) })}`) : null)));
}

export function planView(plan, heading = 'h3') {
  return h('div', {},
    h(heading, {}, plan.title),
    h('p', {}, h('strong', {}, `${t('leadLabel')}: `), plan.leadName ?? t('aParticipant'), plan.leadEmail ? ` (${plan.leadEmail})` : null),
    h('p', { className: 'tag' }, t(`status_${plan.status}`)),
    stepList(plan.steps),
    plan.involve ? h('p', {}, h('strong', {}, `${t('involveLabel')}: `), plan.involve) : null,
    plan.measure ? h('p', {}, h('strong', {}, `${t('measureLabel')}: `), plan.measure) : null,
    plan.updates && plan.updates.length ? h('div', {},
      h('p', {}, h('strong', {}, t('progressHeading'))),
      h('ul', { className: 'answers' }, plan.updates.map((u) => h('li', {},
        h('p', { className: 'words' }, u.text),
        h('p', { className: 'meta' }, `${t(`status_${u.status}`)}, ${formatDate(u.at)}`))))) : null);
}

// The plan form; draftPrefix names the drafts its words are kept under until the plan is saved.
// `dates` is the board's planDates: today and the advised date for a first step, both London
// dates from the server, which checks the same rule.
export function planForm({ idPrefix, draftPrefix = idPrefix, idea, dates, submit, cancel, onWrongPhase }) {
  const section = h('section', { className: 'plan-form', 'aria-labelledby': `${idPrefix}-heading` });
  const today = dates?.today;
  const advisedBy = dates?.firstStepBy;
  let adviceGiven = false;
  const title = h('input', { type: 'text', name: 'title', autocomplete: 'off', 'data-draft': `${draftPrefix}-title` });
  const leadName = h('input', { type: 'text', name: 'leadName', autocomplete: 'off', 'data-draft': `${draftPrefix}-lead` });
  const leadEmail = h('input', { type: 'email', name: 'leadEmail', autocomplete: 'off', spellcheck: 'false' });
  const consentId = `${idPrefix}-consent`;
  const steps = h('div', {});
  const involve = h('textarea', { name: 'involve', rows: '3', 'data-draft': `${draftPrefix}-involve` });
  const measure = h('textarea', { name: 'measure', rows: '3', 'data-draft': `${draftPrefix}-measure` });
  const problem = h('div', {});
  let count = 0;

  function addStep() {
    count += 1;
    const n = count;
    const first = n === 1;
    const text = h('input', { type: 'text', name: `step-${n}`, autocomplete: 'off', 'data-draft': `${draftPrefix}-step-${n}` });
    const owner = h('input', { type: 'text', name: `owner-${n}`, autocomplete: 'off', 'data-draft': `${draftPrefix}-owner-${n}` });
    const due = h('input', { type: 'date', name: `due-${n}`, className: 'short-date', min: today || null });
    steps.append(h('fieldset', { className: 'step' },
      h('legend', {}, t('stepLegend', { n })),
      field({ id: `${idPrefix}-step-${n}`, label: t('stepText'), control: text }),
      field({ id: `${idPrefix}-owner-${n}`, label: t('stepOwner'), control: owner }),
      field({ id: `${idPrefix}-due-${n}`, label: t('stepDue'), hint: first && advisedBy ? t('firstStepHint', { date: advisedBy }) : t('dateHint'), control: due })));
    return text;
  }
  addStep();

  async function send(event) {
    event.preventDefault();
    const form = event.currentTarget;
    const written = [...steps.querySelectorAll('fieldset')].map((set) => {
      const [text, owner, due] = set.querySelectorAll('input');
      return { text: text.value, owner: owner.value.trim() || undefined, due: due.value || undefined };
    }).filter((step, i) => i === 0 || step.text.trim());
    const consent = document.getElementById(consentId).checked;
    const body = {
      title: title.value,
      lead: { name: leadName.value, email: leadEmail.value.trim() || undefined, consent: leadEmail.value.trim() ? consent : undefined },
      steps: written,
      involve: involve.value.trim() || undefined,
      measure: measure.value.trim() || undefined,
    };
    const missing = [];
    if (!title.value.trim()) missing.push({ href: `#${idPrefix}-title`, text: t('planTitleMissing') });
    if (!leadName.value.trim()) missing.push({ href: `#${idPrefix}-lead`, text: t('leadMissing') });
    if (!written[0].text.trim()) missing.push({ href: `#${idPrefix}-step-1`, text: t('stepMissing') });
    if (leadEmail.value.trim() && !consent) missing.push({ href: `#${consentId}`, text: t('leadConsentMissing') });
    if (missing.length) return showProblems(missing);
    // The method advises a first step within two weeks; a later one is the planner's choice, once advised.
    if (advisedBy && written[0].due && written[0].due > advisedBy && !adviceGiven) {
      adviceGiven = true;
      replace(problem, h('div', { className: 'notice', role: 'status', tabindex: '-1' },
        h('h3', {}, t('firstStepAdviceTitle')), h('p', {}, t('firstStepAdvice', { date: advisedBy }))));
      problem.firstChild.focus();
      return undefined;
    }
    const drafts = [...form.querySelectorAll('[data-draft]')].map((control) => control.dataset.draft);
    await sending(form, async () => {
      try {
        await submit(body);
        drafts.forEach(clearDraft);
      } catch (e) {
        if (e.error === 'wrong_phase' && onWrongPhase) return onWrongPhase();
        showProblems([{ text: problemText(e) }]);
      }
      return undefined;
    });
    return undefined;
  }

  function showProblems(errors) {
    replace(problem, errorSummary(errors, { id: `${idPrefix}-problem`, heading: 'h3' }));
    problem.firstChild.focus();
  }

  replace(section,
    h('h2', { id: `${idPrefix}-heading`, tabindex: '-1' }, t('planFormTitle')),
    idea ? h('p', { className: 'quote' }, idea.text) : null,
    problem,
    h('form', { novalidate: true, onsubmit: send },
      field({ id: `${idPrefix}-title`, label: t('planTitle'), hint: t('planTitleHint'), control: title }),
      h('fieldset', { className: 'step' },
        h('legend', {}, t('leadLegend')),
        field({ id: `${idPrefix}-lead`, label: t('leadName'), control: leadName }),
        field({ id: `${idPrefix}-lead-email`, label: t('leadEmail'), hint: t('leadEmailHint'), control: leadEmail }),
        checkbox({ id: consentId, label: t('leadConsent') })),
      steps,
      h('button', { className: 'button secondary', type: 'button', onclick: () => addStep().focus() }, t('addStep')),
      field({ id: `${idPrefix}-involve`, label: t('involveLabel'), hint: t('involveHint'), control: involve }),
      field({ id: `${idPrefix}-measure`, label: t('measureLabel'), control: measure }),
      h('div', { className: 'button-row' },
        h('button', { className: 'button', type: 'submit' }, t('savePlan')),
        cancel ? h('button', { className: 'button secondary', type: 'button', onclick: cancel }, t('cancel')) : null)));
  return section;
}
