import { countNoun } from '../arabic/plural';

/** Silent reading of Arabic news prose on a screen, in words per minute (conservative). */
export const ARABIC_WORDS_PER_MINUTE = 180;

export function countWords(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / ARABIC_WORDS_PER_MINUTE));
}

/** «قراءة في دقيقتين» style label, grammatical for every count. */
export function readingTimeLabel(wordCount: number): string {
  const minutes = readingMinutes(wordCount);
  const duration = countNoun(minutes, {
    one: 'دقيقة واحدة',
    two: 'دقيقتان',
    few: 'دقائق',
    many: 'دقيقة',
  });
  return `مدة القراءة: ${duration}`;
}
