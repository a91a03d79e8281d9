/**
 * Builds a database of SYNTHETIC articles for benchmarks (never the default seed):
 *   npx tsx scripts/bench/synthetic/generate.ts --articles 100000 --database file:./data/bench.db
 * It migrates a fresh database, runs the normal seed (categories and the real article), then adds
 * N synthetic articles spread over the categories, 80 tags, 24 authors and two years of dates, and
 * a library of generated photos of which most articles lead with one (image markup, image
 * sitemaps). The photos' files go to SYNTHETIC_MEDIA_URL, which the bench servers are given.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { databaseProvider } from '../../../lib/db/url';
import { parseArgs } from 'node:util';
import { slugify } from '../../../lib/arabic/slug';
import type { Prisma } from '../../../generated/prisma/client';
import { textsOf } from '../../../lib/articles/blocks';
import { countWords } from '../../../lib/articles/reading-time';
import { createPrismaClient, type PrismaClient } from '../../../lib/db/client';
import { ingestPhoto } from '../../../lib/media/ingest';
import { generatedPhoto } from '../../media/generated-photo';
import { loadSeedContent } from '../../../lib/seed/load';
import { writeSeedContent } from '../../../lib/seed/run';
import {
  authorName,
  random,
  SYNTHETIC_AUTHORS,
  SYNTHETIC_OUTLET,
  SYNTHETIC_TAGS,
  syntheticArticle,
  tagName,
} from './corpus';
import { searchEngine } from '../../../lib/search/current';
import { progress } from './progress';

const BATCH = 1000;

/** Where the synthetic photos' files are kept (never the site's own data/media). */
export const SYNTHETIC_MEDIA_URL = 'file:./data/bench-media';
/** Distinct photos: each is processed for real (a few seconds), then shared by many articles. */
const SYNTHETIC_PHOTOS = 16;
// Set when this module loads, before anything reads the environment: the generation stores the
// photos there, and every bench server (started with this process's environment) serves them.
process.env.MEDIA_STORAGE_URL = SYNTHETIC_MEDIA_URL;
/** Articles with a lead photo: most, as on a real news site (briefs and wire copy go without). */
const WITH_PHOTO = 0.85;

export type GenerateOptions = {
  articles: number;
  database: string;
  seed?: number;
  quiet?: boolean;
};

