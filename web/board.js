import { h } from './dom.js';
import { t } from './i18n.js';
import { keptWords } from './forms.js';
import { timerBox } from './timer.js';

// What the pages work out from the board the same way: the priority themes, lens names and
// the why-chains as a read-only tree.
// The stages of a workshop in order, as the API names them.
export const PHASES = ['setup', 'gathering', 'clustering', 'theme_voting', 'root_causes', 'success', 'in_place', 'ideas',
  'idea_voting', 'grid', 'action_planning', 'follow_up', 'closed'];

export const LENSES = ['traditional', 'community', 'radical'];

export function priorityThemes(board) {
  const themes = Object.fromEntries(board.themes.map((th) => [th.id, th]));
  return board.priorities.map((id) => themes[id]).filter(Boolean);
}

// The ideas on the grid, in the shortlist's order.
export function shortlisted(board) {
  const ideas = Object.fromEntries(board.ideas.map((i) => [i.id, i]));
  return board.shortlist.map((id) => ideas[id]).filter((i) => i && i.grid);
}

export function lensName(board, lens) {
  return t(board.workshop.settings.lensNames === 'chefs' ? `lensChef_${lens}` : `lens_${lens}`);
}

export function causesUnder(board, themeId, parentId) {
  return board.causes.filter((c) => c.themeId === themeId && (c.parentId || null) === parentId);
}

export function causeTree(board, themeId, parentId = null) {
  const children = causesUnder(board, themeId, parentId);
  return children.length ? h('ul', { className: 'cause-tree' }, children.map((c) => h('li', {}, c.text, causeTree(board, themeId, c.id)))) : null;
}

// What every participant page shows under its heading: words kept from an earlier stage, and
// the stage's countdown when the facilitator set one.
export function stageTop(board) {
  return [keptWords(), timerBox(board)];
}
