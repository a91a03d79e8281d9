import { parseBlocks } from '../articles/blocks';
import { documentTerms, searchDocument, type SearchDocument } from './document';
import type { Db } from './engine';

export type IndexEntry = { id: number; publishedAt: Date; published: boolean; doc: SearchDocument };

/**
 * What the index should hold for these articles: one entry per article that has a publication
 * time (`published` false for drafts and the unpublished, whose entries must go), none for the
 * deleted. Shared by both engines so they index exactly the same text.
 */
export async function indexEntries(tx: Db, ids: number[]): Promise<IndexEntry[]> {
  const articles = await tx.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      title: true,
      dek: true,
      body: true,
      author: { select: { name: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { position: 'asc' } },
      photos: { select: { photo: { select: { caption: true } } }, orderBy: { position: 'asc' } },
    },
  });
  return articles.flatMap((a) =>
    a.publishedAt
      ? [
          {
            id: a.id,
            publishedAt: a.publishedAt,
            published: a.status === 'published',
            doc: searchDocument({
              title: a.title,
              dek: a.dek,
              blocks: parseBlocks(a.body),
              tagNames: a.tags.map((t) => t.tag.name),
              authorName: a.author.name,
              captions: a.photos.map((p) => p.photo.caption).filter(Boolean),
            }),
          },
        ]
      : [],
  );
}

/** The stems of an article's searchable text as it stands in `tx` (none for a missing article). */
export async function articleTerms(tx: Db, id: number): Promise<string[]> {
  const [entry] = await indexEntries(tx, [id]);
  return entry ? documentTerms(entry.doc) : [];
}

/** Runs inside the caller's transaction when there is one, in a new one otherwise. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return '$transaction' in db ? db.$transaction((tx) => work(tx)) : work(db);
}