export async function generateSyntheticDatabase({
  articles,
  database,
  seed = 2030,
  quiet = false,
}: GenerateOptions) {
  const sqlite = databaseProvider(database) === 'sqlite';
  const file = database.replace(/^file:/, '');
  // A PostgreSQL database is expected empty (a fresh one, as npm run bench -- --postgres makes).
  if (sqlite)
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${file}${suffix}`, { force: true });
  const env = { ...process.env, DATABASE_URL: database };
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env,
    stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'],
  });

  const db = createPrismaClient(database);
  const started = performance.now();
  try {
    await writeSeedContent(db, await loadSeedContent(path.join(process.cwd(), 'prisma', 'seed')));
    const categories = await db.category.findMany({
      orderBy: { position: 'asc' },
      select: { id: true },
    });
    const authors: { id: number }[] = [];
    for (let i = 0; i < SYNTHETIC_AUTHORS; i++) {
      authors.push(
        await db.author.create({
          data: {
            slug: slugify(authorName(i)),
            name: authorName(i),
            bio: 'حساب تجريبي لقياس الأداء.',
          },
          select: { id: true },
        }),
      );
    }
    const tags: { id: number }[] = [];
    for (let i = 0; i < SYNTHETIC_TAGS; i++) {
      tags.push(
        await db.tag.create({
          data: { slug: slugify(tagName(i)), name: tagName(i) },
          select: { id: true },
        }),
      );
    }

    const photos = await syntheticPhotos(db, quiet);

    const firstId = ((await db.article.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
    const rand = random(seed);
    const end = new Date();
    const bar = quiet ? null : progress('synthetic articles', articles);
    for (let offset = 0; offset < articles; offset += BATCH) {
      const rows: Prisma.ArticleCreateManyInput[] = [];
      const links: Prisma.ArticleTagCreateManyInput[] = [];
      const leads: Prisma.ArticlePhotoCreateManyInput[] = [];
      for (let i = offset; i < Math.min(articles, offset + BATCH); i++) {
        const a = syntheticArticle(i, articles, categories.length, end, rand);
        const id = firstId + i;
        rows.push({
          id,
          slug: a.slug,
          title: a.title,
          dek: a.dek,
          body: a.blocks,
          status: 'published',
          publishedAt: a.publishedAt,
          createdAt: a.publishedAt,
          updatedAt: a.publishedAt,
          outlet: SYNTHETIC_OUTLET,
          sourceKey: `synthetic:${seed}:${i}`,
          wordCount: countWords([a.title, a.dek, ...textsOf(a.blocks)]),
          authorId: authors[a.authorIndex]!.id,
          categoryId: categories[a.categoryIndex]!.id,
        });
        if (rand() < WITH_PHOTO)
          leads.push({
            articleId: id,
            photoId: photos[Math.floor(rand() * photos.length)]!,
            lead: true,
            position: 0,
          });
        a.tagIndexes.forEach((t, position) =>
          links.push({
            articleId: id,
            tagId: tags[t]!.id,
            position,
            status: 'published',
            publishedAt: a.publishedAt,
          }),
        );
      }
      await db.$transaction([
        db.article.createMany({ data: rows }),
        db.articleTag.createMany({ data: links }),
        db.articlePhoto.createMany({ data: leads }),
      ]);
      bar?.tick(Math.min(articles, offset + BATCH));
    }
    bar?.done();
    // Ids were given explicitly: PostgreSQL's sequence must continue after them.
    if (!sqlite)
      await db.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"Article"', 'id'), (SELECT max("id") FROM "Article"))`,
      );
    const indexBar = quiet ? null : progress('search index', articles + 1);
    let indexed = 0;
    while ((await searchEngine.pending(db)) > 0) {
      indexed += await searchEngine.refresh(db, 5000);
      indexBar?.tick(Math.min(indexed, articles + 1));
    }
    indexBar?.done();
    // Planner statistics for the new data, as a long-running database would have them.
    await db.$executeRawUnsafe('ANALYZE');
    const bytes = sqlite
      ? statSync(file).size
      : Number(
          (
            await db.$queryRawUnsafe<{ size: bigint }[]>(
              'SELECT pg_database_size(current_database()) AS size',
            )
          )[0]!.size,
        );
    return { seconds: (performance.now() - started) / 1000, bytes };
  } finally {
    await db.$disconnect();
  }
}

/** The photo library of the corpus: generated pictures, processed and stored as uploads are. */
async function syntheticPhotos(db: PrismaClient, quiet: boolean): Promise<number[]> {
  const bar = quiet ? null : progress('synthetic photos', SYNTHETIC_PHOTOS);
  const ids: number[] = [];
  for (let i = 0; i < SYNTHETIC_PHOTOS; i++) {
    const landscape = i % 4 !== 3;
    const bytes = await generatedPhoto({
      width: landscape ? 2000 : 1334,
      height: landscape ? 1334 : 2000,
      seed: 500 + i,
    });
    const { photo } = await ingestPhoto(db, bytes, SYNTHETIC_ACTOR, {
      alt: `صورة تجريبية رقم ${i + 1} لقياس الأداء`,
      caption: `تعليق تجريبي على الصورة ${i + 1}.`,
      credit: 'تصوير: هومبريس (تجريبي)',
      focus: { x: 0.3 + (i % 5) * 0.1, y: 0.4 },
    });
    ids.push(photo.id);
    bar?.tick(i + 1);
  }
  bar?.done();
  return ids;
}

const SYNTHETIC_ACTOR = { id: null, name: 'مولّد المقالات التجريبية' };

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      database: { type: 'string', default: 'file:./data/bench.db' },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error('--articles must be a positive integer');
  const result = await generateSyntheticDatabase({ articles, database: values.database! });
  console.log(
    `generated ${articles} synthetic articles in ${result.seconds.toFixed(1)} s; database ${(result.bytes / 1e6).toFixed(1)} MB (${values.database})`,
  );
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
