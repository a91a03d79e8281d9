import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { slugify } from '../arabic/slug';
import { searchEngine } from '../search/current';
import { articleTerms } from '../search/indexable';
import { articleIdsOf, mapTexts, photoIdsOf, textsOf, type Block } from '../articles/blocks';
import { countWords } from '../articles/reading-time';
import { keepBaselineIfNone, keepRevision, type RevisionBy } from '../revisions/keep';
import type { RevisionSnapshot } from '../revisions/snapshot';
import { cleanText } from '../text/clean';
import { editableSelect } from '../articles/editable';

export type ArticleStatus = 'draft' | 'published' | 'unpublished';

export type ArticleInput = {
  /** Where the article came from (seed file name, import hash); re-saving the same source updates it. */
  sourceKey: string | null;
  title: string;
  slug: string;
  dek: string;
  blocks: Block[];
  outlet: string;
  authorName: string;
  categorySlug: string;
  tagNames: string[];
  status: ArticleStatus;
  publishedAt: Date | null;
  /** The photo at the head of the story (media library id); a published story's needs alt text. */
  leadPhotoId?: number | null;
  /** Set by a substantive update («آخر تحديث»); left as stored when absent. */
  revisedAt?: Date;
  /** The newsroom account creating the article (ignored on an update). */
  createdById?: string | null;
};

/**
 * What a change touches, for cache revalidation: the article, every listing it is on, and the
 * slugs of the tags and author it created.
 */
export type ArticleCacheKeys = {
  id: number;
  slug: string;
  categoryId: number;
  authorId: number;
  tagIds: number[];
  created?: { tags: string[]; author?: string };
  /** The stems of its searchable text (lib/search/document.ts): the searches it can appear in. */
  terms?: string[];
};

export type SaveResult = {
  id: number;
  slug: string;
  outcome: 'created' | 'updated' | 'unchanged';
  before: ArticleCacheKeys | null;
  after: ArticleCacheKeys;
};

/** An edit of a known article, based on the version the editor loaded (its updatedAt). */
export type EditTarget = { id: number; expectedUpdatedAt: string };

type Tx = Prisma.TransactionClient;

/** The input field a refused write concerns, so each caller can say it in its own words. */
export type ArticleField = 'slug' | 'category' | 'author' | 'tags' | 'photo' | 'body';

export class ArticleWriteError extends Error {
  constructor(
    message: string,
    readonly field: ArticleField | null = null,
    /** The photo a refusal of the `photo` field is about, or the article one of `body` names. */
    readonly photoId: number | null = null,
  ) {
    super(message);
  }
}
/** The article changed since the editor loaded it: saving would overwrite someone else's work. */
export class ArticleConflictError extends ArticleWriteError {}
export class ArticleNotFoundError extends ArticleWriteError {}

/** More rows that belong to the same change (an audit event), written inside its transaction. */
export type AlsoWrite<T> = (tx: Tx, result: T) => Promise<void>;

/**
 * Creates or updates an article with its author and tags in one transaction: either every row is
 * written or none is. Saving identical content changes nothing (not even updatedAt), so the seed
 * can run any number of times.
 */
export async function saveArticle(
  db: PrismaClient,
  input: ArticleInput,
  target?: EditTarget,
  alsoWrite?: AlsoWrite<SaveResult>,
  revision?: RevisionBy,
): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const result = await saveArticleInTransaction(tx, input, target, revision);
    await alsoWrite?.(tx, result);
    return result;
  });
}

