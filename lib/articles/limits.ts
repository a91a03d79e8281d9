/**
 * The limits of an article's fields, declared once: the editor form (its schema and its inputs'
 * maxLength), the seed and import manifests and the write all read them.
 */
export const ARTICLE_LIMITS = {
  title: { min: 10, max: 110 },
  slug: { max: 120 },
  dek: { min: 20, max: 600 },
  body: { max: 200_000 },
  tags: { max: 12, length: 60, input: 2000 },
  author: { min: 2, max: 80 },
} as const;
