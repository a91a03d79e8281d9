import { z } from 'zod';

/** An article body is a list of blocks, never HTML: React escapes every character when it renders. */
export const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph']),
  text: z.string().min(1),
});

export const blocksSchema = z.array(blockSchema);

export type Block = z.infer<typeof blockSchema>;

export function parseBlocks(value: unknown): Block[] {
  return blocksSchema.parse(value);
}