export async function saveArticleInTransaction(
  tx: Tx,
  stated: ArticleInput,
  target?: EditTarget,
  /** Newsroom saves keep a revision (lib/revisions/); the seed's do not. */
  revision?: RevisionBy,
): Promise<SaveResult> {
  const input = cleanInput(stated);
  const category = await tx.category.findUnique({
    where: { slug: input.categorySlug },
    select: { id: true },
  });
  if (!category)
    throw new ArticleWriteError(`unknown category «${input.categorySlug}»`, 'category');

  const leadPhotoId = input.leadPhotoId ?? null;
  const bodyPhotoIds = photoIdsOf(input.blocks);
  await checkPhotos(tx, [...(leadPhotoId ? [leadPhotoId] : []), ...bodyPhotoIds], input.status);
  await checkLinkedArticles(tx, articleIdsOf(input.blocks));
  const author = await ensureAuthor(tx, input.authorName);
  const tags = await ensureTags(tx, input.tagNames);
  const authorId = author.id;
  const tagIds = tags.ids;
  const createdSlugs =
    author.created || tags.created.length
      ? { tags: tags.created, ...(author.created ? { author: author.slug } : {}) }
      : undefined;
  const data = {
    slug: input.slug,
    title: input.title,
    dek: input.dek,
    body: input.blocks,
    status: input.status,
    publishedAt: input.publishedAt,
    outlet: input.outlet,
    wordCount: countWords([input.title, input.dek, ...textsOf(input.blocks)]),
    authorId,
    categoryId: category.id,
    ...(input.revisedAt ? { revisedAt: input.revisedAt } : {}),
  };

  const existing = target
    ? await tx.article.findUnique({
        where: { id: target.id },
        select: { id: true, updatedAt: true, ...comparableSelect },
      })
    : input.sourceKey
      ? await tx.article.findUnique({
          where: { sourceKey: input.sourceKey },
          select: { id: true, updatedAt: true, ...comparableSelect },
        })
      : null;
  if (target && !existing) throw new ArticleNotFoundError(`article ${target.id} does not exist`);
  if (target && existing && existing.updatedAt.toISOString() !== target.expectedUpdatedAt) {
    throw new ArticleConflictError(
      `article ${target.id} changed since version ${target.expectedUpdatedAt}`,
    );
  }
  const slugOwner = await tx.article.findUnique({
    where: { slug: input.slug },
    select: { id: true },
  });
  if (slugOwner && slugOwner.id !== existing?.id) {
    throw new ArticleWriteError(
      `slug «${input.slug}» is already used by article ${slugOwner.id}`,
      'slug',
    );
  }

  const after = async (id: number): Promise<ArticleCacheKeys> => ({
    id,
    slug: data.slug,
    categoryId: data.categoryId,
    authorId,
    tagIds,
    ...(createdSlugs ? { created: createdSlugs } : {}),
    terms: await articleTerms(tx, id),
  });
  if (!existing) {
    const created = await tx.article.create({
      // An imported article that was published in the past has not been modified since then.
      data: {
        ...data,
        sourceKey: input.sourceKey,
        createdById: input.createdById ?? null,
        updatedAt: pastOrUndefined(input.publishedAt),
      },
      select: { id: true, slug: true },
    });
    await replaceTags(tx, created.id, tagIds, data);
    await replacePhotos(tx, created.id, leadPhotoId, input.blocks);
    if (revision)
      await keepRevision(tx, created.id, snapshotOf(input), { note: 'created', ...revision });
    await searchEngine.refreshArticles(tx, [created.id]);
    return { ...created, outcome: 'created', before: null, after: await after(created.id) };
  }

  const before = await storedCacheKeys(tx, existing);
  const storedLead = existing.photos.find((p) => p.lead)?.photoId ?? null;
  if (
    sameContent(existing, data) &&
    sameList(before.tagIds, tagIds) &&
    storedLead === leadPhotoId
  ) {
    return { id: existing.id, slug: existing.slug, outcome: 'unchanged', before, after: before };
  }
  if (revision) await keepBaselineIfNone(tx, existing.id);
  // The version check is part of the update itself: two saves of the same version cannot both
  // pass a read made before either wrote (PostgreSQL re-reads the row once the first commits).
  const { count } = await tx.article.updateMany({
    where: { id: existing.id, ...(target ? { updatedAt: existing.updatedAt } : {}) },
    data,
  });
  if (count === 0)
    throw new ArticleConflictError(`article ${existing.id} changed while it was being saved`);
  const updated = { id: existing.id, slug: data.slug };
  await replaceTags(tx, updated.id, tagIds, data);
  await replacePhotos(tx, updated.id, leadPhotoId, input.blocks);
  if (revision) await keepRevision(tx, updated.id, snapshotOf(input), revision);
  // The triggers queued this article; index it in the same transaction as the change itself.
  await searchEngine.refreshArticles(tx, [updated.id]);
  return { ...updated, outcome: 'updated', before, after: await after(updated.id) };
}

