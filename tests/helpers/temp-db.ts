import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '../../lib/db/client';
import { databaseProvider, databaseUrl, PRISMA_PATHS } from '../../lib/db/url';

const migrationsDir = path.join(__dirname, '..', '..', 'prisma', 'migrations');

// Photos written by tests (the seed's, uploads) go to a folder of this test process, never to data/;
// under `npm run test:postgres`, to a prefix of this process in the test S3 server's bucket.
const sharedBucket = process.env.MEDIA_STORAGE_URL?.startsWith('s3://');
process.env.MEDIA_STORAGE_URL = sharedBucket
  ? `${process.env.MEDIA_STORAGE_URL!.replace(/\/+$/, '')}/${randomBytes(6).toString('hex')}`
  : (process.env.MEDIA_STORAGE_URL ?? `file:${mkdtempSync(path.join(tmpdir(), 'portal-media-'))}`);

/**
 * Applies the committed migrations, in order, to a SQLite file: all of them, or those after `after`
 * up to and including `upTo`.
 */
export function applyMigrations(file: string, upTo?: string, after?: string): void {
  const db = new Database(file);
  try {
    for (const name of readdirSync(migrationsDir)
      .filter((n) => /^\d+_/.test(n))
      .sort()) {
      if (upTo && name > upTo) break;
      if (after && name <= after) continue;
      db.exec(readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8'));
    }
  } finally {
    db.close();
  }
}

export type TempDb = {
  file: string;
  url: string;
  prisma: PrismaClient;
  cleanup: () => Promise<void>;
};

/** A real SQLite database file in a temporary folder, with the project's schema. */
export function createTempDb(): TempDb {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
  const file = path.join(dir, 'test.db');
  applyMigrations(file);
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  return {
    file,
    url,
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh, migrated database of the configured provider: a SQLite file (createTempDb), or with
 * DATABASE_URL on a PostgreSQL server (npm run test:postgres), a new database on that server.
 */
export async function createTempDatabase(options: { migrations?: boolean } = {}): Promise<TempDb> {
  const server = databaseUrl();
  if (databaseProvider(server) === 'sqlite') return createTempDb();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const dir = path.join(__dirname, '..', '..', PRISMA_PATHS.postgresql.migrations);
    for (const migration of options.migrations === false
      ? []
      : readdirSync(dir)
          .filter((n) => /^\d+_/.test(n))
          .sort()) {
      await client.query(readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8'));
    }
  } finally {
    await client.end();
  }
  const prisma = createPrismaClient(url.toString());
  return {
    file: '',
    url: url.toString(),
    prisma,
    cleanup: async () => {
      await prisma.$disconnect();
      const drop = new pg.Client({ connectionString: server });
      await drop.connect();
      await drop.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** Every row of every table, for before/after comparisons. */
export function dumpTables(file: string, tables: string[]): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}
