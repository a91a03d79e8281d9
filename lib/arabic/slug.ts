import { stripDecorations } from './characters';

export const MAX_SLUG_LENGTH = 80;

/**
 * A readable URL slug that keeps Arabic letters: «حموشي يستقبل…» → «حموشي-يستقبل-…».
 * Diacritics, tatweel and invisible controls go; punctuation becomes a separator; Latin is lower-cased;
 * the result is cut at a word boundary so it never ends mid-word.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = stripDecorations(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is still better than an empty slug.
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** Decodes a slug from a URL segment (Arabic arrives percent-encoded) and puts it in NFC. */
export function decodeSlugSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return null;
  }
}
