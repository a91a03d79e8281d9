import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { saveArticle } from '../lib/publishing/write';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { createTempDb, dumpTables, type TempDb } from './helpers/temp-db';

const seedDir = path.join(__dirname, '..', 'prisma', 'seed');
const TABLES = ['Article', 'Author', 'Category', 'Tag', 'ArticleTag'];

describe('seed', () => {
  let db: TempDb;
  before(() => {
    db = createTempDb();
  });
  after(() => db.cleanup());

  it('imports the seed article with its author, category and tags', async () => {
    const results = await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['created'],
    );
    const article = await db.prisma.article.findFirstOrThrow({
      include: { author: true, category: true, tags: { include: { tag: true } } },
    });
    assert.equal(article.author.name, 'ج السماوي');
    assert.equal(article.outlet, 'هومبريس');
    assert.equal(article.category.slug, 'أمن');
    assert.equal(article.tags.length, 5);
    assert.equal(article.status, 'published');
    assert.equal(article.publishedAt?.toISOString(), '2026-11-26T10:20:00.000Z');
    assert.equal(article.updatedAt.toISOString(), article.publishedAt?.toISOString());
  });

  it('is idempotent: a second run leaves exactly the same rows', async () => {
    const first = dumpTables(db.file, TABLES);
    const results = await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['unchanged'],
    );
    assert.deepEqual(dumpTables(db.file, TABLES), first);
  });
});

describe('seed with a malformed document', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'seed-bad-'));
    cpSync(seedDir, dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'articles', '001_bad.txt'),
      '\nهومبريس بدون فاصل\nتمهيد.\nفقرة.\n',
    );
    writeFileSync(
      path.join(dir, 'articles', '001_bad.json'),
      JSON.stringify({
        title: 'عنوان تجريبي طويل بما يكفي',
        category: 'أمن',
        tags: [],
        publishedAt: '2026-11-26T10:00:00+01:00',
      }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file and line and writes nothing', async () => {
    const db = createTempDb();
    try {
      await assert.rejects(
        async () => writeSeedContent(db.prisma, await loadSeedContent(dir)),
        (error: Error) => error.message.includes('001_bad.txt:2: byline'),
      );
      assert.deepEqual(dumpTables(db.file, ['Article', 'Author', 'Category']), {
        Article: [],
        Author: [],
        Category: [],
      });
    } finally {
      await db.cleanup();
    }
  });

  it('rejects a manifest with an unknown category', async () => {
    writeFileSync(path.join(dir, 'articles', '001_bad.txt'), 'منبر – كاتب\nتمهيد.\nفقرة.\n');
    writeFileSync(
      path.join(dir, 'articles', '001_bad.json'),
      JSON.stringify({
        title: 'عنوان تجريبي طويل بما يكفي',
        category: 'طقس',
        tags: [],
        publishedAt: '2026-11-26T10:00:00+01:00',
      }),
    );
    await assert.rejects(loadSeedContent(dir), /001_bad\.json: category «طقس»/);
  });
});

describe('saveArticle', () => {
  it('rolls back the author and tags it created when the article itself cannot be written', async () => {
    const db = createTempDb();
    try {
      const [seeded] = await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
      const before = dumpTables(db.file, TABLES);
      // The slug clash is only found after the new author and tag rows were written.
      await assert.rejects(
        saveArticle(db.prisma, {
          sourceKey: 'test:rollback',
          title: 'عنوان آخر',
          slug: seeded!.slug,
          dek: 'تمهيد.',
          blocks: [{ type: 'paragraph', text: 'فقرة.' }],
          outlet: 'هومبريس',
          authorName: 'كاتب جديد',
          categorySlug: 'أمن',
          tagNames: ['وسم جديد'],
          status: 'published',
          publishedAt: new Date(),
        }),
        /already used by article/,
      );
      assert.deepEqual(dumpTables(db.file, TABLES), before);
    } finally {
      await db.cleanup();
    }
  });
});
