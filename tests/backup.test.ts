import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { saveArticle, type ArticleInput } from '../lib/publishing/write';
import { backupDatabase, restoreDatabase, RestoreError } from '../scripts/ops/backup';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { createTempDb, dumpTables, type TempDb } from './helpers/temp-db';

const seedDir = path.join(__dirname, '..', 'prisma', 'seed');
const TABLES = ['Article', 'Author', 'Category', 'Tag', 'ArticleTag', 'ArticleSearch'];

function article(n: number): ArticleInput {
  return {
    sourceKey: `backup-test:${n}`,
    title: `خبر رقم ${n} عن النسخ الاحتياطي`,
    slug: `خبر-${n}`,
    dek: `تمهيد الخبر ${n}.`,
    blocks: [
      { type: 'heading', text: `عنوان فرعي ${n}` },
      { type: 'paragraph', text: `فقرة الخبر ${n} وفيها نص عربي يكفي للبحث.` },
    ],
    outlet: 'هومبريس',
    authorName: `كاتب ${n % 3}`,
    categorySlug: 'أمن',
    tagNames: [`وسم ${n % 4}`, 'نسخ احتياطي'],
    status: n % 5 === 0 ? 'draft' : 'published',
    publishedAt: n % 5 === 0 ? null : new Date(Date.UTC(2026, 10, 1, 8, n)),
  };
}

describe('backup and restore', () => {
  let db: TempDb;
  before(async () => {
    db = createTempDb();
    await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    for (let n = 1; n <= 40; n++) await saveArticle(db.prisma, article(n));
  });
  after(() => db.cleanup());

  it('round-trips every article, tag link and search entry', async () => {
    const original = dumpTables(db.file, TABLES);
    assert.equal(original.Article?.length, 41);
    const backup = path.join(path.dirname(db.file), 'backup.db');
    const { pages } = await backupDatabase(db.file, backup);
    assert.ok(pages > 0);

    // Losing data after the backup: the restore must bring back exactly what was there.
    await db.prisma.articleTag.deleteMany({});
    await db.prisma.article.deleteMany({});
    assert.equal(dumpTables(db.file, ['Article']).Article?.length, 0);
    await db.prisma.$disconnect();

    const { articles } = await restoreDatabase(backup, db.file);
    assert.equal(articles, 41);
    assert.deepEqual(dumpTables(db.file, TABLES), original);
    // The restored file is a working database for the application.
    assert.equal(await db.prisma.article.count({ where: { status: 'published' } }), 33);
  });

  it('takes a consistent copy while articles are being written', async () => {
    const backup = path.join(path.dirname(db.file), 'during-writes.db');
    const countBefore = await db.prisma.article.count();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      for (let n = 100; writing && n < 400; n++) {
        await saveArticle(db.prisma, article(n));
        written++;
      }
    })();
    await backupDatabase(db.file, backup);
    writing = false;
    await writer;
    assert.ok(written > 0, 'the writer ran during the backup');

    const copy = new Database(backup, { readonly: true });
    try {
      assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(copy.pragma('foreign_key_check'), []);
      const count = (copy.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
      assert.ok(
        count >= countBefore && count <= countBefore + written,
        `${count} articles in the copy`,
      );
      // Each article in the copy has both its tags: no transaction was copied by halves.
      const halfTagged = copy
        .prepare(
          `SELECT COUNT(*) AS n FROM "Article" a WHERE a."sourceKey" LIKE 'backup-test:%' AND (SELECT COUNT(*) FROM "ArticleTag" t WHERE t."articleId" = a.id) <> 2`,
        )
        .get() as { n: number };
      assert.equal(halfTagged.n, 0);
    } finally {
      copy.close();
    }
  });

  it('refuses a file that is not a database of this site and keeps the current one', async () => {
    const before = dumpTables(db.file, ['Article']);
    const bogus = path.join(path.dirname(db.file), 'bogus.db');
    writeFileSync(bogus, 'not a database');
    await db.prisma.$disconnect();
    await assert.rejects(restoreDatabase(bogus, db.file), RestoreError);
    await assert.rejects(
      restoreDatabase(path.join(path.dirname(db.file), 'missing.db'), db.file),
      /no backup at/,
    );
    const empty = path.join(path.dirname(db.file), 'empty.db');
    new Database(empty).close();
    await assert.rejects(restoreDatabase(empty, db.file), /not a database of this site/);
    assert.deepEqual(dumpTables(db.file, ['Article']), before);
  });
});
