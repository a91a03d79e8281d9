import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../arabic/slug';
import type { ArticleInput } from '../publishing/write';
import { formatIssues, parseDocumentBytes } from '../documents/parse';
import { siteOrigin } from '../seo/urls';
import type { PhotoTexts } from '../media/ingest';
import { PhotoError } from '../media/errors';
import { checkUpload } from '../media/process';
import {
  categoriesSchema,
  manifestSchema,
  type ManifestPhoto,
  type SeedCategory,
} from './manifest';

/** A document's photo, read and checked (its bytes are a photo we take) before anything is written. */
export type SeedPhoto = { file: string; bytes: Buffer; texts: PhotoTexts };
export type SeedArticle = ArticleInput & { photo?: SeedPhoto };
export type SeedContent = { categories: SeedCategory[]; articles: SeedArticle[] };

export class SeedError extends Error {}

/**
 * Reads and validates everything before anything is written: a bad document or manifest stops the
 * seed with its file name (and line) and leaves the database untouched.
 */
export async function loadSeedContent(seedDir: string): Promise<SeedContent> {
  const categories = parseJson(
    path.join(seedDir, 'categories.json'),
    await readFile(path.join(seedDir, 'categories.json'), 'utf8'),
    categoriesSchema,
  );
  const articlesDir = path.join(seedDir, 'articles');
  const documents = (await readdir(articlesDir)).filter((name) => name.endsWith('.txt')).sort();
  const articles: SeedArticle[] = [];
  for (const name of documents) {
    articles.push(await loadArticle(articlesDir, name, categories));
  }
  return { categories, articles };
}

export async function loadArticle(
  dir: string,
  name: string,
  categories: SeedCategory[],
): Promise<SeedArticle> {
  const documentPath = path.join(dir, name);
  const parsed = parseDocumentBytes(await readFile(documentPath), { siteOrigin: siteOrigin() });
  if (!parsed.ok) throw new SeedError(formatIssues(documentPath, parsed.errors));

  const manifestPath = documentPath.replace(/\.txt$/, '.json');
  let manifestText: string;
  try {
    manifestText = await readFile(manifestPath, 'utf8');
  } catch {
    throw new SeedError(
      `${manifestPath}: missing manifest (title, category, tags, publishedAt) for ${name}`,
    );
  }
  const manifest = parseJson(manifestPath, manifestText, manifestSchema);
  if (!categories.some((c) => c.slug === manifest.category)) {
    throw new SeedError(
      `${manifestPath}: category «${manifest.category}» is not in categories.json`,
    );
  }
  const { document } = parsed;
  const photo = manifest.photo ? await loadPhoto(dir, manifestPath, manifest.photo) : undefined;
  return {
    ...(photo ? { photo } : {}),
    sourceKey: `seed:${name.replace(/\.txt$/, '')}`,
    title: manifest.title,
    slug: manifest.slug ?? slugify(manifest.title),
    dek: document.lead,
    blocks: document.blocks,
    outlet: document.outlet,
    authorName: document.author,
    categorySlug: manifest.category,
    tagNames: manifest.tags,
    status: 'published',
    publishedAt: new Date(manifest.publishedAt),
  };
}

async function loadPhoto(
  dir: string,
  manifestPath: string,
  photo: ManifestPhoto,
): Promise<SeedPhoto> {
  const file = path.join(dir, photo.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new SeedError(`${manifestPath}: photo.file: ${file} does not exist`);
  }
  try {
    checkUpload(bytes);
  } catch (error) {
    if (error instanceof PhotoError)
      throw new SeedError(`${manifestPath}: photo.file: ${file} is refused (${error.code})`);
    throw error;
  }
  return {
    file,
    bytes,
    texts: {
      alt: photo.alt,
      caption: photo.caption,
      credit: photo.credit,
      focus: { x: photo.focus[0], y: photo.focus[1] },
    },
  };
}

function parseJson<T>(
  file: string,
  text: string,
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`${file}: invalid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new SeedError(`${file}: ${problems}`);
  }
  return result.data;
}
