/**
 * When a story last changed for its readers: its last substantive update or correction, else its
 * publication. Typo fixes move neither this nor «آخر تحديث» (only updatedAt, which sitemaps use).
 */
export function modifiedAt(article: { publishedAt: string; revisedAt: string | null }): string {
  return article.revisedAt && article.revisedAt > article.publishedAt
    ? article.revisedAt
    : article.publishedAt;
}

/** The time of the last real update, or null when the story is as first published. */
export function revisedAfterPublication(article: {
  publishedAt: string;
  revisedAt: string | null;
}): string | null {
  return article.revisedAt && article.revisedAt > article.publishedAt ? article.revisedAt : null;
}
