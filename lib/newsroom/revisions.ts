import 'server-only';
import { recordAudit } from '../audit/log';
import { mayEditArticle } from '../auth/permissions';
import type { NewsroomUser } from '../auth/session';
import { newsroomDb } from '../db/client';
import { expireArticleChange } from '../publishing/expire-change';
import { ArticleConflictError, ArticleWriteError, saveArticle } from '../publishing/write';
import { diffBody, diffText, type BlockDiff, type DiffPart } from '../revisions/diff';
import { BASELINE_NOTE, restoredNote } from '../revisions/keep';
import {
  decodeSnapshot,
  REVISION_FIELD_NAMES,
  REVISION_FIELDS,
  type RevisionField,
  type RevisionSnapshot,
} from '../revisions/snapshot';
import { SITE } from '../site';

export type RevisionListItem = {
  id: number;
  at: string;
  by: string;
  /** «إنشاء», «استعادة النسخة 12», or the names of the fields the save changed. */
  what: string;
  bytes: number;
};

function describe(note: string, changed: string): string {
  if (note === BASELINE_NOTE) return 'النسخة قبل أول تعديل مسجّل';
  if (note === 'created') return 'إنشاء المقال';
  const restored = /^restored:(\d+)$/.exec(note);
  const fields = changed
    .split(',')
    .filter((f): f is RevisionField => (REVISION_FIELDS as readonly string[]).includes(f))
    .map((f) => REVISION_FIELD_NAMES[f])
    .join('، ');
  if (restored) return `استعادة النسخة ${restored[1]}${fields ? ` (${fields})` : ''}`;
  return fields || 'حفظ بلا تغيير في المحتوى';
}

export async function listRevisions(
  articleId: number,
): Promise<{ items: RevisionListItem[]; totalBytes: number }> {
  const rows = await newsroomDb.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { id: true, at: true, actorName: true, note: true, changed: true, bytes: true },
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      by: r.actorName || 'غير معروف',
      what: describe(r.note, r.changed),
      bytes: r.bytes,
    })),
    totalBytes: rows.reduce((sum, r) => sum + r.bytes, 0),
  };
}

export type FieldComparison =
  | { field: RevisionField; label: string; kind: 'text'; parts: DiffPart[] }
  | { field: RevisionField; label: string; kind: 'body'; blocks: BlockDiff[] }
  | { field: RevisionField; label: string; kind: 'value'; before: string; after: string };

export type RevisionComparison = {
  revision: RevisionListItem;
  previousId: number | null;
  changes: FieldComparison[];
};

const valueOf: Record<
  Exclude<RevisionField, 'title' | 'dek' | 'body'>,
  (s: RevisionSnapshot) => string
> = {
  photo: (s) => (s.leadPhotoId === null ? 'بلا صورة' : `الصورة رقم ${s.leadPhotoId}`),
  slug: (s) => s.slug,
  category: (s) => s.categorySlug,
  author: (s) => s.authorName,
  tags: (s) => s.tagNames.join('، '),
  status: (s) => s.status,
  publishedAt: (s) => s.publishedAt ?? '—',
};

/** A revision beside the one before it: what that save changed, field by field. */
export async function compareRevision(
  articleId: number,
  revisionId: number,
): Promise<RevisionComparison | null> {
  const row = await newsroomDb.articleRevision.findFirst({ where: { id: revisionId, articleId } });
  if (!row) return null;
  const previous = await newsroomDb.articleRevision.findFirst({
    where: { articleId, OR: [{ at: { lt: row.at } }, { at: row.at, id: { lt: row.id } }] },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
  });
  const after = decodeSnapshot(row.snapshot);
  const before = previous ? decodeSnapshot(previous.snapshot) : null;
  const empty: RevisionSnapshot = {
    ...after,
    title: '',
    dek: '',
    blocks: [],
    slug: '',
    categorySlug: '',
    authorName: '',
    tagNames: [],
    leadPhotoId: null,
  };
  const from = before ?? empty;
  const changes: FieldComparison[] = [];
  for (const field of REVISION_FIELDS) {
    const label = REVISION_FIELD_NAMES[field];
    if (field === 'title' || field === 'dek') {
      if (from[field] !== after[field])
        changes.push({ field, label, kind: 'text', parts: diffText(from[field], after[field]) });
    } else if (field === 'body') {
      if (JSON.stringify(from.blocks) !== JSON.stringify(after.blocks))
        changes.push({ field, label, kind: 'body', blocks: diffBody(from.blocks, after.blocks) });
    } else {
      const [a, b] = [valueOf[field](from), valueOf[field](after)];
      if (a !== b) changes.push({ field, label, kind: 'value', before: a, after: b });
    }
  }
  return {
    revision: {
      id: row.id,
      at: row.at.toISOString(),
      by: row.actorName || 'غير معروف',
      what: describe(row.note, row.changed),
      bytes: row.bytes,
    },
    previousId: previous?.id ?? null,
    changes,
  };
}

/**
 * Restores a revision's content as a new save (and so a new revision): title, dek, body, photo,
 * slug, category, author and tags. Who can see the story (status, publication time) stays as it is
 * now: restoring text never publishes or unpublishes.
 */
export async function restoreRevision(
  user: NewsroomUser,
  articleId: number,
  revisionId: number,
  version: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const [article, row] = await Promise.all([
    newsroomDb.article.findUnique({
      where: { id: articleId },
      select: {
        status: true,
        publishedAt: true,
        createdById: true,
        outlet: true,
        sourceKey: true,
        title: true,
      },
    }),
    newsroomDb.articleRevision.findFirst({ where: { id: revisionId, articleId } }),
  ]);
  if (!article || !row) return { ok: false, error: 'هذه النسخة لم تعد موجودة.' };
  if (!mayEditArticle(user, article)) return { ok: false, error: 'لا يمكنكم تعديل هذا المقال.' };
  const snapshot = decodeSnapshot(row.snapshot);
  const actor = { id: user.id, name: user.name };
  try {
    const result = await saveArticle(
      newsroomDb,
      {
        sourceKey: article.sourceKey,
        title: snapshot.title,
        slug: snapshot.slug,
        dek: snapshot.dek,
        blocks: snapshot.blocks,
        outlet: article.outlet || SITE.name,
        authorName: snapshot.authorName,
        categorySlug: snapshot.categorySlug,
        tagNames: snapshot.tagNames,
        status: article.status,
        publishedAt: article.publishedAt,
        leadPhotoId: snapshot.leadPhotoId,
      },
      { id: articleId, expectedUpdatedAt: version },
      async (tx, saved) => {
        if (saved.outcome !== 'unchanged')
          await recordAudit(tx, actor, 'restored', {
            articleId,
            summary: `${snapshot.title} (النسخة ${revisionId})`,
          });
      },
      { actor, note: restoredNote(revisionId) },
    );
    if (result.outcome !== 'unchanged') await expireArticleChange(result.before, result.after);
    return { ok: true };
  } catch (error) {
    if (error instanceof ArticleConflictError)
      return {
        ok: false,
        error: 'تغيّر المقال بعد فتح هذه الصفحة. أعيدوا فتحها ثم أعيدوا الاستعادة.',
      };
    if (error instanceof ArticleWriteError)
      return {
        ok: false,
        error: `تعذرت استعادة هذه النسخة كما هي (${error.field === 'photo' ? 'صورتها حُذفت من المكتبة أو بلا نص بديل' : error.field === 'slug' ? 'رابطها المختصر صار لمقال آخر' : 'أحد عناصرها لم يعد موجوداً'}).`,
      };
    throw error;
  }
}
