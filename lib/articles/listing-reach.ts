import type { PrismaClient } from '../db';
import { listingPrefixes } from '../routes';
import type { ArticleCacheKeys } from './write';

/**
 * The listings an article change touches, as decoded path prefixes (lib/routes.ts): the category,
 * tags and author of the article before and after the change.
 */
export async function listingReach(db: PrismaClient, changes: (ArticleCacheKeys | null)[]): Promise<string[]> {
  const keys = changes.filter((k): k is ArticleCacheKeys => k !== null);
  const [categories, tags, authors] = await Promise.all([
    db.category.findMany({ where: { id: { in: keys.map((k) => k.categoryId) } }, select: { slug: true } }),
    db.tag.findMany({ where: { id: { in: keys.flatMap((k) => k.tagIds) } }, select: { slug: true } }),
    db.author.findMany({ where: { id: { in: keys.map((k) => k.authorId) } }, select: { slug: true } }),
  ]);
  return [
    ...categories.flatMap((c) => listingPrefixes.category(c.slug)),
    ...tags.flatMap((t) => listingPrefixes.tag(t.slug)),
    ...authors.flatMap((a) => listingPrefixes.author(a.slug)),
  ];
}
