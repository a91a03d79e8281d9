import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../generated/prisma/client';
import { connectionOpened, databaseFile } from './db-health';
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

  constructor(
    private readonly inner: PrismaBetterSqlite3,
    private readonly onOpen: (adapter: SqlDriverAdapter) => void,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    this.onOpen(adapter);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}

/**
 * The application never creates its database (migrations do): with the file gone, a query fails
 * and the site answers 503, instead of quietly starting an empty database in its place.
 */
export function createPrismaClient(url = databaseUrl(), options: { logQueries?: (sql: string, params: string) => void } = {}): PrismaClient {
  let client: PrismaClient | null = null;
  const file = databaseFile(url);
  const close = async () => {
    await client?.$disconnect();
  };
  const adapter = new ConfiguredSqliteFactory(new PrismaBetterSqlite3({ url: ensureDatabaseDirectory(url), timeout: 5000, fileMustExist: true }), () =>
    connectionOpened(file, close),
  );
  if (!options.logQueries) return (client = new PrismaClient({ adapter }));
  const logging = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const log = options.logQueries;
  logging.$on('query', (event) => log(event.query, event.params));
  return (client = logging);
}

const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

/**
 * The process-wide client, kept on globalThis: Next.js may load this module once per bundle layer
 * (pages, route handlers) and once more per hot reload in development, and they all share it.
 */
export const prisma: PrismaClient = (globalForPrisma.portalPrisma ??= createPrismaClient());

export type { PrismaClient };
