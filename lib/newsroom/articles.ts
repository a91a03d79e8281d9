import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import { parseBlocks } from '../articles/blocks';
import { serializeBody } from '../documents/body-format';
import { expireArticleChange } from '../publishing/expire-change';
import {
  ArticleConflictError,
  ArticleNotFoundError,
  ArticleWriteError,
  deleteArticle,
  editableSelect,
  saveArticle,
  type ArticleField,
  type ArticleInput,
  type SaveResult,
} from '../publishing/write';
import { recordAudit, type AuditAction } from '../audit/log';
import type { NewsroomUser } from '../auth/session';
import { newsroomDb } from '../db/client';
import { thumbnailUrl } from '../media/urls';
import { photoSelect, toPhotoView } from '../media/view';
import { SITE } from '../site';
import type { FieldErrors, ParsedEditorForm } from './editor-form';
import { displayStatus, type DisplayStatus, type StatusFilter } from './status';
import { mayEditArticle, mayPublish } from '../auth/permissions';
import { closeReview, submitForReview } from './review';

export const ADMIN_PAGE_SIZE = 25;

function statusWhere(filter: StatusFilter, now: Date): Prisma.ArticleWhereInput {
  switch (filter) {
    case 'draft':
      return { status: 'draft', review: null };
    case 'review':
      return { status: 'draft', review: { isNot: null } };
    case 'scheduled':
      return { status: 'published', publishedAt: { gt: now } };
    case 'published':
      return { status: 'published', publishedAt: { lte: now } };
    case 'unpublished':
      return { status: 'unpublished' };
    default:
      return {};
  }
}

export type NewsroomListItem = {
  id: number;
  title: string;
  status: DisplayStatus;
  publishedAt: string | null;
  updatedAt: string;
  category: string;
  author: string;
};

