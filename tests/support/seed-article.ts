import { textsOf } from '../../lib/articles/blocks';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../../lib/arabic/slug';
import { countWords } from '../../lib/articles/reading-time';
import type { ArticleView } from '../../lib/articles/types';
import { parseDocumentBytes } from '../../lib/documents/parse';
import { articlePath } from '../../lib/routes';

/** The seeded article as the site's view type, built from the document and manifest themselves. */
export function seedArticleView(): ArticleView {
  const dir = path.join(__dirname, '..', '..', 'prisma', 'seed', 'articles');
  const parsed = parseDocumentBytes(readFileSync(path.join(dir, '000_639dfa3fad1bf5b5.txt')));
  if (!parsed.ok) throw new Error('seed document does not parse');
  const manifest = JSON.parse(readFileSync(path.join(dir, '000_639dfa3fad1bf5b5.json'), 'utf8'));
  const slug = slugify(manifest.title);
  const publishedAt = new Date(manifest.publishedAt).toISOString();
  const { document } = parsed;
  return {
    id: 1,
    slug,
    path: articlePath(1, slug),
    title: manifest.title,
    dek: document.lead,
    publishedAt,
    updatedAt: publishedAt,
    wordCount: countWords([manifest.title, document.lead, ...textsOf(document.blocks)]),
    category: { id: 2, slug: manifest.category, name: manifest.category },
    author: { id: 1, slug: slugify(document.author), name: document.author },
    photo: null,
    bodyPhotos: [],
    revisedAt: null,
    corrections: [],
    outlet: document.outlet,
    blocks: document.blocks,
    tags: (manifest.tags as string[]).map((name, i) => ({ id: i + 1, slug: slugify(name), name })),
  };
}
