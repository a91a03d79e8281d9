import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../audit/log';
import { parseBlocks } from '../articles/blocks';
import { editableSelect } from '../articles/editable';
import { retentionCutoff, revisionsToPrune } from './retention';
import {
  changedFields,
  decodeSnapshot,
  encodeSnapshot,
  type RevisionField,
  type RevisionSnapshot,
} from './snapshot';

type Tx = Prisma.TransactionClient;

/** Who made a save that keeps a revision, and why when it is not a plain save. */
export type RevisionBy = { actor: Actor; note?: string };

/** Why a revision exists when it is not a plain save, as stored in its `note`. */
export const BASELINE_NOTE = 'baseline';
export const restoredNote = (revisionId: number) => `restored:${revisionId}`;

const storedSelect = { ...editableSelect, updatedAt: true } as const satisfies Prisma.ArticleSelect;

/**
 * An article saved before revisions existed (seeded, imported, or from before this version) gets
 * its stored state kept first, so the first newsroom edit has something to differ from.
 */
export async function keepBaselineIfNone(tx: Tx, articleId: number): Promise<void> {
  const existing = await tx.articleRevision.findFirst({
    where: { articleId },
    select: { id: true },
  });
  if (existing) return;
  const row = await tx.article.findUnique({ where: { id: articleId }, select: storedSelect });
  if (!row) return;
  const snapshot: RevisionSnapshot = {
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    blocks: parseBlocks(row.body),
    categorySlug: row.category.slug,
    authorName: row.author.name,
    tagNames: row.tags.map((t) => t.tag.name),
    leadPhotoId: row.photos[0]?.photoId ?? null,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
  await insert(tx, articleId, snapshot, { id: null, name: '' }, BASELINE_NOTE, [], row.updatedAt);
}

/**
 * Keeps the article as this save left it, with the fields it changed from the revision before,
 * then applies retention to the article's older revisions (lib/revisions/retention.ts).
 */
export async function keepRevision(
  tx: Tx,
  articleId: number,
  snapshot: RevisionSnapshot,
  by: RevisionBy,
  now = new Date(),
): Promise<void> {
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { snapshot: true },
  });
  const changed = changedFields(latest ? decodeSnapshot(latest.snapshot) : null, snapshot);
  await insert(tx, articleId, snapshot, by.actor, by.note ?? '', changed, now);
  const old = await tx.articleRevision.findMany({
    where: { articleId, at: { lt: retentionCutoff(now) } },
    select: { id: true, at: true },
  });
  const prune = revisionsToPrune(old, now);
  if (prune.length) await tx.articleRevision.deleteMany({ where: { id: { in: prune } } });
}

async function insert(
  tx: Tx,
  articleId: number,
  snapshot: RevisionSnapshot,
  actor: Actor,
  note: string,
  changed: RevisionField[],
  at: Date,
): Promise<void> {
  const bytes = encodeSnapshot(snapshot);
  await tx.articleRevision.create({
    data: {
      articleId,
      at,
      actorId: actor.id,
      actorName: actor.name,
      note,
      changed: changed.join(','),
      bytes: bytes.length,
      snapshot: new Uint8Array(bytes),
    },
  });
}
