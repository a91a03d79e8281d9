import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { saveArticle } from '../lib/publishing/write';
import { searchEngine } from '../lib/search/current';
import { parseQuery } from '../lib/search/query';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { databaseProvider } from '../lib/db/url';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

const seedDir = path.join(__dirname, '..', 'prisma', 'seed');

describe(`search over the seeded article (real ${databaseProvider() === 'postgresql' ? 'PostgreSQL tsvector' : 'SQLite FTS5'})`, () => {
  let db: TempDb;
  let seededId: number;

  async function find(text: string, now = new Date()): Promise<number[]> {
    await searchEngine.refresh(db.prisma);
    return (await searchEngine.search(db.prisma, parseQuery(text), 0, 50, now)).ids;
  }

  before(async () => {
    db = await createTempDatabase();
    const [result] = await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
    seededId = result!.id!;
  });
  after(() => db.cleanup());

  const queries = [
    'الاستعلامات',
    'الإستعلامات',
    'استعلامات',
    'الارهاب',
    'والتطرف',
    'حموشى',
    'اسبانيا',
    'كاس العالم',
    'مُكافَحة',
    'مكافحـــة',
    '٢٠٣٠',
    '2030',
  ];
  for (const query of queries) {
    it(`finds the article for «${query}»`, async () => {
      assert.deepEqual(await find(query), [seededId]);
    });
  }

  it('finds nothing for a word that is not in it («طوكيو»)', async () => {
    assert.deepEqual(await find('طوكيو'), []);
  });

  it('requires every word (all-words matching)', async () => {
    assert.deepEqual(await find('حموشي طوكيو'), []);
    assert.deepEqual(await find('حموشي اسبانيا'), [seededId]);
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    assert.deepEqual(await find('الاستعلا'), [seededId]);
    assert.deepEqual(await find('مكافح'), [seededId]);
    assert.deepEqual(await find('الاستعلا '), [], 'a finished word is not a prefix');
  });

  it('searches quoted phrases as phrases', async () => {
    assert.deepEqual(await find('"كأس العالم 2030"'), [seededId]);
    assert.deepEqual(await find('«مكافحة الإرهاب»'), [seededId]);
    assert.deepEqual(await find('"العالم كأس"'), [], 'words out of order are not the phrase');
  });

  it('ranks headline matches first, then newest first', async () => {
    const base = {
      outlet: 'هومبريس',
      authorName: 'كاتب',
      categorySlug: 'أمن',
      tagNames: [],
      status: 'published' as const,
    };
    const day = 24 * 3600_000;
    const older = await saveArticle(db.prisma, {
      ...base,
      sourceKey: 'rank:1',
      title: 'مهرجان الفيلم في مراكش',
      slug: 'ر1',
      dek: 'تمهيد.',
      blocks: [{ type: 'paragraph', content: [{ text: 'فقرة.' }] }],
      publishedAt: new Date(Date.now() - 3 * day),
    });
    const newerBody = await saveArticle(db.prisma, {
      ...base,
      sourceKey: 'rank:2',
      title: 'خبر آخر',
      slug: 'ر2',
      dek: 'تمهيد.',
      blocks: [{ type: 'paragraph', content: [{ text: 'عن مهرجان الفيلم.' }] }],
      publishedAt: new Date(Date.now() - day),
    });
    const newest = await saveArticle(db.prisma, {
      ...base,
      sourceKey: 'rank:3',
      title: 'انطلاق مهرجان الفيلم',
      slug: 'ر3',
      dek: 'تمهيد.',
      blocks: [{ type: 'paragraph', content: [{ text: 'فقرة.' }] }],
      publishedAt: new Date(Date.now() - 2 * day),
    });
    assert.deepEqual(await find('مهرجان الفيلم'), [newest.id, older.id, newerBody.id]);
    const second = await searchEngine.search(
      db.prisma,
      parseQuery('مهرجان الفيلم'),
      2,
      10,
      new Date(),
    );
    assert.deepEqual(
      second,
      { ids: [newerBody.id], total: 3, capped: false },
      'pages continue from the headline group into the rest',
    );
    for (const id of [older.id, newerBody.id, newest.id])
      await db.prisma.article.delete({ where: { id } });
  });

  it('finds articles by tag and by author', async () => {
    assert.deepEqual(await find('السماوي'), [seededId]);
  });

  it('treats FTS5 and SQL syntax typed by a reader as text', async () => {
    for (const hostile of [
      '"',
      '*',
      'NEAR(حموشي اسبانيا)',
      'حموشي OR طوكيو',
      '-حموشي',
      'title:حموشي',
      "'; DROP TABLE Article; --",
      '"حموشي',
      '(((',
      'AND',
      '^حموشي',
      'حموشي | طوكيو',
      '!حموشي',
      'حموشي:*',
      'حموشي <-> اسبانيا',
      "حموشي'",
      '\\',
    ]) {
      await assert.doesNotReject(find(hostile), hostile);
    }
    assert.deepEqual(
      await find('حموشي OR طوكيو'),
      [],
      'OR is a word here, and there is no «or» in the article',
    );
    assert.deepEqual(await find('NEAR(حموشي اسبانيا)'), []);
    assert.equal(await db.prisma.article.count(), 1, 'the table is still there');
  });

  it('never finds drafts or articles scheduled for later', async () => {
    const base = {
      outlet: 'هومبريس',
      authorName: 'ج السماوي',
      categorySlug: 'أمن',
      tagNames: [],
      dek: 'تمهيد عن طوكيو.',
      blocks: [{ type: 'paragraph' as const, content: [{ text: 'فقرة عن طوكيو.' }] }],
    };
    await saveArticle(db.prisma, {
      ...base,
      sourceKey: 'test:draft',
      title: 'مسودة طوكيو',
      slug: 'مسودة-طوكيو',
      status: 'draft',
      publishedAt: null,
    });
    const later = new Date(Date.now() + 3600_000);
    const scheduled = await saveArticle(db.prisma, {
      ...base,
      sourceKey: 'test:scheduled',
      title: 'موعد طوكيو',
      slug: 'موعد-طوكيو',
      status: 'published',
      publishedAt: later,
    });
    assert.deepEqual(await find('طوكيو'), []);
    assert.deepEqual(
      await find('طوكيو', new Date(later.getTime() + 1000)),
      [scheduled.id],
      'due at its time',
    );
  });

  it('re-indexes an article when it changes and forgets it when unpublished or deleted', async () => {
    const base = {
      sourceKey: 'test:edit',
      slug: 'خبر-للتعديل',
      outlet: 'هومبريس',
      authorName: 'كاتب',
      categorySlug: 'أمن',
      tagNames: [],
      dek: 'تمهيد.',
      blocks: [{ type: 'paragraph' as const, content: [{ text: 'فقرة.' }] }],
      status: 'published' as const,
      publishedAt: new Date(Date.now() - 1000),
    };
    const saved = await saveArticle(db.prisma, { ...base, title: 'افتتاح مهرجان مراكش' });
    assert.deepEqual(await find('مهرجان'), [saved.id]);
    await saveArticle(db.prisma, { ...base, title: 'افتتاح معرض الرباط' });
    assert.deepEqual(await find('مهرجان'), []);
    assert.deepEqual(await find('معرض'), [saved.id]);
    await db.prisma.article.update({ where: { id: saved.id }, data: { status: 'unpublished' } });
    assert.deepEqual(
      (await searchEngine.search(db.prisma, parseQuery('معرض'), 0, 10, new Date())).ids,
      [],
      'unpublishing removes the entry in the same write, before any queue is drained',
    );
    await db.prisma.article.update({ where: { id: saved.id }, data: { status: 'published' } });
    assert.deepEqual(await find('معرض'), [saved.id]);
    await db.prisma.article.delete({ where: { id: saved.id } });
    assert.deepEqual(await find('معرض'), []);
  });

  it('indexes rows written outside the application code (the triggers queue them)', async () => {
    // Quoted names and literal values: the same statement runs on SQLite and PostgreSQL.
    const now = new Date(Date.now() - 1000).toISOString().replace('Z', '+00:00');
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Article" ("slug", "title", "dek", "status", "publishedAt", "createdAt", "updatedAt", "outlet", "wordCount", "authorId", "categoryId", "body")
       VALUES ('يدوي', 'خبر أدخل يدويا عن الداخلة', 'تمهيد.', 'published', '${now}', '${now}', '${now}', 'هومبريس', 5, 1, 1, '[{"type":"paragraph","text":"فقرة."}]')`,
    );
    assert.equal(await searchEngine.pending(db.prisma), 1);
    assert.equal((await find('الداخلة')).length, 1);
    assert.equal(await searchEngine.pending(db.prisma), 0);
  });
});
