import { DIACRITICS, INVISIBLE_CONTROLS, TATWEEL, toWesternDigits } from './characters';

/**
 * Arabic search normalization, applied identically to indexed text and to queries (in every
 * database), so that what a reader types matches what the newsroom wrote:
 *
 * 1. Unicode NFKC (presentation forms such as ﻻ become ل + ا); drop tashkeel U+064B–U+065F, the
 *    dagger alef U+0670, tatweel U+0640 and zero-width / bidi control characters.
 *    «مُكافَحة» → «مكافحة», «مكافحـــة» → «مكافحة»
 * 2. Fold letters writers use interchangeably: ٱ أ إ آ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; and
 *    Arabic-Indic and Persian digits → 0–9. «الإستعلامات» → «الاستعلامات», «حموشى» → «حموشي»,
 *    «٢٠٣٠» → «2030». Latin is lower-cased.
 * 3. Light stemming of each token (see stem()).
 */
const STRIP = new RegExp(`[${DIACRITICS}${TATWEEL}${INVISIBLE_CONTROLS}]`, 'g');

const FOLDS: Record<string, string> = {
  ٱ: 'ا',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};
const FOLD = /[ٱأإآىةؤئ]/g;

/** Steps 1 and 2: the normalized form of any text, words and spacing kept. */
export function normalizeArabic(text: string): string {
  return toWesternDigits(text.normalize('NFKC').replace(STRIP, ''))
    .replace(FOLD, (letter) => FOLDS[letter]!)
    .toLowerCase();
}

/** Words of normalized text: runs of letters and digits. */
export function tokenize(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Longest first, so «وال» is tried before «و» and «ال». */
export const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و'] as const;
/** After folding, «ية» is written «يه» and «ة» is «ه». Longest first. */
export const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;
export const MIN_STEM_LENGTH = 3;

/**
 * Light stemming (in the manner of Larkey's light-10): strip one prefix, then one suffix, each only
 * when at least three letters remain. «والتطرف» → «تطرف», «الاستعلامات» → «استعلام»,
 * «الإرهابية» → «ارهاب», «حموشي» → «حموش». Digits and Latin words are left as they are.
 */
export function stem(token: string): string {
  if (!/[\u0621-\u064A]/.test(token)) return token;
  let word = token;
  for (const prefix of PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM_LENGTH) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM_LENGTH) {
      word = word.slice(0, -suffix.length);
      break;
    }
  }
  return word;
}

/** Everything a text contributes to the index (or a query to the match), in order. */
export function searchTerms(text: string): string[] {
  return tokenize(normalizeArabic(text)).map(stem);
}

/** A single word's search form. */
export function searchTerm(word: string): string {
  return stem(normalizeArabic(word));
}
