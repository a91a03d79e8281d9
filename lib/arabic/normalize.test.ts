import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeArabic, searchTerm, searchTerms, stem, tokenize } from './normalize';

describe('normalizeArabic step 1: NFKC and invisible marks', () => {
  it('drops tashkeel (fatha, damma, kasra, sukun, shadda, tanween)', () => {
    assert.equal(normalizeArabic('مُكافَحة'), 'مكافحه');
    assert.equal(normalizeArabic('كِتَابٌ'), 'كتاب');
    assert.equal(normalizeArabic('شَدَّة'), 'شده');
  });
  it('drops the dagger alef and tatweel', () => {
    assert.equal(normalizeArabic('هٰذا'), 'هذا');
    assert.equal(normalizeArabic('مكافحـــة'), 'مكافحه');
  });
  it('drops zero-width and bidi control characters', () => {
    assert.equal(normalizeArabic('\u202Eحموشي\u202C\u200F\u200B'), 'حموشي');
  });
  it('decomposes presentation forms with NFKC', () => {
    assert.equal(normalizeArabic('\uFEFB'), 'لا'); // ﻻ lam-alef ligature
    assert.equal(normalizeArabic('\uFE8D\uFEDF'), 'ال'); // isolated alef, initial lam
  });
  it('composes alef + combining hamza before folding', () => {
    assert.equal(normalizeArabic('\u0627\u0654\u0645\u0646'), 'امن');
  });
});

describe('normalizeArabic step 2: letter and digit folding', () => {
  it('folds ٱ أ إ آ to ا', () => {
    assert.equal(normalizeArabic('ٱلإستعلامات'), 'الاستعلامات');
    assert.equal(normalizeArabic('أمن إسبانيا آفاق'), 'امن اسبانيا افاق');
  });
  it('folds ى to ي, ة to ه, ؤ to و, ئ to ي', () => {
    assert.equal(normalizeArabic('مصطفى'), 'مصطفي');
    assert.equal(normalizeArabic('المملكة'), 'المملكه');
    assert.equal(normalizeArabic('مؤتمر'), 'موتمر');
    assert.equal(normalizeArabic('رئيس'), 'رييس');
  });
  it('turns Arabic-Indic and Persian digits into 0–9', () => {
    assert.equal(normalizeArabic('٢٠٣٠'), '2030');
    assert.equal(normalizeArabic('۲۰۳۰'), '2030');
  });
  it('lower-cases Latin', () => {
    assert.equal(normalizeArabic('FIFA'), 'fifa');
  });
});

describe('stem step 3: light stemming', () => {
  it('strips the longest matching prefix: وال فال بال كال لل ال و', () => {
    assert.equal(stem('والتطرف'), 'تطرف');
    assert.equal(stem('فالكتاب'), 'كتاب');
    assert.equal(stem('بالرباط'), 'رباط');
    assert.equal(stem('كالعاده'), 'عاد');
    assert.equal(stem('للاستعلامات'), 'استعلام');
    assert.equal(stem('التطرف'), 'تطرف');
    assert.equal(stem('ونظير'), 'نظير');
  });
  it('strips one suffix: ها ان ات ون ين يه ه ي', () => {
    assert.equal(stem('زيارتها'), 'زيارت');
    assert.equal(stem('البلدان'), 'بلد');
    assert.equal(stem('استعلامات'), 'استعلام');
    assert.equal(stem('المغربيون'), 'مغربي');
    assert.equal(stem('البلدين'), 'بلد');
    assert.equal(stem('الارهابيه'), 'ارهاب');
    assert.equal(stem('مكافحه'), 'مكافح');
    assert.equal(stem('حموشي'), 'حموش');
  });
  it('keeps at least three letters', () => {
    assert.equal(stem('ولد'), 'ولد'); // و would leave two letters
    assert.equal(stem('الم'), 'الم');
    assert.equal(stem('بين'), 'بين');
    assert.equal(stem('امن'), 'امن');
  });
  it('leaves digits and Latin words alone', () => {
    assert.equal(stem('2030'), '2030');
    assert.equal(stem('fifa'), 'fifa');
  });
});

describe('search terms: the same form for what is written and what is typed', () => {
  const same = (a: string, b: string) =>
    assert.deepEqual(searchTerms(a), searchTerms(b), `${a} ≠ ${b}`);
  it('matches the spellings readers type against the seed text', () => {
    same('الاستعلامات', 'الإستعلامات');
    same('استعلامات', 'للإستعلامات');
    same('الارهاب', 'الإرهاب');
    same('والتطرف', 'التطرف');
    same('حموشى', 'حموشي');
    same('اسبانيا', 'إسبانيا');
    same('كاس العالم', 'كأس العالم');
    same('مُكافَحة', 'مكافحة');
    same('مكافحـــة', 'مكافحة');
    same('٢٠٣٠', '2030');
  });
  it('splits on punctuation and spaces', () => {
    assert.deepEqual(tokenize('كأس، العالم. 2030!'), ['كأس', 'العالم', '2030']);
  });
  it('gives one term per word', () => {
    assert.equal(searchTerm('الإرهابية'), 'ارهاب');
  });
});
