import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../lib/arabic/slug';
import { plainOf } from '../../lib/articles/blocks';
import { parseDocumentBytes } from '../../lib/documents/parse';
import { articlePath, authorPath, categoryFeedPath, categoryPath, tagPath } from '../../lib/routes';

/** Expectations come from the seed document and its manifest themselves, not from copies. */
const dir = path.join(__dirname, '..', '..', 'prisma', 'seed', 'articles');
const name = '000_639dfa3fad1bf5b5';
const parsed = parseDocumentBytes(readFileSync(path.join(dir, `${name}.txt`)));
if (!parsed.ok) throw new Error(`seed document does not parse: ${JSON.stringify(parsed.errors)}`);
const manifest = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as {
  title: string;
  category: string;
  tags: string[];
  publishedAt: string;
};

export const seedDocument = parsed.document;
export const seedArticle = {
  id: 1,
  title: manifest.title,
  slug: slugify(manifest.title),
  path: articlePath(1, slugify(manifest.title)),
  categoryPath: categoryPath(manifest.category),
  categoryFeedPath: categoryFeedPath(manifest.category, 'rss'),
  tagPath: tagPath(slugify(manifest.tags[0]!)),
  authorPath: authorPath(slugify(parsed.document.author)),
  headings: parsed.document.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])),
  paragraphs: parsed.document.blocks.flatMap((b) =>
    b.type === 'paragraph' ? [plainOf(b.content)] : [],
  ),
  publishedAt: manifest.publishedAt,
};
