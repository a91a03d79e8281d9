import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cutQuery,
  ftsMatchExpression,
  isEmptyQuery,
  MAX_QUERY_LENGTH,
  parseQuery,
  queryMatcher,
} from './query';
import { bestSnippet, highlight } from './snippet';

describe('parseQuery', () => {
  it('stems every word and keeps the last one open as a prefix', () => {
    assert.deepEqual(parseQuery('كأس العالم'), {
      text: 'كأس العالم',
      terms: ['كاس'],
      phrases: [],
      prefix: 'عالم',
    });
  });
  it('reads quoted phrases, in Latin and Arabic quotes', () => {
    assert.deepEqual(parseQuery('"كأس العالم" حموشي ').phrases, [['كاس', 'عالم']]);
    assert.deepEqual(parseQuery('«مكافحة الإرهاب»').phrases, [['مكافح', 'ارهاب']]);
  });
  it('drops function words unless nothing else is left', () => {
    assert.deepEqual(parseQuery('زيارة في الرباط ').terms, ['زيار', 'رباط']);
    assert.deepEqual(parseQuery('في ').terms, ['في']);
  });
  it('cuts long queries to the documented maximum', () => {
    assert.equal(cutQuery('ا'.repeat(10_000)).length, MAX_QUERY_LENGTH);
    assert.equal(parseQuery('كلمة '.repeat(2000)).text.length <= MAX_QUERY_LENGTH, true);
  });
  it('is empty for spaces, diacritics only, punctuation only and bidi controls', () => {
    for (const input of ['', '   ', 'َُِّ', '!!! ؟؟ ...', '\u202E\u202C', '"', '*']) {
      assert.equal(isEmptyQuery(parseQuery(input)), true, JSON.stringify(input));
    }
  });
});

describe('ftsMatchExpression', () => {
  it('quotes every token so reader input is never FTS5 syntax', () => {
    assert.equal(
      ftsMatchExpression(parseQuery('NEAR(حموشي OR -طوكيو) title:اسبانيا')),
      '"near" AND "حموش" AND "or" AND "طوكيو" AND "title" AND "اسبانيا"*',
    );
    assert.equal(ftsMatchExpression(parseQuery('"حموشي*')), '"حموش"');
  });
  it('writes phrases as quoted sequences', () => {
    assert.equal(ftsMatchExpression(parseQuery('"كأس العالم 2030"')), '"كاس عالم 2030"');
  });
});

describe('highlighting in the original text', () => {
  const matches = queryMatcher(parseQuery('مكافحة الارهاب '));
  it('marks the words as written, diacritics and hamzas included', () => {
    const segments = highlight('في مجال مُكافَحة الإرهاب و التطرف.', matches);
    assert.deepEqual(
      segments.filter((s) => s.mark).map((s) => s.text),
      ['مُكافَحة', 'الإرهاب'],
    );
    assert.equal(segments.map((s) => s.text).join(''), 'في مجال مُكافَحة الإرهاب و التطرف.');
  });
  it('marks words that start with the open last word', () => {
    const open = queryMatcher(parseQuery('الاستعلا'));
    assert.deepEqual(
      highlight('المفوض العام للإستعلامات', open)
        .filter((s) => s.mark)
        .map((s) => s.text),
      ['للإستعلامات'],
    );
  });
  it('picks the passage with the most matches for the snippet', () => {
    const texts = [
      'فقرة أولى لا علاقة لها بالموضوع.',
      'تعاون في مجال مكافحة الإرهاب و التطرف العنيف.',
    ];
    const snippet = bestSnippet(texts, matches, 6);
    assert.ok(snippet.some((s) => s.mark && s.text === 'مكافحة'));
    assert.ok(snippet.some((s) => s.mark && s.text === 'الإرهاب'));
  });
});
