import { h } from './dom.js';
import { t } from './i18n.js';

// What the pages work out from the board the same way: the priority themes, lens names and
// the why-chains as a read-only tree.
export const LENSES = ['traditional', 'community', 'radical'];

export function priorityThemes(board) {
  const themes = Object.fromEntries(board.themes.map((th) => [th.id, th]));
  return board.priorities.map((id) => themes[id]).filter(Boolean);
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
