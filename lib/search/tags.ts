import { TAGS } from '../cache/tags';
import type { ParsedQuery } from './query';

/** Words a search is tagged with at most; a longer query is expired by every change instead. */
const MAX_WORD_TAGS = 32;

/** The words of a query that every result must hold (its terms and the words of its phrases). */
export function queryWords(query: ParsedQuery): string[] {
  return [...new Set([...query.terms, ...query.phrases.flat()])];
}

/**
 * A search's results change only when an article holding its words changes (each word must
 * match), so a publication expires the searches for its own words rather than every search: each
 * search is tagged with its words, and its last word, when still being typed, as a prefix.
 */
export function searchTags(query: ParsedQuery): string[] {
  const words = queryWords(query);
  if (words.length > MAX_WORD_TAGS) return [TAGS.search, TAGS.searchLong];
  return [
    TAGS.search,
    ...words.map(TAGS.searchTerm),
    ...(query.prefix ? [TAGS.searchPrefix(query.prefix)] : []),
  ];
}

/** The tags a change to articles holding these words expires: each word, and each of its prefixes. */
export function tagsForWords(words: Iterable<string>): string[] {
  const tags = new Set<string>([TAGS.searchLong]);
  for (const word of words) {
    tags.add(TAGS.searchTerm(word));
    const letters = Array.from(word);
    for (let length = 1; length <= letters.length; length++)
      tags.add(TAGS.searchPrefix(letters.slice(0, length).join('')));
  }
  return [...tags];
}
