import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { z } from 'zod';
import { blocksSchema, type Block } from '../articles/blocks';

/**
 * What a revision keeps of an article: what an editor can change, named as the editor names it
 * (category slug, author and tag names), so a restore goes through the normal save.
 */
export type RevisionSnapshot = {
  title: string;
  slug: string;
  dek: string;
  blocks: Block[];
  categorySlug: string;
  authorName: string;
  tagNames: string[];
  leadPhotoId: number | null;
  status: 'draft' | 'published' | 'unpublished';
  publishedAt: string | null;
};

const snapshotSchema = z.object({
  title: z.string(),
  slug: z.string(),
  dek: z.string(),
  blocks: blocksSchema,
  categorySlug: z.string(),
  authorName: z.string(),
  tagNames: z.array(z.string()),
  leadPhotoId: z.number().int().nullable(),
  status: z.enum(['draft', 'published', 'unpublished']),
  publishedAt: z.string().nullable(),
});

/** The fields a revision list names, in the order it names them. */
export const REVISION_FIELDS = [
  'title',
  'dek',
  'body',
  'photo',
  'slug',
  'category',
  'author',
  'tags',
  'status',
  'publishedAt',
] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];

export const REVISION_FIELD_NAMES: Record<RevisionField, string> = {
  title: 'العنوان',
  dek: 'التمهيد',
  body: 'المتن',
  photo: 'الصورة',
  slug: 'الرابط المختصر',
  category: 'القسم',
  author: 'الكاتب',
  tags: 'الوسوم',
  status: 'الحالة',
  publishedAt: 'وقت النشر',
};

const FIELD_VALUES: Record<RevisionField, (s: RevisionSnapshot) => unknown> = {
  title: (s) => s.title,
  dek: (s) => s.dek,
  body: (s) => s.blocks,
  photo: (s) => s.leadPhotoId,
  slug: (s) => s.slug,
  category: (s) => s.categorySlug,
  author: (s) => s.authorName,
  tags: (s) => s.tagNames,
  status: (s) => s.status,
  publishedAt: (s) => s.publishedAt,
};

/** The fields that differ between two snapshots (all of them when there is no earlier one). */
export function changedFields(
  before: RevisionSnapshot | null,
  after: RevisionSnapshot,
): RevisionField[] {
  if (!before) return [];
  return REVISION_FIELDS.filter(
    (field) =>
      JSON.stringify(FIELD_VALUES[field](before)) !== JSON.stringify(FIELD_VALUES[field](after)),
  );
}

// Quality 5 compresses a 5,000-word body to about a quarter in about a millisecond; 11 would save
// a few more percent at ten times the time of the save it is part of.
const BROTLI = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: 1 },
};

export function encodeSnapshot(snapshot: RevisionSnapshot): Buffer {
  return brotliCompressSync(Buffer.from(JSON.stringify(snapshot)), BROTLI);
}

/** A stored snapshot, checked against the schema: a row written by an older version still reads. */
export function decodeSnapshot(bytes: Uint8Array): RevisionSnapshot {
  const json: unknown = JSON.parse(brotliDecompressSync(bytes).toString('utf8'));
  return snapshotSchema.parse(json);
}
