import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { deleteArticle, saveArticle } from '../lib/publishing/write';
import { updateSeedArticles } from '../lib/seed/update';
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
      ['kept'],
    );
    assert.deepEqual(dumpTables(db.file, TABLES), first);
  });
});

/** What `npm start` runs on every start: `prisma db seed`, as a command, on a real file. */
function seedCommand(url: string): string {
  const run = spawnSync('node_modules/.bin/prisma', ['db', 'seed'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH}`,
    },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('seeding never overwrites the newsroom', () => {
  let db: TempDb;
  before(() => {
    db = createTempDb();
  });
  after(() => db.cleanup());

  it('keeps an unpublished and edited seed article, and a deleted one stays deleted, across restarts', async () => {
    seedCommand(db.url);
    const seeded = await db.prisma.article.findFirstOrThrow({
      select: { id: true, updatedAt: true },
    });
    const content = await loadSeedContent(seedDir);
    const document = content.articles[0]!;
    const edited = await saveArticle(
      db.prisma,
      { ...document, title: 'عنوان عدّله المحرر بعد الاستيراد', status: 'unpublished' },
      { id: seeded.id, expectedUpdatedAt: seeded.updatedAt.toISOString() },
    );
    const before = dumpTables(db.file, TABLES);
    assert.match(seedCommand(db.url), /kept/);
    assert.deepEqual(dumpTables(db.file, TABLES), before);
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: edited.id } });
    assert.equal(article.status, 'unpublished');
    assert.equal(article.title, 'عنوان عدّله المحرر بعد الاستيراد');

    await deleteArticle(db.prisma, article.id, article.updatedAt.toISOString());
    assert.match(seedCommand(db.url), /kept \(deleted in the newsroom\)/);
    assert.equal(await db.prisma.article.count(), 0);
  });

  it('counts the articles of a database seeded before the ledger as imported', async () => {
    const legacy = createTempDb();
    try {
      await writeSeedContent(legacy.prisma, await loadSeedContent(seedDir));
      await legacy.prisma.seedImport.deleteMany();
      const article = await legacy.prisma.article.findFirstOrThrow();
      await legacy.prisma.article.update({
        where: { id: article.id },
        data: { status: 'unpublished' },
      });
      const outcomes = await writeSeedContent(legacy.prisma, await loadSeedContent(seedDir));
      assert.deepEqual(
        outcomes.map((o) => [o.outcome, o.id]),
        [['kept', article.id]],
      );
      assert.equal(
        (await legacy.prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status,
        'unpublished',
      );
      assert.equal(await legacy.prisma.seedImport.count(), 1);
    } finally {
      await legacy.cleanup();
    }
  });

  it('brings a document back only when asked, saying first what it will change', async () => {
    const target = createTempDb();
    try {
      const content = await loadSeedContent(seedDir);
      await writeSeedContent(target.prisma, content);
      const article = await target.prisma.article.findFirstOrThrow();
      await saveArticle(
        target.prisma,
        {
          ...content.articles[0]!,
          title: 'عنوان عدّله المحرر بعد الاستيراد',
          status: 'unpublished',
        },
        { id: article.id, expectedUpdatedAt: article.updatedAt.toISOString() },
      );
      const plan = await updateSeedArticles(target.prisma, content, { apply: false });
      assert.deepEqual(
        plan.articles.map((a) => [a.state, a.fields]),
        [['changed', ['title', 'status']]],
      );
      assert.equal(
        (await target.prisma.article.findUniqueOrThrow({ where: { id: article.id } })).status,
        'unpublished',
      );
      await updateSeedArticles(target.prisma, content, { apply: true });
      const restored = await target.prisma.article.findUniqueOrThrow({ where: { id: article.id } });
      assert.equal(restored.title, content.articles[0]!.title);
      assert.equal(restored.status, 'published');
      assert.equal(
        await target.prisma.auditEvent.count({
          where: { articleId: article.id, action: 'edited' },
        }),
        1,
      );
      assert.deepEqual(
        (await updateSeedArticles(target.prisma, content, { apply: false })).articles.map(
          (a) => a.state,
        ),
        ['unchanged'],
      );
    } finally {
      await target.cleanup();
    }
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

  it('rejects a publication time outside 1900-2099, naming the file and the field', async () => {
    writeFileSync(path.join(dir, 'articles', '001_bad.txt'), 'منبر – كاتب\nتمهيد.\nفقرة.\n');
    writeFileSync(
      path.join(dir, 'articles', '001_bad.json'),
      JSON.stringify({
        title: 'عنوان تجريبي طويل بما يكفي',
        category: 'أمن',
        tags: [],
        publishedAt: '2107-01-01T10:00:00+01:00',
      }),
    );
    await assert.rejects(
      loadSeedContent(dir),
      /001_bad\.json: publishedAt: وقت النشر خارج المدى المقبول/,
    );
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
          slug: seeded!.slug!,
          dek: 'تمهيد.',
          blocks: [{ type: 'paragraph', content: [{ text: 'فقرة.' }] }],
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
