import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../arabic/slug';
import type { ArticleInput } from '../publishing/write';
import { formatIssues, parseDocumentBytes } from '../documents/parse';
import { categoriesSchema, manifestSchema, type SeedCategory } from './manifest';

export type SeedContent = { categories: SeedCategory[]; articles: ArticleInput[] };

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
  const articles: ArticleInput[] = [];
  for (const name of documents) {
    articles.push(await loadArticle(articlesDir, name, categories));
  }
  return { categories, articles };
}

async function loadArticle(
  dir: string,
  name: string,
  categories: SeedCategory[],
): Promise<ArticleInput> {
  const documentPath = path.join(dir, name);
  const parsed = parseDocumentBytes(await readFile(documentPath));
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
  return {
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
