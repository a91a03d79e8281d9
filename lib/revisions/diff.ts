import { diffArrays, diffWords } from 'diff';
import { serializeBlocks } from '../documents/body-format';
import type { Block } from '../articles/blocks';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A body block in a comparison: unchanged, added, removed, or edited (with its word changes). */
export type BlockDiff =
  { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'edited'; parts: DiffPart[] };

// Intl's Arabic word segmenter: jsdiff's default tokenizer splits only Latin words, so Arabic
// words would be compared letter by letter and a changed word shown as scattered letters.
const words = new Intl.Segmenter('ar', { granularity: 'word' });

/** Word by word, as a reader of the two versions sees the change. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: words }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * Block by block in the document format editors write (lib/documents/body-format.ts); a run of
 * removed blocks followed by as many added ones is shown as edits of those blocks, word by word.
 */
export function diffBody(before: readonly Block[], after: readonly Block[]): BlockDiff[] {
  const changes = diffArrays(serializeBlocks(before), serializeBlocks(after));
  const rows: BlockDiff[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      const paired = Math.min(change.value.length, next.value.length);
      for (let k = 0; k < paired; k++)
        rows.push({ kind: 'edited', parts: diffText(change.value[k]!, next.value[k]!) });
      for (const text of change.value.slice(paired)) rows.push({ kind: 'removed', text });
      for (const text of next.value.slice(paired)) rows.push({ kind: 'added', text });
      i++;
      continue;
    }
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of change.value) rows.push({ kind, text });
  }
  return rows;
}
