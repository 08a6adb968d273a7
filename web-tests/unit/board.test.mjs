import './globals.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priorityThemes, shortlisted, lensName, causesUnder, PHASES, LENSES } from '../../web/board.js';
import { setLanguage, strings } from '../../web/i18n.js';

const board = {
  workshop: { settings: { lensNames: 'descriptive' } },
  themes: [{ id: 't1', title: 'Buses' }, { id: 't2', title: 'Benches' }, { id: 't3', title: 'Lifts' }],
  priorities: ['t3', 'gone', 't1'],
  ideas: [{ id: 'i1', grid: {} }, { id: 'i2', grid: null }, { id: 'i3', grid: {} }],
  shortlist: ['i3', 'i2', 'i1', 'gone'],
  causes: [
    { id: 'c1', themeId: 't1', parentId: null, text: 'Too few drivers' },
    { id: 'c2', themeId: 't1', parentId: 'c1', text: 'Low pay' },
    { id: 'c3', themeId: 't2', text: 'No budget' },
  ],
};

test('the priority themes come in the board’s order, skipping any that have gone', () => {
  assert.deepEqual(priorityThemes(board).map((th) => th.id), ['t3', 't1']);
});

test('the shortlisted ideas come in the shortlist’s order, only those on the grid', () => {
  assert.deepEqual(shortlisted(board).map((i) => i.id), ['i3', 'i1']);
});

test('the lenses are named as the facilitator chose, in the reader’s language', () => {
  setLanguage('en');
  assert.equal(lensName(board, 'radical'), strings.en.lens_radical);
  assert.equal(lensName({ workshop: { settings: { lensNames: 'chefs' } } }, 'radical'), strings.en.lensChef_radical);
  setLanguage('cy');
  assert.equal(lensName(board, 'community'), strings.cy.lens_community);
  setLanguage('en');
  for (const lens of LENSES) assert.ok(strings.cy[`lens_${lens}`] && strings.cy[`lensChef_${lens}`], lens);
});

test('the causes under a theme or a cause are its direct answers to “why?”', () => {
  assert.deepEqual(causesUnder(board, 't1', null).map((c) => c.id), ['c1']);
  assert.deepEqual(causesUnder(board, 't1', 'c1').map((c) => c.id), ['c2']);
  assert.deepEqual(causesUnder(board, 't2', null).map((c) => c.id), ['c3'], 'a cause with no parent field is at the top');
});

test('the stages are the API’s, in order, each with a name in both languages', () => {
  assert.equal(PHASES.length, 13);
  assert.equal(PHASES[0], 'setup');
  assert.equal(PHASES.at(-1), 'closed');
  for (const phase of PHASES) assert.ok(strings.en[`phase_${phase}`] && strings.cy[`phase_${phase}`], phase);
});