/** Every photo a story names must exist, and carry alt text before the story is published. */
async function checkPhotos(tx: Tx, ids: number[], status: ArticleStatus): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.photo.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, alt: true },
  });
  const byId = new Map(found.map((p) => [p.id, p]));
  for (const id of ids) {
    const photo = byId.get(id);
    if (!photo) throw new ArticleWriteError(`photo ${id} does not exist`, 'photo', id);
    if (status === 'published' && photo.alt.trim() === '')
      throw new ArticleWriteError(`photo ${id} has no alt text`, 'photo', id);
  }
}

/** Links and related cards name our articles by id: each must exist (published or not yet). */
async function checkLinkedArticles(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set(
    (await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
      (a) => a.id,
    ),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined)
    throw new ArticleWriteError(
      `article ${missing} named in the body does not exist`,
      'body',
      missing,
    );
}

/** Where the story's photos are used: the lead first, then the body's in order, each once. */
async function replacePhotos(
  tx: Tx,
  articleId: number,
  leadPhotoId: number | null,
  blocks: Block[],
): Promise<void> {
  await tx.articlePhoto.deleteMany({ where: { articleId } });
  const body = photoIdsOf(blocks).filter((id) => id !== leadPhotoId);
  const rows = [
    ...(leadPhotoId !== null ? [{ photoId: leadPhotoId, lead: true }] : []),
    ...body.map((photoId) => ({ photoId, lead: false })),
  ];
  if (rows.length)
    await tx.articlePhoto.createMany({
      data: rows.map((row, position) => ({ articleId, ...row, position })),
    });
}

/** The article as this save states it, for its revision. */
function snapshotOf(input: ArticleInput): RevisionSnapshot {
  return {
    title: input.title,
    slug: input.slug,
    dek: input.dek,
    blocks: input.blocks,
    categorySlug: input.categorySlug,
    authorName: input.authorName,
    tagNames: input.tagNames,
    leadPhotoId: input.leadPhotoId ?? null,
    status: input.status,
    publishedAt: input.publishedAt?.toISOString() ?? null,
  };
}

/** Every text field through the one cleaning stored text gets (lib/text/clean.ts). */
function cleanInput(input: ArticleInput): ArticleInput {
  return {
    ...input,
    title: cleanText(input.title),
    dek: cleanText(input.dek),
    outlet: cleanText(input.outlet),
    authorName: cleanText(input.authorName),
    tagNames: input.tagNames.map(cleanText),
    blocks: mapTexts(input.blocks, cleanText),
  };
}

type StoredKeys = {
  id: number;
  slug: string;
  categoryId: number;
  authorId: number;
  tags: { tagId: number }[];
};

/** The cache keys of an article as stored, with the words of its searchable text there. */
export async function storedCacheKeys(
  db: Parameters<typeof articleTerms>[0],
  row: StoredKeys,
): Promise<ArticleCacheKeys> {
  return {
    id: row.id,
    slug: row.slug,
    categoryId: row.categoryId,
    authorId: row.authorId,
    tagIds: row.tags.map((t) => t.tagId),
    terms: await articleTerms(db, row.id),
  };
}