export async function listNewsroomArticles(filters: {
  status: StatusFilter;
  categoryId?: number;
  q?: string;
  page: number;
  /** A contributor's list holds their own articles only. */
  createdById?: string;
}) {
  const now = new Date();
  const where: Prisma.ArticleWhereInput = {
    ...statusWhere(filters.status, now),
    ...(filters.createdById ? { createdById: filters.createdById } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.q ? { title: { contains: filters.q } } : {}),
  };
  const [total, rows] = await Promise.all([
    newsroomDb.article.count({ where }),
    newsroomDb.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
        review: { select: { articleId: true } },
      },
    }),
  ]);
  const items: NewsroomListItem[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: displayStatus(r.status, r.publishedAt, now, r.review !== null),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    category: r.category.name,
    author: r.author.name,
  }));
  return { items, total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export type EditableArticle = {
  id: number;
  version: string;
  title: string;
  slug: string;
  dek: string;
  body: string;
  category: string;
  tags: string;
  author: string;
  publishedAt: string | null;
  status: DisplayStatus;
  photo: EditorPhoto | null;
  /** For the permission check of the page that opens it (lib/auth/permissions.ts). */
  access: { createdById: string | null; status: string; publishedAt: Date | null };
};

/** The lead photo as the editor's picker shows it. */
export type EditorPhoto = { id: number; alt: string; caption: string; thumb: string };

async function editorPhoto(id: number | undefined): Promise<EditorPhoto | null> {
  if (id === undefined) return null;
  const row = await newsroomDb.photo.findUnique({ where: { id }, select: photoSelect });
  if (!row) return null;
  const photo = toPhotoView(row);
  return { id: photo.id, alt: photo.alt, caption: photo.caption, thumb: thumbnailUrl(photo) };
}

export async function getEditableArticle(id: number): Promise<EditableArticle | null> {
  const row = await newsroomDb.article.findUnique({
    where: { id },
    select: {
      ...editableSelect,
      updatedAt: true,
      createdById: true,
      review: { select: { articleId: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.updatedAt.toISOString(),
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    // The body field uses the document format: one block per line, blank lines between them.
    body: serializeBody(parseBlocks(row.body)),
    category: row.category.slug,
    tags: row.tags.map((t) => t.tag.name).join('، '),
    author: row.author.name,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    status: displayStatus(row.status, row.publishedAt, new Date(), row.review !== null),
    photo: await editorPhoto(row.photos[0]?.photoId),
    access: { createdById: row.createdById, status: row.status, publishedAt: row.publishedAt },
  };
}

export async function newsroomChoices() {
  const [categories, authors] = await Promise.all([
    newsroomDb.category.findMany({
      orderBy: { position: 'asc' },
      select: { id: true, slug: true, name: true },
    }),
    newsroomDb.author.findMany({ orderBy: { name: 'asc' }, select: { name: true }, take: 500 }),
  ]);
  return { categories, authors: authors.map((a) => a.name) };
}

export type SaveOutcome =
  | { ok: true; id: number; slug: string; action: AuditAction | null }
  | { ok: false; errors: FieldErrors };

/** Saves the editor form: draft, publish (now or at a future time) or unpublish, then audits and revalidates. */
const NOT_YOURS = 'لا يمكنكم تعديل هذا المقال: المساهم يعدّل مسوداته هو فقط، قبل نشرها.';
const PUBLISH_IS_FOR_EDITORS = 'النشر وسحبه للمحررين: أرسلوا المقال للمراجعة.';

/** What the editor says when the write refuses a field. */
const FIELD_MESSAGES: Record<ArticleField, string> = {
  slug: 'هذا الرابط المختصر مستعمل في مقال آخر.',
  category: 'قسم غير معروف.',
  author: 'اسم الكاتب لا يكوّن رابطاً: استعملوا حروفاً أو أرقاماً.',
  tags: 'أحد الوسوم لا يكوّن رابطاً: استعملوا حروفاً أو أرقاماً.',
  photo: 'الصورة غير موجودة في المكتبة أو بلا نص بديل: أضيفوا النص البديل قبل النشر.',
  body: 'المتن يذكر مقالاً غير موجود.',
};

export async function saveFromEditor(
  user: NewsroomUser,
  stated: ParsedEditorForm,
): Promise<SaveOutcome> {
  const current = stated.id
    ? await newsroomDb.article.findUnique({
        where: { id: stated.id },
        select: {
          status: true,
          publishedAt: true,
          outlet: true,
          sourceKey: true,
          createdById: true,
        },
      })
    : null;
  if (stated.id && !current) return { ok: false, errors: { form: 'هذا المقال لم يعد موجوداً.' } };
  if (current && !mayEditArticle(user, current)) return { ok: false, errors: { form: NOT_YOURS } };
  const publisher = mayPublish(user);
  if (!publisher && (stated.intent === 'publish' || stated.intent === 'unpublish'))
    return { ok: false, errors: { form: PUBLISH_IS_FOR_EDITORS } };
  // A contributor's draft has no publication time: choosing it is part of publishing.
  const form = publisher ? stated : { ...stated, publishAt: null, substantive: false };
  const now = new Date();
  const live = current?.status === 'published' && current.publishedAt && current.publishedAt <= now;
  // «Save» never changes who can see the article: only «publish» and «unpublish» do.
  const status =
    form.intent === 'publish'
      ? 'published'
      : form.intent === 'unpublish'
        ? 'unpublished'
        : (current?.status ?? 'draft');
  const publishedAt =
    form.intent === 'publish'
      ? (form.publishAt ??
        (current?.status === 'published' && current.publishedAt ? current.publishedAt : now))
      : (form.publishAt ?? current?.publishedAt ?? null);
  const input: ArticleInput = {
    sourceKey: current?.sourceKey ?? null,
    title: form.title,
    slug: form.slugValue,
    dek: form.dek,
    blocks: form.blocks,
    outlet: current?.outlet ?? SITE.name,
    authorName: form.author,
    categorySlug: form.category,
    tagNames: form.tags,
    status,
    publishedAt,
    leadPhotoId: form.photo,
    createdById: user.id,
    // Only an update of a story readers already have is one they are told of.
    ...(form.substantive && live && status === 'published' ? { revisedAt: now } : {}),
  };
  try {
    // Submitting is a step of its own even when the text did not change since the last save.
    const actionFor = (result: SaveResult): AuditAction | null =>
      form.intent === 'submit'
        ? 'submitted'
        : result.outcome === 'unchanged'
          ? null
          : form.intent === 'publish'
            ? publishedAt && publishedAt > now
              ? 'scheduled'
              : 'published'
            : form.intent === 'unpublish'
              ? 'unpublished'
              : result.outcome === 'created'
                ? 'created'
                : 'edited';
    const target = form.id ? { id: form.id, expectedUpdatedAt: form.version ?? '' } : undefined;
    // The audit event is part of the change: both are written, or neither.
    const actor = { id: user.id, name: user.name };
    const result = await saveArticle(
      newsroomDb,
      input,
      target,
      async (tx, saved) => {
        const action = actionFor(saved);
        if (action)
          await recordAudit(tx, actor, action, { articleId: saved.id, summary: form.title });
        if (form.intent === 'submit') await submitForReview(tx, saved.id, actor);
        if (form.intent === 'publish') await closeReview(tx, saved.id);
      },
      { actor },
    );
    const action = actionFor(result);
    if (action && action !== 'submitted') await expireArticleChange(result.before, result.after);
    return { ok: true, id: result.id, slug: result.slug, action };
  } catch (error) {
    if (error instanceof ArticleConflictError) {
      return {
        ok: false,
        errors: {
          form: 'عدّل شخص آخر هذا المقال بعد أن فتحتموه. انسخوا تعديلاتكم، ثم أعيدوا فتح المقال لرؤية آخر نسخة.',
        },
      };
    }
    if (error instanceof ArticleNotFoundError)
      return { ok: false, errors: { form: 'هذا المقال لم يعد موجوداً.' } };
    if (error instanceof ArticleWriteError && error.field === 'photo' && error.photoId !== null) {
      // A body photo's problem is the body's; the lead photo's is the picker's.
      const field = error.photoId === form.photo ? 'photo' : 'body';
      return {
        ok: false,
        errors: { [field]: `الصورة رقم ${error.photoId}: ${FIELD_MESSAGES.photo}` },
      };
    }
    if (error instanceof ArticleWriteError && error.field === 'body' && error.photoId !== null)
      return {
        ok: false,
        errors: { body: `المقال رقم ${error.photoId} المذكور في المتن غير موجود.` },
      };
    if (error instanceof ArticleWriteError && error.field)
      return { ok: false, errors: { [error.field]: FIELD_MESSAGES[error.field] } };
    throw error;
  }
}

export async function removeArticle(
  user: NewsroomUser,
  id: number,
  version: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const before = await deleteArticle(newsroomDb, id, version, (tx, deleted) =>
      recordAudit(tx, { id: user.id, name: user.name }, 'deleted', {
        articleId: id,
        summary: deleted.title,
      }),
    );
    await expireArticleChange(before, null);
    return { ok: true };
  } catch (error) {
    if (error instanceof ArticleConflictError)
      return {
        ok: false,
        error: 'تغيّر المقال بعد فتح صفحة الحذف. أعيدوا فتحها وتأكدوا من الحذف مرة أخرى.',
      };
    if (error instanceof ArticleNotFoundError)
      return { ok: false, error: 'هذا المقال لم يعد موجوداً.' };
    throw error;
  }
}
