import { z } from 'zod';
import { EMBED_PROVIDERS, embedIdIsValid } from './embeds';
import { isSafeHref } from './links';

/** Photos in one gallery block: enough for a day's picture story, few enough for one page. */
export const GALLERY_LIMITS = { min: 2, max: 30 } as const;
/** Bounds that keep one block readable and one body storable; the document format's are tighter. */
export const BLOCK_LIMITS = {
  text: 5_000,
  runs: 400,
  listItems: 100,
  quoteParagraphs: 20,
  factboxBlocks: 30,
  blocks: 2_000,
  href: 2_000,
} as const;

const id = z.number().int().positive();
const text = z.string().min(1).max(BLOCK_LIMITS.text);

/**
 * A link: an address (https, http, mailto or one of our own paths: lib/articles/links.ts) or
 * one of our articles by id, drawn with its current URL so that it follows slug changes.
 */
export const linkSchema = z.union([
  z.strictObject({
    href: z
      .string()
      .max(BLOCK_LIMITS.href)
      .refine(isSafeHref, 'الروابط المقبولة: https و http و mailto ومسارات الموقع.'),
  }),
  z.strictObject({ articleId: id }),
]);

/** A run of text with its marks: inline formatting is marks on runs, never markup. */
export const runSchema = z.strictObject({
  text,
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  link: linkSchema.optional(),
});

export const inlineSchema = z.array(runSchema).min(1).max(BLOCK_LIMITS.runs);

const paragraph = z.strictObject({ type: z.literal('paragraph'), content: inlineSchema });
const list = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(inlineSchema).min(1).max(BLOCK_LIMITS.listItems),
});

/** Articles stored before inline formatting hold `{ type: 'paragraph', text }`: still valid. */
const legacyParagraph = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  (value as { type?: unknown }).type === 'paragraph' &&
  typeof (value as { text?: unknown }).text === 'string' &&
  !('content' in value)
    ? { type: 'paragraph', content: [{ text: (value as { text: string }).text }] }
    : value;

const paragraphBlock = z.preprocess(legacyParagraph, paragraph);

const embed = z
  .strictObject({
    type: z.literal('embed'),
    provider: z.enum(EMBED_PROVIDERS),
    id: z.string().min(1).max(200),
    url: z.string().max(BLOCK_LIMITS.href).refine(isSafeHref),
    title: z.string().min(1).max(300).optional(),
  })
  .refine((block) => embedIdIsValid(block.provider, block.id), {
    message: 'معرّف التضمين غير صالح لهذا المزوّد.',
    path: ['id'],
  });

/**
 * An article body is a list of blocks, never HTML: React escapes every character when it renders.
 * Photo and gallery blocks name media library photos by id and related cards articles by id; the
 * page shows their current alt text, captions, titles and URLs.
 */
export const blockSchema = z.union([
  z.strictObject({
    type: z.literal('heading'),
    // Stored before there were two levels: a heading without one is a section heading (h2).
    level: z.union([z.literal(2), z.literal(3)]).default(2),
    text,
  }),
  paragraphBlock,
  z.strictObject({
    type: z.literal('quote'),
    paragraphs: z.array(inlineSchema).min(1).max(BLOCK_LIMITS.quoteParagraphs),
    source: z.string().min(1).max(300).optional(),
  }),
  z.strictObject({ type: z.literal('pullquote'), text }),
  list,
  z.strictObject({ type: z.literal('photo'), photoId: id }),
  z.strictObject({
    type: z.literal('gallery'),
    photoIds: z.array(id).min(GALLERY_LIMITS.min).max(GALLERY_LIMITS.max),
  }),
  embed,
  z.strictObject({ type: z.literal('related'), articleId: id }),
  z.strictObject({
    type: z.literal('factbox'),
    title: z.string().min(1).max(200).optional(),
    blocks: z
      .array(z.union([paragraphBlock, list]))
      .min(1)
      .max(BLOCK_LIMITS.factboxBlocks),
  }),
  z.strictObject({ type: z.literal('separator') }),
]);

