import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../../generated/prisma/client';
import { slugify } from '../arabic/slug';
import { saveArticleInTransaction, type SaveResult } from '../publishing/write';
import { recordAudit, type Actor } from '../audit/log';
import { formatIssues, parseDocumentBytes } from '../documents/parse';
import { siteOrigin } from '../seo/urls';
import { truncateAtWord } from '../seo/text';
import { PhotoError } from '../media/errors';
import { preparePhoto, recordPhoto, type PreparedPhoto } from '../media/ingest';
import { loadArticle, SeedError, type SeedArticle } from '../seed/load';

export type ImportOutcome =
  | { name: string; outcome: 'imported'; id: number; title: string; result: SaveResult }
  | { name: string; outcome: 'duplicate'; id: number }
  | { name: string; outcome: 'failed'; errors: string[] };

export const MAX_IMPORT_FILES = 50;

/** The same text with or without a BOM, in CRLF or LF, is the same document. */
export function documentFingerprint(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Imports one document in the seed's format as a draft, in one transaction (article, author, tags,
 * search entry and audit event together, or nothing). The headline is provisional, taken from the
 * lead: documents carry none, and an editor writes it before publishing.
 */
export async function importDocument(
  db: PrismaClient,
  name: string,
  bytes: Uint8Array,
  options: { categorySlug: string; actor: Actor },
): Promise<ImportOutcome> {
  const parsed = parseDocumentBytes(bytes, { siteOrigin: siteOrigin() });
  if (!parsed.ok)
    return { name, outcome: 'failed', errors: formatIssues(name, parsed.errors).split('\n') };
  const sourceKey = `import:${documentFingerprint(bytes)}`;
  const existing = await db.article.findUnique({ where: { sourceKey }, select: { id: true } });
  if (existing) return { name, outcome: 'duplicate', id: existing.id };

  const { document } = parsed;
  const firstSentence = document.lead.split(/(?<=[.!؟?])\s/)[0] ?? document.lead;
  const title = truncateAtWord(firstSentence, 100);
  try {
    const result = await db.$transaction(async (tx) => {
      const slug = await freeSlug(tx, slugify(title) || 'مقال');
      const saved = await saveArticleInTransaction(
        tx,
        {
          sourceKey,
          title,
          slug,
          dek: document.lead,
          blocks: document.blocks,
          outlet: document.outlet,
          authorName: document.author,
          categorySlug: options.categorySlug,
          tagNames: [],
          status: 'draft',
          publishedAt: null,
          createdById: options.actor.id,
        },
        undefined,
        { actor: options.actor },
      );
      await recordAudit(tx, options.actor, 'imported', { articleId: saved.id, summary: name });
      return saved;
    });
    return { name, outcome: 'imported', id: result.id, title, result };
  } catch (error) {
    return { name, outcome: 'failed', errors: [`${name}: ${(error as Error).message}`] };
  }
}

/**
 * Imports a document with its manifest beside it (`name.json`: headline, section, tags, time and
 * optionally a photo, as the seed's): a draft, or with `publish` published at the manifest's time.
 * Everything is checked first (document, manifest, photo file) and a refusal names the file and
 * the field; the photo's files are stored before the transaction and its row written inside it.
 */
export async function importWithManifest(
  db: PrismaClient,
  dir: string,
  name: string,
  options: { publish: boolean; actor: Actor },
): Promise<ImportOutcome> {
  const categories = await db.category.findMany({
    select: { slug: true, name: true, description: true },
  });
  let article: SeedArticle;
  try {
    article = await loadArticle(dir, name, categories);
  } catch (error) {
    if (error instanceof SeedError) return { name, outcome: 'failed', errors: [error.message] };
    throw error;
  }
  const sourceKey = `import:${documentFingerprint(await readFile(path.join(dir, name)))}`;
  const existing = await db.article.findUnique({ where: { sourceKey }, select: { id: true } });
  if (existing) return { name, outcome: 'duplicate', id: existing.id };
  let prepared: PreparedPhoto | null = null;
  if (article.photo) {
    try {
      prepared = await preparePhoto(db, article.photo.bytes, article.photo.texts);
    } catch (error) {
      if (error instanceof PhotoError)
        return {
          name,
          outcome: 'failed',
          errors: [`${article.photo.file}: photo.file: ${error.message}`],
        };
      throw error;
    }
  }
  try {
    const result = await db.$transaction(async (tx) => {
      const photo = prepared ? await recordPhoto(tx, prepared, options.actor) : null;
      const saved = await saveArticleInTransaction(
        tx,
        {
          ...article,
          sourceKey,
          slug: await freeSlug(tx, article.slug),
          status: options.publish ? 'published' : 'draft',
          publishedAt: options.publish ? article.publishedAt : null,
          leadPhotoId: photo?.photo.id ?? null,
          createdById: options.actor.id,
        },
        undefined,
        { actor: options.actor },
      );
      await recordAudit(tx, options.actor, options.publish ? 'published' : 'imported', {
        articleId: saved.id,
        summary: name,
      });
      return saved;
    });
    return { name, outcome: 'imported', id: result.id, title: article.title, result };
  } catch (error) {
    return { name, outcome: 'failed', errors: [`${name}: ${(error as Error).message}`] };
  }
}

async function freeSlug(tx: Pick<PrismaClient, 'article'>, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } })))
      return candidate;
  }
}
