import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  authorArticlePage,
  busiestTagIds,
  categoryArticlePage,
  latestArticles,
  relatedArticles,
  tagArticlePage,
} from '../lib/articles/listing-queries';
import { createPrismaClient, type PrismaClient } from '../lib/db/client';
import { generateSyntheticDatabase } from '../scripts/bench/synthetic/generate';

/**
 * Every statement the listing queries send, planned by SQLite on a database of a few thousand
 * synthetic articles (with the planner statistics the server computes at connection open): each
 * reaches Article and ArticleTag through an index, never by reading the whole table.
 */
const ARTICLES = 3000;

type Statement = { sql: string; params: unknown[] };

describe('listing queries use indexes (EXPLAIN QUERY PLAN)', () => {
  let dir: string;
  let file: string;
  let db: PrismaClient;
  let sqlite: Database.Database;
  let captured: Statement[] = [];
  let ids: {
    category: number;
    author: number;
    tag: number;
    article: { id: number; categoryId: number; tagIds: number[] };
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'portal-plans-'));
    file = path.join(dir, 'plans.db');
    await generateSyntheticDatabase({ articles: ARTICLES, database: `file:${file}`, quiet: true });
    db = createPrismaClient(`file:${file}`, {
      logQueries: (sql, params) => captured.push({ sql, params: JSON.parse(params) as unknown[] }),
    });
    // Opening the connection runs PRAGMA optimize, as the server does.
    const article = await db.article.findFirstOrThrow({
      where: { status: 'published', tags: { some: {} } },
      orderBy: { id: 'desc' },
      select: { id: true, categoryId: true, authorId: true, tags: { select: { tagId: true } } },
    });
    ids = {
      category: article.categoryId,
      author: article.authorId,
      tag: article.tags[0]!.tagId,
      article: {
        id: article.id,
        categoryId: article.categoryId,
        tagIds: article.tags.map((t) => t.tagId),
      },
    };
    sqlite = new Database(file, { readonly: true });
  });

  after(async () => {
    sqlite.close();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The plan lines of each statement `run` sent that reads articles or their tag links. */
  async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; plan: string[] }[]> {
    captured = [];
    await run();
    const statements = captured.filter(
      (s) => /[`"]Article(Tag)?[`"]/.test(s.sql) && /^\s*SELECT/i.test(s.sql),
    );
    assert.ok(statements.length > 0, 'the query sent no SELECT on Article');
    return statements.map(({ sql, params }) => ({
      sql,
      plan: (
        sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map(bindable)) as {
          detail: string;
        }[]
      ).map((row) => row.detail),
    }));
  }

  const cases: [string, () => Promise<unknown>][] = [
    ['home: latest articles', () => latestArticles(db, 8)],
    ['home and feeds: latest of a category', () => latestArticles(db, 50, ids.category)],
    ['category page 1', () => categoryArticlePage(db, ids.category, 1)],
    ['category page 30', () => categoryArticlePage(db, ids.category, 30)],
    ['author page', () => authorArticlePage(db, ids.author, 2)],
    ['tag page', () => tagArticlePage(db, ids.tag, 2)],
    ['related articles', () => relatedArticles(db, ids.article, 4)],
    ['busiest tags', () => busiestTagIds(db, 10)],
  ];

  for (const [name, run] of cases) {
    it(name, async () => {
      for (const { sql, plan } of await plansOf(run)) {
        if (process.env.SHOW_PLANS) console.log(name, plan);
        assert.deepEqual(
          fullScans(plan),
          [],
          `full table scan in:\n${sql}\nplan:\n${plan.join('\n')}`,
        );
      }
    });
  }

  it('catches a full scan when there is one (the check can fail)', () => {
    const plan = (
      sqlite
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM `main`.`Article` WHERE `dek` LIKE ?')
        .all('%x%') as { detail: string }[]
    ).map((r) => r.detail);
    assert.equal(fullScans(plan).length, 1, plan.join('\n'));
  });
});

/** Plan lines that read a whole table of articles or tag links row by row. */
function fullScans(plan: string[]): string[] {
  return plan.filter(
    (line) =>
      /^SCAN (main\.)?(Article|ArticleTag)\b/.test(line) && !/USING (COVERING )?INDEX/.test(line),
  );
}

/** Prisma logs parameters as JSON; dates arrive as strings and booleans as such. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
