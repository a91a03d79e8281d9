import { normalizeArabic, stem, tokenize } from '../arabic/normalize';

/** Longer queries are cut here (in characters, never inside a surrogate pair). */
export const MAX_QUERY_LENGTH = 200;

/** Frequent function words, in normalized form: dropped from all-words queries, kept in phrases. */
const STOP_WORDS = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'ان',
  'او',
  'ثم',
  'قد',
  'لا',
  'ما',
  'لم',
  'لن',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'التي',
  'الذي',
  'الذين',
  'كان',
  'كانت',
  'هو',
  'هي',
  'بين',
  'حيث',
  'كما',
  'عند',
  'منذ',
  'بعد',
  'قبل',
]);

export type ParsedQuery = {
  /** The query as searched (cut, trimmed), for display. */
  text: string;
  /** Stems every result must contain. */
  terms: string[];
  /** Quoted phrases, as stem sequences. */
  phrases: string[][];
  /** The last word when it may still be being typed: matched as a prefix. */
  prefix: string | null;
};

export function cutQuery(input: string): string {
  return Array.from(input.replace(/\s+/g, ' ').trim()).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const PHRASE = /["«“]([^"»”]*)["»”]?/g;

/**
 * Reads what a reader typed. Quotes («…» or "…") make a phrase; other words must all appear; the
 * last word, unless followed by a space, also matches longer words. Nothing the reader types is
 * ever passed to the search engine as syntax: only letters and digits survive tokenizing.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = cutQuery(input);
  const phrases: string[][] = [];
  const bare = text.replace(PHRASE, (_, inner: string) => {
    const words = tokenize(normalizeArabic(inner)).map(stem);
    if (words.length > 1) phrases.push(words);
    else if (words.length === 1) phrases.push(words);
    return ' ';
  });
  const words = tokenize(normalizeArabic(bare)).filter((w) => w.length > 1 || /\d/.test(w));
  // A trailing space in what was typed means the last word is finished.
  const endsOpen = /[\p{L}\p{N}\p{M}]$/u.test(bare) && !/\s$/u.test(input);
  const last = endsOpen ? (words.pop() ?? null) : null;
  let terms = words.map(stem);
  const meaningful = terms.filter((t) => !STOP_WORDS.has(t));
  if (meaningful.length > 0 || last || phrases.length > 0) terms = meaningful;
  const stemmed = last ? stem(last) : null;
  // A stop word still being typed after other words narrows nothing.
  const prefix =
    stemmed && STOP_WORDS.has(stemmed) && (terms.length > 0 || phrases.length > 0) ? null : stemmed;
  return { text, terms: unique(terms), phrases, prefix };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0 && !query.prefix;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * The FTS5 MATCH expression. Every token is double-quoted, and tokens contain only letters and
 * digits, so FTS5 operators typed by a reader (OR, NEAR, *, -, :, ") are never interpreted.
 */
export function ftsMatchExpression(query: ParsedQuery): string {
  const parts = [
    ...query.terms.map((t) => `"${t}"`),
    ...query.phrases.map((p) => `"${p.join(' ')}"`),
    ...(query.prefix ? [`"${query.prefix}"*`] : []),
  ];
  return parts.join(' AND ');
}

/** True for a word of the original text that the query matched (for <mark>). */
export function queryMatcher(query: ParsedQuery): (word: string) => boolean {
  const exact = new Set([...query.terms, ...query.phrases.flat()]);
  const seen = new Map<string, boolean>();
  return (word) => {
    let result = seen.get(word);
    if (result === undefined) {
      const normalized = normalizeArabic(word);
      const term = stem(normalized);
      result =
        exact.has(term) ||
        (query.prefix !== null &&
          (term.startsWith(query.prefix) || normalized.includes(query.prefix)));
      seen.set(word, result);
    }
    return result;
  };
}
