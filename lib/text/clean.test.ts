import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanText, hasForbiddenCharacters } from './clean';

test('removes C0 and C1 controls, DEL, U+FFFE/U+FFFF and lone surrogates', () => {
  const dirty = 'خبر\u0000 \u0008عاجل\u001F\u007F\u0085\u009F\uFFFE\uFFFF\uD800 و\uDC00';
  assert.equal(cleanText(dirty), 'خبر عاجل و');
  assert.equal(hasForbiddenCharacters(dirty), true);
});

test('keeps tab, line ends, surrogate pairs and Arabic as written', () => {
  const text = 'سطر\tأول\nسطر\r\nثان 😀 ﷺ';
  assert.equal(cleanText(text), text);
  assert.equal(hasForbiddenCharacters(text), false);
});

test('removes bidi embeddings, overrides and isolates', () => {
  assert.equal(cleanText('a\u202Eb\u2066c\u2069'), 'abc');
});
