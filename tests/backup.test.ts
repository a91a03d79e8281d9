import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { saveArticle, type ArticleInput } from '../lib/publishing/write';
import { backupDatabase, restoreDatabase, RestoreError } from '../scripts/ops/backup';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { holdServerLock } from '../lib/db/server-lock';
import { createTempDb, dumpTables, type TempDb } from './helpers/temp-db';

const seedDir = path.join(__dirname, '..', 'prisma', 'seed');
const TABLES = ['Article', 'Author', 'Category', 'Tag', 'ArticleTag', 'ArticleSearch'];

const migrations = readdirSync(path.join(__dirname, '..', 'prisma', 'migrations')).filter((n) =>
  /^\d+_/.test(n),
);

/** What `prisma migrate deploy` records, for a database the tests migrated themselves. */
function recordMigrations(file: string, names: string[]): void {
  const db = new Database(file);
  try {
    db.exec(
      'CREATE TABLE IF NOT EXISTS "_prisma_migrations" (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at DATETIME, migration_name TEXT NOT NULL, logs TEXT, rolled_back_at DATETIME, started_at DATETIME NOT NULL DEFAULT current_timestamp, applied_steps_count INTEGER NOT NULL DEFAULT 0)',
    );
    const insert = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES (?, ?, current_timestamp, ?)',
    );
    for (const name of names) insert.run(name, 'test', name);
  } finally {
    db.close();
  }
}

function article(n: number): ArticleInput {
  return {
    sourceKey: `backup-test:${n}`,
    title: `خبر رقم ${n} عن النسخ الاحتياطي`,
    slug: `خبر-${n}`,
    dek: `تمهيد الخبر ${n}.`,
    blocks: [
      { type: 'heading', level: 2, text: `عنوان فرعي ${n}` },
      { type: 'paragraph', content: [{ text: `فقرة الخبر ${n} وفيها نص عربي يكفي للبحث.` }] },
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
    recordMigrations(db.file, migrations);
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

  it('writes backups readable by their owner only', async () => {
    const backup = path.join(path.dirname(db.file), 'private.db');
    await backupDatabase(db.file, backup);
    assert.equal(statSync(backup).mode & 0o777, 0o600);
  });

  it('ends every session of the restored copy', async () => {
    const user = await db.prisma.user.create({
      data: { id: 'u1', name: 'محررة', email: 'u1@e2e.test', role: 'editor' },
    });
    await db.prisma.session.create({
      data: {
        id: 's1',
        token: 'token',
        userId: user.id,
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    const backup = path.join(path.dirname(db.file), 'with-session.db');
    await backupDatabase(db.file, backup);
    await db.prisma.$disconnect();
    await restoreDatabase(backup, db.file);
    assert.equal(await db.prisma.session.count(), 0);
    assert.equal(await db.prisma.user.count({ where: { id: 'u1' } }), 1);
  });

  it('refuses while a server has the database open, and a backup from newer code', async () => {
    const backup = path.join(path.dirname(db.file), 'refused.db');
    await backupDatabase(db.file, backup);
    const before = dumpTables(db.file, ['Article']);
    // A live process stands for the server: its id in the lock file, as server.ts writes it.
    const server = spawn('sleep', ['30']);
    const release = holdServerLock(db.file);
    writeFileSync(`${db.file}.server`, String(server.pid));
    try {
      await assert.rejects(
        restoreDatabase(backup, db.file),
        new RegExp(`a server \\(process ${server.pid}\\) has .* open: stop it`),
      );
    } finally {
      server.kill();
      release();
    }
    recordMigrations(backup, ['29991231000000_from_the_future']);
    await assert.rejects(restoreDatabase(backup, db.file), /migrations this code does not know/);
    assert.deepEqual(dumpTables(db.file, ['Article']), before);
  });
});
