/** Highlighting in the ORIGINAL text (diacritics, hamzas and all), word by word. */
export type Segment = { text: string; mark: boolean };

const WORD = /([\p{L}\p{M}\p{N}\u0640]+)/u;

export function highlight(text: string, matches: (word: string) => boolean): Segment[] {
  const segments: Segment[] = [];
  for (const [index, part] of text.split(WORD).entries()) {
    if (!part) continue;
    // split() with one capture group puts the words at odd indexes.
    const mark = index % 2 === 1 && matches(part);
    const last = segments.at(-1);
    if (last && last.mark === mark && !mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}

export const SNIPPET_WORDS = 30;

/**
 * The passage of about SNIPPET_WORDS words holding the most matched words (the earliest such
 * passage on a tie); the start of the first text when nothing matches (a tag or author hit).
 */
export function bestSnippet(
  texts: string[],
  matches: (word: string) => boolean,
  size = SNIPPET_WORDS,
): Segment[] {
  let best: { text: string; start: number; end: number; score: number } | null = null;
  for (const text of texts) {
    const words = [...text.matchAll(/\S+/g)];
    if (words.length === 0) continue;
    const hits = words.map((w) =>
      w[0].split(WORD).some((p, i) => i % 2 === 1 && matches(p)) ? 1 : 0,
    );
    // Sliding window: add the word entering, drop the one leaving.
    const span = Math.min(size, words.length);
    let score = 0;
    for (let i = 0; i < span; i++) score += hits[i]!;
    for (let start = 0; start + span <= words.length; start++) {
      if (start > 0) score += hits[start + span - 1]! - hits[start - 1]!;
      if (!best || score > best.score) {
        const first = words[start]!;
        const last = words[start + span - 1]!;
        best = { text, start: first.index!, end: last.index! + last[0].length, score };
      }
    }
  }
  if (!best) return [];
  const prefix = best.start > 0 ? '… ' : '';
  const suffix = best.end < best.text.length ? ' …' : '';
  return highlight(`${prefix}${best.text.slice(best.start, best.end)}${suffix}`, matches);
}
