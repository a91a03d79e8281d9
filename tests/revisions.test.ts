import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { saveArticle, type ArticleInput } from '../lib/publishing/write';
import { decodeSnapshot } from '../lib/revisions/snapshot';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

/** Revisions are kept by the write itself, in its transaction, on SQLite and on PostgreSQL. */
const input = (title: string, text = 'فقرة أولى.'): ArticleInput => ({
  sourceKey: null,
  title,
  slug: 'خبر-النسخ',
  dek: 'تمهيد الخبر.',
  blocks: [{ type: 'paragraph', content: [{ text }] }],
  outlet: 'هومبريس',
  authorName: 'كاتب',
  categorySlug: 'أمن',
  tagNames: ['وسم'],
  status: 'draft',
  publishedAt: null,
});
const by = { actor: { id: null, name: 'محررة' } };

describe('article revisions', () => {
  let db: TempDb;
  before(async () => {
    db = await createTempDatabase();
    await db.prisma.category.create({ data: { slug: 'أمن', name: 'أمن' } });
  });
  after(() => db.cleanup());

  const version = async (id: number) =>
    (await db.prisma.article.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
  const revisions = (articleId: number) =>
    db.prisma.articleRevision.findMany({ where: { articleId }, orderBy: { id: 'asc' } });

  it('keeps one revision per changing save, naming the fields it changed', async () => {
    const created = await saveArticle(db.prisma, input('العنوان'), undefined, undefined, by);
    const id = created.id;
    await saveArticle(
      db.prisma,
      input('عنوان جديد'),
      { id, expectedUpdatedAt: await version(id) },
      undefined,
      by,
    );
    await saveArticle(
      db.prisma,
      input('عنوان جديد', 'فقرة معدّلة.'),
      { id, expectedUpdatedAt: await version(id) },
      undefined,
      by,
    );
    // Saving the same content again keeps nothing.
    await saveArticle(
      db.prisma,
      input('عنوان جديد', 'فقرة معدّلة.'),
      { id, expectedUpdatedAt: await version(id) },
      undefined,
      by,
    );
    const rows = await revisions(id);
    assert.deepEqual(
      rows.map((r) => [r.note, r.changed, r.actorName]),
      [
        ['created', '', 'محررة'],
        ['', 'title', 'محررة'],
        ['', 'body', 'محررة'],
      ],
    );
    const last = decodeSnapshot(rows[2]!.snapshot);
    assert.equal(last.title, 'عنوان جديد');
    assert.deepEqual(last.blocks, [{ type: 'paragraph', content: [{ text: 'فقرة معدّلة.' }] }]);
    assert.deepEqual(last.tagNames, ['وسم']);
    assert.ok(rows.every((r) => r.bytes === r.snapshot.length && r.bytes > 0));
  });

  it('keeps the stored state first when an article saved without revisions is edited', async () => {
    // The seed and older versions wrote articles without revisions.
    const seeded = await saveArticle(db.prisma, { ...input('خبر مستورد'), slug: 'خبر-مستورد' });
    assert.equal((await revisions(seeded.id)).length, 0);
    await saveArticle(
      db.prisma,
      { ...input('خبر مستورد معدّل'), slug: 'خبر-مستورد' },
      { id: seeded.id, expectedUpdatedAt: await version(seeded.id) },
      undefined,
      by,
    );
    const rows = await revisions(seeded.id);
    assert.deepEqual(
      rows.map((r) => [r.note, r.changed]),
      [
        ['baseline', ''],
        ['', 'title'],
      ],
    );
    assert.equal(decodeSnapshot(rows[0]!.snapshot).title, 'خبر مستورد');
  });

  it('writes no revision when the save is refused', async () => {
    const created = await saveArticle(
      db.prisma,
      { ...input('للرفض'), slug: 'خبر-للرفض' },
      undefined,
      undefined,
      by,
    );
    await assert.rejects(
      saveArticle(
        db.prisma,
        { ...input('للرفض'), slug: 'خبر-للرفض', categorySlug: 'لا-يوجد' },
        { id: created.id, expectedUpdatedAt: await version(created.id) },
        undefined,
        by,
      ),
    );
    assert.equal((await revisions(created.id)).length, 1);
  });
});
