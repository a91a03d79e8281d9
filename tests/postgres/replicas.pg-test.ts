import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startReplica, type PostgresServer } from '../../scripts/test/services/postgres';
import { createPrismaClient, primaryOf, type PrismaClient } from '../../lib/db/client';
import { databaseUrl } from '../../lib/db/url';
import { saveArticle } from '../../lib/publishing/write';
import { createTempDatabase, type TempDb } from '../helpers/temp-db';

/** The server test:postgres started, as a handle startReplica() can copy. */
function serverOf(url: string): PostgresServer {
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    dataDir: '',
    baseUrl: (name) => `postgresql://portal@127.0.0.1:${port}/${name}`,
    stop: () => {},
  };
}

async function onReplica(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const article = (n: number) => ({
  sourceKey: `replica:${n}`,
  title: `خبر النسخة ${n}`,
  slug: `خبر-النسخة-${n}`,
  dek: 'تمهيد.',
  blocks: [{ type: 'paragraph' as const, content: [{ text: 'فقرة.' }] }],
  outlet: 'هومبريس',
  authorName: 'كاتب',
  categorySlug: 'أمن',
  tagNames: [],
  status: 'published' as const,
  publishedAt: new Date(Date.now() - 1000),
});

describe('PostgreSQL read replicas', () => {
  let db: TempDb;
  let replica: PostgresServer;
  let client: PrismaClient;
  let replicaUrl: string;

  before(async () => {
    db = await createTempDatabase();
    replica = await startReplica(serverOf(databaseUrl()));
    const name = new URL(db.url).pathname.slice(1);
    replicaUrl = replica.baseUrl(name);
    client = createPrismaClient(db.url, { replicaUrls: [replicaUrl] });
    await client.category.create({ data: { slug: 'أمن', name: 'أمن' } });
  });
  after(async () => {
    await client.$disconnect();
    replica.stop();
    await db.cleanup();
  });

  it('reads go to the replica, writes and primaryOf() reads to the primary', async () => {
    await saveArticle(client, article(1));
    // Wait for the replica to catch up, then freeze it: what it serves from now on is behind.
    for (let attempt = 0; (await client.article.count()) !== 1; attempt++) {
      assert.ok(attempt < 100, 'the replica never caught up');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await onReplica(replicaUrl, 'SELECT pg_wal_replay_pause()');
    try {
      await saveArticle(client, article(2));
      assert.equal(await primaryOf(client).article.count(), 2, 'the primary has both');
      assert.equal(
        await client.article.count(),
        1,
        'a plain read is served by the (paused) replica',
      );
      assert.equal((await client.article.findMany({ select: { slug: true } })).length, 1);
      assert.equal(
        await client.$transaction(async (tx) => tx.article.count()),
        2,
        'reads inside a transaction stay on the primary',
      );
    } finally {
      await onReplica(replicaUrl, 'SELECT pg_wal_replay_resume()');
    }
    for (let attempt = 0; (await client.article.count()) !== 2; attempt++) {
      assert.ok(attempt < 100, 'the replica never caught up after resuming');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});