export const blocksSchema = z.array(blockSchema).max(BLOCK_LIMITS.blocks);

export type Block = z.infer<typeof blockSchema>;
export type Run = z.infer<typeof runSchema>;
export type Inline = Run[];
export type Link = z.infer<typeof linkSchema>;
export type MediaBlock = Extract<Block, { type: 'photo' | 'gallery' }>;
export type EmbedBlock = Extract<Block, { type: 'embed' }>;
export type ListBlock = Extract<Block, { type: 'list' }>;
export type ParagraphBlock = Extract<Block, { type: 'paragraph' }>;
export type FactboxBlock = Extract<Block, { type: 'factbox' }>;

export function parseBlocks(value: unknown): Block[] {
  return blocksSchema.parse(value);
}

/** The plain text of a run list, marks and links dropped. */
export const plainOf = (inline: readonly Run[]): string => inline.map((run) => run.text).join('');

/**
 * The words of a body, one string per paragraph-like piece: headings, paragraphs, quotes and
 * their sources, pull quotes, list items, fact boxes and embed titles. What is counted, indexed,
 * quoted in search results and given to search engines as `articleBody`.
 */
export function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'pullquote':
        return [block.text];
      case 'paragraph':
        return [plainOf(block.content)];
      case 'list':
        return block.items.map(plainOf);
      case 'quote':
        return [...block.paragraphs.map(plainOf), ...(block.source ? [block.source] : [])];
      case 'factbox':
        return [...(block.title ? [block.title] : []), ...textsOf(block.blocks)];
      case 'embed':
        return block.title ? [block.title] : [];
      case 'photo':
      case 'gallery':
      case 'related':
      case 'separator':
        return [];
    }
  });
}

/** Every text of a body passed through `clean` (stored-text cleaning), its structure kept. */
export function mapTexts<T extends Block>(
  blocks: readonly T[],
  clean: (text: string) => string,
): T[] {
  const inline = (runs: Run[]): Run[] => runs.map((run) => ({ ...run, text: clean(run.text) }));
  const optional = <K extends string>(key: K, value: string | undefined) =>
    value === undefined ? {} : ({ [key]: clean(value) } as Record<K, string>);
  return blocks.map((block): T => {
    switch (block.type) {
      case 'heading':
      case 'pullquote':
        return { ...block, text: clean(block.text) };
      case 'paragraph':
        return { ...block, content: inline(block.content) };
      case 'list':
        return { ...block, items: block.items.map(inline) };
      case 'quote':
        return {
          ...block,
          paragraphs: block.paragraphs.map(inline),
          ...optional('source', block.source),
        };
      case 'factbox':
        return {
          ...block,
          ...optional('title', block.title),
          blocks: mapTexts(block.blocks, clean),
        };
      case 'embed':
        return { ...block, ...optional('title', block.title) };
      default:
        return block;
    }
  });
}

/** The library photos a body shows, in order, each once. */
export function photoIdsOf(blocks: readonly Block[]): number[] {
  const ids = blocks.flatMap((b) =>
    b.type === 'photo' ? [b.photoId] : b.type === 'gallery' ? b.photoIds : [],
  );
  return [...new Set(ids)];
}

/** Our articles a body links to or shows as related cards, each once. */
export function articleIdsOf(blocks: readonly Block[]): number[] {
  const fromInline = (runs: readonly Run[]) =>
    runs.flatMap((run) => (run.link && 'articleId' in run.link ? [run.link.articleId] : []));
  const ids = blocks.flatMap((block): number[] => {
    switch (block.type) {
      case 'related':
        return [block.articleId];
      case 'paragraph':
        return fromInline(block.content);
      case 'list':
        return block.items.flatMap(fromInline);
      case 'quote':
        return block.paragraphs.flatMap(fromInline);
      case 'factbox':
        return articleIdsOf(block.blocks);
      default:
        return [];
    }
  });
  return [...new Set(ids)];
}
