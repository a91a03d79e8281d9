import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { saveArticle, type ArticleInput } from '../lib/publishing/write';
import { recordAudit } from '../lib/audit/log';
import { importDocument } from '../lib/newsroom/import';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { createTempDb, dumpTables, type TempDb } from './helpers/temp-db';

/**
 * Every multi-row write is one transaction. A temporary trigger makes SQLite refuse one row in the
 * middle of the write (after others were already written in it); nothing of the write may remain.
 */
const seedDir = path.join(__dirname, '..', 'prisma', 'seed');
const TABLES = [
  'Article',
  'Author',
  'Category',
  'Tag',
  'ArticleTag',
  'SearchQueue',
  'ArticleSearch',
  'ArticleTitleSearch',
  'AuditEvent',
  'Photo',
  'ArticlePhoto',
];

// The driver adapter reports a trigger's RAISE(ABORT) as a constraint violation.
const FORCED = /forced failure|constraint violated/;

function failInsertsInto(file: string, table: string): () => void {
  const db = new Database(file);
  db.exec(
    `CREATE TRIGGER "forced_failure" BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`,
  );
  db.close();
  return () => {
    const again = new Database(file);
    again.exec('DROP TRIGGER "forced_failure"');
    again.close();
  };
}

describe('a write that fails midway leaves nothing behind', () => {
  let db: TempDb;
  beforeEach(() => {
    db = createTempDb();
  });
  afterEach(() => db.cleanup());

  it('seed: categories, author, tags and article are written together or not at all', async () => {
    const before = dumpTables(db.file, TABLES);
    // Categories, the author, the tags and the article itself come before the tag links.
    const restore = failInsertsInto(db.file, 'ArticleTag');
    await assert.rejects(
      async () => writeSeedContent(db.prisma, await loadSeedContent(seedDir)),
      FORCED,
    );
    assert.deepEqual(dumpTables(db.file, TABLES), before);
    restore();
    // The same seed succeeds once the fault is gone: the failure was the trigger, not the data.
    await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    assert.equal(dumpTables(db.file, ['Article']).Article?.length, 1);
  });

  it('import: the draft, its author and its search entry go if the audit event fails', async () => {
    await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    const before = dumpTables(db.file, TABLES);
    const restore = failInsertsInto(db.file, 'AuditEvent');
    const document =
      '\nجريدة الاختبار – كاتب جديد تماما\nتمهيد المقال المستورد في سطر واحد طويل بما يكفي.\nعنوان فرعي\nفقرة أولى من المقال المستورد.\n';
    const outcome = await importDocument(db.prisma, 'new.txt', new TextEncoder().encode(document), {
      categorySlug: 'أمن',
      actor: { id: null, name: 'test' },
    });
    assert.equal(outcome.outcome, 'failed');
    assert.deepEqual(dumpTables(db.file, TABLES), before);
    restore();
    const retried = await importDocument(db.prisma, 'new.txt', new TextEncoder().encode(document), {
      categorySlug: 'أمن',
      actor: { id: null, name: 'test' },
    });
    assert.equal(retried.outcome, 'imported');
  });

  it('publish with new tags: status, tags, links, search entry and audit event together or not at all', async () => {
    const [seeded] = await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    assert.ok(seeded);
    const draft: ArticleInput = {
      sourceKey: null,
      title: 'مقال تجريبي ينشر مع وسوم جديدة',
      slug: 'مقال-تجريبي',
      dek: 'تمهيد المقال التجريبي.',
      blocks: [{ type: 'paragraph', content: [{ text: 'فقرة المقال التجريبي.' }] }],
      outlet: 'هومبريس',
      authorName: 'كاتب الاختبار',
      categorySlug: 'أمن',
      tagNames: [],
      status: 'draft',
      publishedAt: null,
    };
    const created = await saveArticle(db.prisma, draft);
    const version = (
      await db.prisma.article.findUniqueOrThrow({ where: { id: created.id } })
    ).updatedAt.toISOString();
    const before = dumpTables(db.file, TABLES);
    const publish = {
      ...draft,
      status: 'published' as const,
      publishedAt: new Date('2026-11-20T09:00:00Z'),
      tagNames: ['وسم جديد أول', 'وسم جديد ثان'],
    };
    const audit = (tx: Parameters<typeof recordAudit>[0], saved: { id: number }) =>
      recordAudit(tx, { id: null, name: 'test' }, 'published', {
        articleId: saved.id,
        summary: draft.title,
      });

    const restore = failInsertsInto(db.file, 'AuditEvent');
    await assert.rejects(
      saveArticle(db.prisma, publish, { id: created.id, expectedUpdatedAt: version }, audit),
      FORCED,
    );
    assert.deepEqual(dumpTables(db.file, TABLES), before);
    restore();

    // A failure at the tag links, after the article row was already updated, rolls that back too.
    const restoreLinks = failInsertsInto(db.file, 'ArticleTag');
    await assert.rejects(
      saveArticle(db.prisma, publish, { id: created.id, expectedUpdatedAt: version }, audit),
      FORCED,
    );
    assert.deepEqual(dumpTables(db.file, TABLES), before);
    restoreLinks();

    const published = await saveArticle(
      db.prisma,
      publish,
      { id: created.id, expectedUpdatedAt: version },
      audit,
    );
    assert.equal(published.outcome, 'updated');
    assert.equal(published.after.tagIds.length, 2);
  });
});
