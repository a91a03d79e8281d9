import { slugify } from '../../../lib/arabic/slug';
import type { Block } from '../../../lib/articles/blocks';
import { ADJECTIVES, CITIES, CONNECTORS, LINKS, NOUNS, VERBS } from './words';

/** Deterministic pseudo-random numbers (mulberry32), so a corpus can be rebuilt identically. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_MARK = 'تجريبي';
export const SYNTHETIC_OUTLET = 'مولد المحتوى التجريبي';
export const SYNTHETIC_AUTHORS = 24;
export const SYNTHETIC_TAGS = 80;

export type SyntheticArticle = {
  title: string;
  slug: string;
  dek: string;
  blocks: Block[];
  categoryIndex: number;
  authorIndex: number;
  tagIndexes: number[];
  publishedAt: Date;
};

export function authorName(index: number): string {
  return `كاتب ${SYNTHETIC_MARK} ${index + 1}`;
}

export function tagName(index: number): string {
  return `موضوع ${SYNTHETIC_MARK} ${index + 1}`;
}

/** Arabic-looking prose from the vocabulary, drawn with `rand` (the same draws give the same text). */
export function syntheticProse(rand: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const phrase = () => `${pick(NOUNS)} ${pick(ADJECTIVES)}`;
  const sentence = (words: number) => {
    const parts = [pick(VERBS), phrase()];
    while (parts.join(' ').split(' ').length < words) {
      parts.push(
        rand() < 0.3
          ? `${pick(CONNECTORS)} ${pick(VERBS)}`
          : `${pick(LINKS)} ${rand() < 0.2 ? pick(CITIES) : phrase()}`,
      );
    }
    return `${parts.join(' ')}.`;
  };
  /** `minSentences` to two more, each of `minWords` to `minWords + spread - 1` words or so. */
  const paragraph = (minSentences = 2, minWords = 10, spread = 10) =>
    Array.from({ length: minSentences + Math.floor(rand() * 3) }, () =>
      sentence(minWords + Math.floor(rand() * spread)),
    ).join(' ');
  return { pick, phrase, sentence, paragraph };
}

/**
 * Article number `n` of `total`, spread over `categories` sections and the two years before `end`.
 * Like a real archive, later ids were published later (within a few hours of jitter).
 */
export function syntheticArticle(
  n: number,
  total: number,
  categories: number,
  end: Date,
  rand: () => number,
): SyntheticArticle {
  const { pick, phrase, paragraph } = syntheticProse(rand);
  const title = `[${SYNTHETIC_MARK}] ${pick(VERBS)} ${phrase()} ${pick(LINKS)} ${pick(CITIES)} ${phrase()}`;
  const blocks: Block[] = [];
  for (let section = 0; section < 2; section++) {
    blocks.push({ type: 'heading', level: 2, text: phrase() });
    blocks.push(
      { type: 'paragraph', content: [{ text: paragraph() }] },
      { type: 'paragraph', content: [{ text: paragraph() }] },
    );
  }
  const twoYears = 2 * 365 * 24 * 3600 * 1000;
  const tagCount = 1 + Math.floor(rand() * 3);
  const tagIndexes = [
    ...new Set(Array.from({ length: tagCount }, () => Math.floor(rand() ** 2 * SYNTHETIC_TAGS))),
  ];
  return {
    title,
    slug: `${slugify(title)}-${n}`,
    dek: paragraph(),
    blocks,
    categoryIndex: Math.floor(rand() * categories),
    authorIndex: Math.floor(rand() * SYNTHETIC_AUTHORS),
    tagIndexes,
    publishedAt: new Date(
      end.getTime() -
        Math.floor(((total - n) / total) * twoYears) -
        Math.floor(rand() * 4 * 3600_000),
    ),
  };
}
