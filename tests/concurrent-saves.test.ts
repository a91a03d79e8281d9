import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { databaseProvider } from '../lib/db/url';
import {
  ArticleConflictError,
  deleteArticle,
  saveArticle,
  type ArticleInput,
} from '../lib/publishing/write';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

/**
 * Two editors save the same version of an article at the same moment: one save wins, the other is
 * told the article changed, and nothing is lost without anyone knowing. Runs on SQLite in npm test
 * and on PostgreSQL in npm run test:postgres, where a trigger holds each update for 300 ms so both
 * transactions have read the row before either writes (the race a read-then-update check lost).
 */
const input = (title: string): ArticleInput => ({
  sourceKey: null,
  title,
  slug: 'خبر-التزامن',
  dek: 'تمهيد الخبر.',
  blocks: [{ type: 'paragraph', content: [{ text: 'فقرة.' }] }],
  outlet: 'هومبريس',
  authorName: 'كاتب',
  categorySlug: 'أمن',
  tagNames: [],
  status: 'published',
  publishedAt: new Date(Date.now() - 60_000),
});

async function slowUpdates(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      CREATE FUNCTION slow_update() RETURNS trigger AS $$
      BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_update BEFORE UPDATE OR DELETE ON "Article"
      FOR EACH ROW EXECUTE FUNCTION slow_update();`);
  } finally {
    await client.end();
  }
}

describe('concurrent saves of the same version', () => {
  let db: TempDb;
  before(async () => {
    db = await createTempDatabase();
    await db.prisma.category.create({ data: { slug: 'أمن', name: 'أمن' } });
    if (databaseProvider(db.url) === 'postgresql') await slowUpdates(db.url);
  });
  after(() => db.cleanup());

  it('one save wins and the other is refused as a conflict', async () => {
    const created = await saveArticle(db.prisma, input('العنوان الأول'));
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id: created.id } });
    const target = { id: created.id, expectedUpdatedAt: row.updatedAt.toISOString() };
    const results = await Promise.allSettled([
      saveArticle(db.prisma, input('تعديل المحرر أ'), target),
      saveArticle(db.prisma, input('تعديل المحرر ب'), target),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(won.length, 1, JSON.stringify(results));
    assert.equal(refused.length, 1);
    assert.ok((refused[0] as PromiseRejectedResult).reason instanceof ArticleConflictError);
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { id: created.id } });
    const winner = results[0]!.status === 'fulfilled' ? 'تعديل المحرر أ' : 'تعديل المحرر ب';
    assert.equal(stored.title, winner);
  });

  it('a delete of a version another editor just saved over is refused', async () => {
    const created = await saveArticle(db.prisma, { ...input('للحذف'), slug: 'خبر-للحذف' });
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id: created.id } });
    const version = row.updatedAt.toISOString();
    const results = await Promise.allSettled([
      saveArticle(
        db.prisma,
        { ...input('عدّل قبل الحذف'), slug: 'خبر-للحذف' },
        {
          id: created.id,
          expectedUpdatedAt: version,
        },
      ),
      deleteArticle(db.prisma, created.id, version),
    ]);
    assert.equal(
      results.filter((r) => r.status === 'fulfilled').length,
      1,
      JSON.stringify(results),
    );
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.ok(rejected.reason instanceof ArticleConflictError);
  });
});
