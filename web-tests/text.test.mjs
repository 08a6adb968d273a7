import { test } from 'node:test';
import assert from 'node:assert/strict';

// The pages' text rules, run on their own: counted words by each language's plural rules, and
// text cut between characters as people see them.
const stored = { value: 'en' };
globalThis.localStorage = { getItem: () => stored.value, setItem: (_, v) => { stored.value = v; } };
globalThis.navigator = { language: 'en' };
const { t } = await import('../web/i18n.js');
const { shorten } = await import('../web/dom.js');

test('counted words follow English and Welsh plural rules', () => {
  stored.value = 'en';
  assert.equal(t('supportersCount', { n: 1 }), '1 person signed up to help.');
  assert.equal(t('supportersCount', { n: 2 }), '2 people signed up to help.');
  assert.equal(t('statementsCount', { n: 1 }), '1 answer');
  assert.equal(t('dotsWord', { n: 1 }), '1 dot');
  assert.equal(t('peopleSaidThis', { n: 1 }), '1 statement');
  assert.equal(t('newAnswers', { n: 0 }), '0 new answers.');
  stored.value = 'cy';
  assert.equal(t('statementsCount', { n: 1 }), '1 ateb');
  assert.equal(t('statementsCount', { n: 3 }), '3 ateb', 'few');
  assert.equal(t('statementsCount', { n: 6 }), '6 ateb', 'many');
  assert.equal(t('statementsCount', { n: 5 }), '5 o atebion', 'other');
  assert.equal(t('statementsCount', { n: 0 }), '0 o atebion', 'zero');
  assert.equal(t('supportersCount', { n: 1 }), '1 person wedi cofrestru i helpu.');
  stored.value = 'en';
});

test('text is cut between grapheme clusters', () => {
  const flag = '🏴󠁧󠁢󠁷󠁬󠁳󠁿';
  assert.equal(shorten(`${flag}${flag}${flag}`, 2), `${flag}…`, 'the Welsh flag whole');
  assert.equal(shorten('👩🏽‍🦰👩🏽‍🦰👩🏽‍🦰', 3), '👩🏽‍🦰👩🏽‍🦰👩🏽‍🦰', 'three people fit three');
  assert.equal(shorten('👩🏽‍🦰👩🏽‍🦰👩🏽‍🦰', 2), '👩🏽‍🦰…');
  assert.equal(shorten('Siân ŵyr', 4), 'Siâ…');
  assert.equal(shorten('short', 40), 'short');
  assert.equal(shorten(undefined, 40), '');
});
