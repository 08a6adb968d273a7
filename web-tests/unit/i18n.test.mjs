import './globals.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strings, t, pick, setLanguage, language } from '../../web/i18n.js';

// A counted string holds one wording per plural category (at least "other"); each is checked.
const forms = (value) => (typeof value === 'object' && value !== null ? Object.values(value) : [value]);
const placeholders = (value) => [...new Set(forms(value).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

test('every string has an English and a Welsh wording, and no language has a key the other lacks', () => {
  const en = Object.keys(strings.en).sort();
  const cy = Object.keys(strings.cy).sort();
  assert.ok(en.length > 100, `only ${en.length} English strings were read`);
  assert.deepEqual(en.filter((k) => !(k in strings.cy)), [], 'keys with no Welsh');
  assert.deepEqual(cy.filter((k) => !(k in strings.en)), [], 'Welsh keys with no English');
  for (const lang of ['en', 'cy']) {
    const empty = Object.entries(strings[lang])
      .filter(([, v]) => (typeof v === 'object' && !v?.other) || forms(v).some((text) => typeof text !== 'string' || text.trim() === ''))
      .map(([k]) => k);
    assert.deepEqual(empty, [], `empty ${lang} strings`);
  }
});

test('both wordings of a string fill in the same values', () => {
  const differ = Object.keys(strings.en)
    .filter((k) => k in strings.cy && placeholders(strings.en[k]).join() !== placeholders(strings.cy[k]).join())
    .map((k) => `${k}: ${placeholders(strings.en[k])} / ${placeholders(strings.cy[k])}`);
  assert.deepEqual(differ, []);
});

test('t() speaks the chosen language, fills in values and keeps a placeholder it has no value for', () => {
  setLanguage('cy');
  assert.equal(language(), 'cy');
  assert.equal(t('english'), strings.cy.english);
  assert.equal(document.documentElement.lang, 'cy');
  setLanguage('en');
  assert.equal(t('pageTitle', { page: 'Join' }), 'Join – Common Ground');
  assert.equal(t('pageTitle'), '{page} – Common Ground');
  assert.equal(t('no_such_key'), 'no_such_key');
  setLanguage('fr');
  assert.equal(language(), 'en', 'anything but Welsh is English');
});

test('pick() chooses the Welsh wording of a workshop text only when there is one', () => {
  setLanguage('cy');
  assert.equal(pick({ en: 'What works?', cy: 'Beth sy’n gweithio?' }), 'Beth sy’n gweithio?');
  assert.equal(pick({ en: 'What works?' }), 'What works?');
  assert.equal(pick(null), '');
  setLanguage('en');
  assert.equal(pick({ en: 'What works?', cy: 'Beth sy’n gweithio?' }), 'What works?');
});
