import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeSlugSegment, MAX_SLUG_LENGTH, slugify } from './slug';

describe('slugify', () => {
  it('keeps Arabic words and joins them with hyphens', () => {
    assert.equal(slugify('حموشي يستقبل المفوض العام'), 'حموشي-يستقبل-المفوض-العام');
  });
  it('drops diacritics, tatweel and invisible controls', () => {
    assert.equal(slugify('مُكافَحة الإرهـــاب\u200F'), 'مكافحة-الإرهاب');
  });
  it('turns punctuation into separators and Arabic-Indic digits into 0-9', () => {
    assert.equal(
      slugify('كأس العالم «٢٠٣٠»: المغرب، إسبانيا والبرتغال!'),
      'كأس-العالم-2030-المغرب-إسبانيا-والبرتغال',
    );
  });
  it('lower-cases Latin and drops markup characters', () => {
    assert.equal(slugify('<script>Alert("X")</script> FIFA'), 'script-alert-x-script-fifa');
  });
  it('cuts at a word boundary', () => {
    const slug = slugify('كلمة '.repeat(40));
    assert.ok(slug.length <= MAX_SLUG_LENGTH);
    assert.ok(slug.endsWith('كلمة'));
  });
  it('returns an empty slug for text without letters or digits', () => {
    assert.equal(slugify(' ،.!؟ '), '');
  });
});

describe('decodeSlugSegment', () => {
  it('decodes percent-encoded Arabic to NFC', () => {
    assert.equal(decodeSlugSegment('%D8%A3%D9%85%D9%86'), 'أمن');
    assert.equal(decodeSlugSegment('\u0627\u0654\u0645\u0646'), 'أمن');
  });
  it('returns null for broken percent-encoding', () => {
    assert.equal(decodeSlugSegment('%E0%A4%A'), null);
  });
});
