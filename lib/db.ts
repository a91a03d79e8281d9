import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../generated/prisma/client';
import { databaseUrl, ensureDatabaseDirectory } from './db-url';

/**
 * One better-sqlite3 connection per process (the adapter serialises queries on it). WAL lets
 * readers run while a writer commits; busy_timeout makes a writer wait for another process's
 * write lock instead of failing at once.
 */
export const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000',
  // Refreshes the planner's statistics where they are missing or stale (cheap at connection open);
  // without them SQLite can pick a row-reading index over a covering one.
  'PRAGMA optimize = 0x10002',
].join(';\n');

class ConfiguredSqliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;

  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const adapter = new ConfiguredSqliteFactory(new PrismaBetterSqlite3({ url: ensureDatabaseDirectory(url), timeout: 5000 }));
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

/** The process-wide client; reused across hot reloads in development. */
export const prisma: PrismaClient = globalForPrisma.portalPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.portalPrisma = prisma;

export type { PrismaClient };
