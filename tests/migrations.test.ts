import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createPrismaClient } from '../lib/db/client';
import { searchEngine } from '../lib/search/current';
import { parseQuery } from '../lib/search/query';
import { SEARCH_TRIGGERS } from './helpers/search-triggers';
import { applyMigrations } from './helpers/temp-db';

const root = path.join(__dirname, '..');
const migrations = readdirSync(path.join(root, 'prisma', 'migrations'))
  .filter((n) => /^\d+_/.test(n))
  .sort();
/** What the migrations add beyond the Prisma models: the full-text indexes and their triggers. */
const SEARCH_TABLES = /^Article(Title)?Search(_[a-z]+)?$/;

/**
 * The schema as SQLite sees it: columns, keys, indexes and foreign keys of every table. `prisma
 * migrate diff` cannot read a database through the driver adapter in Prisma 6.19, so the migrated
 * database is compared with one created from the Prisma schema's own SQL.
 */
function describeSchema(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const shape = Object.fromEntries(
      tables
        .filter((t) => !SEARCH_TABLES.test(t))
        .map((table) => [
          table,
          {
            columns: db.pragma(`table_info("${table}")`),
            indexes: (
              db.pragma(`index_list("${table}")`) as {
                name: string;
                unique: number;
                origin: string;
                partial: number;
              }[]
            )
              .map((index) => ({
                ...index,
                seq: undefined,
                columns: (db.pragma(`index_info("${index.name}")`) as { name: string }[]).map(
                  (c) => c.name,
                ),
              }))
              .sort((a, b) => a.name.localeCompare(b.name)),
            foreignKeys: db.pragma(`foreign_key_list("${table}")`),
          },
        ]),
    );
    const triggers = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    return { shape, searchTables: tables.filter((t) => SEARCH_TABLES.test(t)), triggers };
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applied to an empty database give exactly the schema of prisma/schema.prisma', () => {
    const migrated = path.join(dir, 'migrated.db');
    applyMigrations(migrated);
    const sql = execFileSync(
      path.join(root, 'node_modules', '.bin', 'prisma'),
      [
        'migrate',
        'diff',
        '--from-empty',
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    const fromSchema = path.join(dir, 'from-schema.db');
    const db = new Database(fromSchema);
    db.exec(sql);
    db.close();

    const expected = describeSchema(fromSchema);
    const actual = describeSchema(migrated);
    assert.deepEqual(Object.keys(actual.shape), Object.keys(expected.shape));
    for (const table of Object.keys(expected.shape))
      assert.deepEqual(actual.shape[table], expected.shape[table], `table ${table}`);
    assert.deepEqual(
      actual.searchTables.filter((t) => !t.includes('_')),
      ['ArticleSearch', 'ArticleTitleSearch'],
    );
    assert.deepEqual(actual.triggers, SEARCH_TRIGGERS);
  });

  it('upgrade a database built at the first migration without losing its rows, and index them for search', async () => {
    const file = path.join(dir, 'upgraded.db');
    const first = migrations[0];
    assert.ok(first && migrations.length > 1);
    applyMigrations(file, first);
    const db = new Database(file);
    db.exec(`
      INSERT INTO "Category" (id, slug, name, updatedAt) VALUES (1, 'أمن', 'أمن', '2026-11-01T00:00:00.000Z'), (2, 'رياضة', 'رياضة', '2026-11-01T00:00:00.000Z');
      INSERT INTO "Author" (id, slug, name, updatedAt) VALUES (1, 'كاتب-قديم', 'كاتب قديم', '2026-11-01T00:00:00.000Z');
      INSERT INTO "Tag" (id, slug, name) VALUES (1, 'المنتخب', 'المنتخب'), (2, 'الأمن', 'الأمن');
    `);
    const insert =
      db.prepare(`INSERT INTO "Article" (slug, title, dek, status, publishedAt, updatedAt, outlet, wordCount, authorId, categoryId, body)
      VALUES (?, ?, ?, 'published', ?, ?, 'هومبريس', 20, 1, ?, ?)`);
    const link = db.prepare(
      `INSERT INTO "ArticleTag" (articleId, tagId, position, status, publishedAt) VALUES (?, ?, 0, 'published', ?)`,
    );
    for (let n = 1; n <= 30; n++) {
      const at = new Date(Date.UTC(2026, 9, n, 9)).toISOString();
      const title = n === 7 ? 'المنتخب الوطني يفوز في مباراة الإياب' : `خبر قديم رقم ${n}`;
      const id = insert.run(
        `خبر-${n}`,
        title,
        `تمهيد ${n}`,
        at,
        at,
        n % 2 ? 1 : 2,
        JSON.stringify([{ type: 'paragraph', text: `فقرة ${n}` }]),
      ).lastInsertRowid;
      link.run(id, n % 2 ? 2 : 1, at);
    }
    const tables = ['Article', 'Author', 'Category', 'Tag', 'ArticleTag'];
    const rowsBefore = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
    );
    db.close();

    applyMigrations(file, undefined, first);

    // Every row keeps every value it had; columns added since (an author's photo) are empty.
    const after = new Database(file, { readonly: true });
    for (const table of tables) {
      const rows = after.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<
        string,
        unknown
      >[];
      const before = rowsBefore[table] as Record<string, unknown>[];
      assert.deepEqual(
        rows.map((row, i) =>
          Object.fromEntries(Object.keys(before[i] ?? {}).map((k) => [k, row[k]])),
        ),
        before,
        `rows of ${table}`,
      );
      for (const [i, row] of rows.entries())
        for (const [column, value] of Object.entries(row))
          if (!(column in (before[i] ?? {})))
            assert.equal(value, null, `${table}.${column} added by a later migration`);
    }
    after.close();

    // The application reads the upgraded database, and articles written before the search index
    // existed become searchable.
    const prisma = createPrismaClient(`file:${file}`);
    try {
      assert.equal(await prisma.article.count({ where: { status: 'published' } }), 30);
      assert.equal(await searchEngine.pending(prisma), 30);
      await searchEngine.refresh(prisma, 100);
      const hits = await searchEngine.search(
        prisma,
        parseQuery('المنتخب الوطني'),
        0,
        10,
        new Date(),
      );
      assert.equal(hits.total, 1);
      assert.equal(
        (await prisma.article.findUniqueOrThrow({ where: { id: hits.ids[0] } })).title,
        'المنتخب الوطني يفوز في مباراة الإياب',
      );
    } finally {
      await prisma.$disconnect();
    }
  });
});
