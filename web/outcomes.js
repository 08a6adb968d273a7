import { h, replace } from './dom.js';
import { t, formatDate, pickText } from './i18n.js';
import { call } from './api.js';
import { setTitle } from './navigation.js';
import { problemText } from './forms.js';
import { stepList } from './plans.js';

// "You said, we did": what people said (the themes and how many said each), the priorities,
// and what is being done, with its progress. Public by the workshop's code; printable.
const main = () => document.getElementById('main');

export async function show(code) {
  let outcomes;
  try {
    outcomes = await call('GET', `/outcomes/${encodeURIComponent(code)}`);
  } catch (e) {
    setTitle(t('outcomesTitle'));
    replace(main(), h('h1', {}, t('outcomesTitle')), h('p', {}, problemText(e)));
    return;
  }
  setTitle(pickText(outcomes, 'title'));
  replace(main(), outcomesView(outcomes));
}

export function outcomesView(o) {
  const categories = ['not_working', 'working', 'future'];
  return h('div', { className: 'outcomes' },
    h('p', { className: 'meta' }, t('outcomesTitle')),
    h('h1', {}, pickText(o, 'title')),
    o.focus ? h('p', { className: 'lead' }, pickText(o, 'focus')) : null,
    h('p', {}, t('outcomesPeople', { joined: o.joined, before: o.answeredBeforehand })),
    h('div', { className: 'button-row no-print' },
      h('button', { className: 'button secondary', type: 'button', onclick: () => window.print() }, t('print'))),
    h('h2', {}, t('weAreDoing')),
    o.plans.length ? o.plans.map((plan) => h('section', { className: 'theme-card plan-outcome' },
      h('h3', {}, plan.title),
      plan.idea ? h('p', { className: 'meta' }, `${t('fromIdea')}: ${plan.idea}`) : null,
      h('p', {}, h('strong', {}, `${t('leadLabel')}: `), plan.lead ?? t('aParticipant'), '. ', h('span', { className: 'tag' }, t(`status_${plan.status}`))),
      stepList(plan.steps),
      plan.measure ? h('p', {}, h('strong', {}, `${t('measureLabel')}: `), plan.measure) : null,
      plan.updates.length ? h('div', {},
        h('h4', {}, t('latestNews')),
        h('ul', { className: 'answers' }, plan.updates.slice(0, 3).map((u) => h('li', {},
          h('p', { className: 'words' }, u.text),
          h('p', { className: 'meta' }, `${t(`status_${u.status}`)}, ${formatDate(u.at)}`))))) : null))
      : h('p', {}, t('noPlansAtAll')),
    h('h2', {}, t('youSaid')),
    o.priorities.length ? h('div', {},
      h('h3', {}, t('topPriorities')),
      h('ol', {}, o.priorities.map((th) => h('li', {}, th.title, ' ', h('span', { className: 'meta' }, `(${t('peopleSaidThis', { n: th.statements })})`))))) : null,
    categories.map((category) => {
      const themes = o.themes.filter((th) => th.category === category);
      return themes.length ? h('div', {},
        h('h3', {}, t(`prompt_${category}`)),
        h('ul', {}, themes.map((th) => h('li', {}, th.title, ' ', h('span', { className: 'meta' }, `(${t('peopleSaidThis', { n: th.statements })})`))))) : null;
    }));
}
