import { z } from 'zod';

/** Photos in one gallery block: enough for a day's picture story, few enough for one page. */
export const GALLERY_LIMITS = { min: 2, max: 30 } as const;

const photoId = z.number().int().positive();

/**
 * An article body is a list of blocks, never HTML: React escapes every character when it renders.
 * Photo and gallery blocks name media library photos by id; the page shows their current alt
 * text, caption and crops.
 */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: z.string().min(1) }),
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({ type: z.literal('photo'), photoId }),
  z.object({
    type: z.literal('gallery'),
    photoIds: z.array(photoId).min(GALLERY_LIMITS.min).max(GALLERY_LIMITS.max),
  }),
]);

export const blocksSchema = z.array(blockSchema);

export type Block = z.infer<typeof blockSchema>;
export type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' }>;
export type MediaBlock = Extract<Block, { type: 'photo' | 'gallery' }>;

export function parseBlocks(value: unknown): Block[] {
  return blocksSchema.parse(value);
}

export const isTextBlock = (block: Block): block is TextBlock =>
  block.type === 'heading' || block.type === 'paragraph';

/** The words of a body: its headings and paragraphs (what is counted, indexed and quoted). */
export function textsOf(blocks: readonly Block[]): string[] {
  return blocks.filter(isTextBlock).map((b) => b.text);
}

/** The library photos a body shows, in order, each once. */
export function photoIdsOf(blocks: readonly Block[]): number[] {
  const ids = blocks.flatMap((b) =>
    b.type === 'photo' ? [b.photoId] : b.type === 'gallery' ? b.photoIds : [],
  );
  return [...new Set(ids)];
}
