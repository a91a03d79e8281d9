import type { ParsedQuery } from './query';

/**
 * PostgreSQL text-search values written out in JavaScript. The text is already normalized and
 * stemmed (lib/arabic/normalize.ts), so PostgreSQL's own parser and dictionaries, which split and
 * fold words by the server's locale, are bypassed: the lexemes are exactly the words FTS5 indexes
 * on SQLite, whatever locale the server was created with.
 */

/** tsvector limits: positions above this are stored as this; at most this many per lexeme. */
export const MAX_POSITION = 16_383;
export const MAX_POSITIONS_PER_LEXEME = 256;
/** Positions skipped between columns, so that a phrase never matches across two of them. */
const COLUMN_GAP = 10;

function quote(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsvector literal of the words of `columns` (space-separated stems), positions counted on. */
export function tsvectorLiteral(columns: string[]): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const column of columns) {
    for (const word of column.split(' ')) {
      if (!word) continue;
      position += 1;
      const list = positions.get(word) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(Math.min(position, MAX_POSITION));
      positions.set(word, list);
    }
    position += COLUMN_GAP;
  }
  return [...positions]
    .map(([word, list]) => `${quote(word)}:${[...new Set(list)].join(',')}`)
    .join(' ');
}

/**
 * The tsquery of a parsed query, or null when there is nothing to search for. Every word is a
 * quoted lexeme, so operators typed by a reader (|, !, &, <->, :*) are never interpreted.
 */
export function tsqueryLiteral(query: ParsedQuery): string | null {
  const parts = [
    ...query.terms.map(quote),
    ...query.phrases.map((phrase) => `(${phrase.map(quote).join(' <-> ')})`),
    ...(query.prefix ? [`${quote(query.prefix)}:*`] : []),
  ];
  return parts.length ? parts.join(' & ') : null;
}