/** Deletes an article (its tags go with it), refusing if it changed since `expectedUpdatedAt`. */
export async function deleteArticle(
  db: PrismaClient,
  id: number,
  expectedUpdatedAt: string,
  alsoWrite?: AlsoWrite<ArticleCacheKeys & { title: string }>,
): Promise<ArticleCacheKeys> {
  return db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        title: true,
        updatedAt: true,
        categoryId: true,
        authorId: true,
        tags: { select: { tagId: true } },
      },
    });
    if (!existing) throw new ArticleNotFoundError(`article ${id} does not exist`);
    if (existing.updatedAt.toISOString() !== expectedUpdatedAt)
      throw new ArticleConflictError(`article ${id} changed`);
    // Read before the delete: its words go with the article.
    const keys = await storedCacheKeys(tx, existing);
    const { count } = await tx.article.deleteMany({ where: { id, updatedAt: existing.updatedAt } });
    if (count === 0)
      throw new ArticleConflictError(`article ${id} changed while it was being deleted`);
    await alsoWrite?.(tx, { ...keys, title: existing.title });
    return keys;
  });
}

export { editableSelect };

const comparableSelect = {
  slug: true,
  title: true,
  dek: true,
  body: true,
  status: true,
  publishedAt: true,
  outlet: true,
  wordCount: true,
  authorId: true,
  categoryId: true,
  tags: { select: { tagId: true }, orderBy: { position: 'asc' } },
  photos: { select: { photoId: true, lead: true } },
} as const satisfies Prisma.ArticleSelect;

type ComparableData = {
  slug: string;
  title: string;
  dek: string;
  body: unknown;
  status: string;
  publishedAt: Date | null;
  outlet: string;
  wordCount: number;
  authorId: number;
  categoryId: number;
};

function sameContent(current: ComparableData, next: ComparableData): boolean {
  return (
    current.slug === next.slug &&
    current.title === next.title &&
    current.dek === next.dek &&
    JSON.stringify(current.body) === JSON.stringify(next.body) &&
    current.status === next.status &&
    current.publishedAt?.getTime() === next.publishedAt?.getTime() &&
    current.outlet === next.outlet &&
    current.wordCount === next.wordCount &&
    current.authorId === next.authorId &&
    current.categoryId === next.categoryId
  );
}

function pastOrUndefined(date: Date | null): Date | undefined {
  return date && date.getTime() < Date.now() ? date : undefined;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

// Whether a tag or author is new matters to the caches: a lookup of its slug may have been cached
// as «not found». Upsert after the lookup keeps a concurrent creation from failing the write.
async function ensureAuthor(
  tx: Tx,
  name: string,
): Promise<{ id: number; slug: string; created: boolean }> {
  const slug = slugify(name);
  if (!slug) throw new ArticleWriteError(`author name «${name}» gives an empty slug`, 'author');
  const existing = await tx.author.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return { id: existing.id, slug, created: false };
  const author = await tx.author.upsert({
    where: { slug },
    create: { slug, name },
    update: {},
    select: { id: true },
  });
  return { id: author.id, slug, created: true };
}

async function ensureTags(
  tx: Tx,
  names: readonly string[],
): Promise<{ ids: number[]; created: string[] }> {
  const ids: number[] = [];
  const created: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) throw new ArticleWriteError(`tag «${name}» gives an empty slug`, 'tags');
    let tag = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    if (!tag) {
      tag = await tx.tag.upsert({
        where: { slug },
        create: { slug, name },
        update: {},
        select: { id: true },
      });
      created.push(slug);
    }
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return { ids, created };
}

async function replaceTags(
  tx: Tx,
  articleId: number,
  tagIds: readonly number[],
  article: { status: ArticleStatus; publishedAt: Date | null },
): Promise<void> {
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length === 0) return;
  await tx.articleTag.createMany({
    data: tagIds.map((tagId, position) => ({
      articleId,
      tagId,
      position,
      status: article.status,
      publishedAt: article.publishedAt,
    })),
  });
}
