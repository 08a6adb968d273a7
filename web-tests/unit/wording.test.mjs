import './globals.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strings } from '../../web/i18n.js';

// The emails' words, one file per language beside the templates (Java reads them as UTF-8 properties).
function wording(lang) {
  const file = new URL(`../../functions/src/main/resources/templates/${lang}.properties`, import.meta.url);
  const words = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const at = line.indexOf('=');
    assert.ok(at > 0, `not a key and its words: ${line}`);
    assert.ok(!line.includes('\\'), `escapes are not used, so both readers agree: ${line}`);
    words[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return words;
}

test('the emails have the same keys in English and Welsh, none empty', () => {
  const en = wording('en');
  const cy = wording('cy');
  assert.ok(Object.keys(en).length > 60, `only ${Object.keys(en).length} email strings were read`);
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  for (const [lang, words] of [['en', en], ['cy', cy]]) {
    assert.deepEqual(Object.entries(words).filter(([, v]) => !v).map(([k]) => k), [], `empty ${lang} words`);
  }
});

test('every email key shared with the pages says the same thing as the pages, in both languages', () => {
  for (const lang of ['en', 'cy']) {
    const shared = Object.entries(wording(lang)).filter(([key]) => !key.includes('.') && key in strings[lang]);
    assert.ok(shared.length >= 8, `only ${shared.length} shared ${lang} keys`);
    const differ = shared.filter(([key, words]) => strings[lang][key] !== words).map(([key, words]) => `${key}: «${words}» / «${strings[lang][key]}»`);
    assert.deepEqual(differ, [], `${lang} words that differ from the pages`);
  }
});
