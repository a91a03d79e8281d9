import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '../../generated/prisma-pg/client';
import { connectionOpened, databaseFile } from './health';
import { databaseProvider, databaseUrl, ensureDatabaseDirectory, replicaUrls } from './url';
import { reportQueryError } from './postgres-health';
import { env } from '../runtime/env';

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

type ClientOptions = {
  logQueries?: (sql: string, params: string) => void;
  /** PostgreSQL read replicas: model reads outside transactions go there, everything else to `url`. */
  replicaUrls?: string[];
};

/**
 * The application never creates its database (migrations do): with the file gone, a query fails
 * and the site answers 503, instead of quietly starting an empty database in its place.
 */
export function createPrismaClient(url = databaseUrl(), options: ClientOptions = {}): PrismaClient {
  if (databaseProvider(url) === 'postgresql') return createPostgresClient(url, options);
  let client: PrismaClient | null = null;
  const file = databaseFile(url);
  const close = async () => {
    await client?.$disconnect();
  };
  const adapter = new ConfiguredSqliteFactory(
    new PrismaBetterSqlite3({
      url: ensureDatabaseDirectory(url),
      timeout: 5000,
      fileMustExist: true,
    }),
    () => connectionOpened(file, close),
  );
  return (client = withQueryLog(
    new PrismaClient({
      adapter,
      log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
    }),
    options,
  ));
}

/**
 * PostgreSQL's client is generated from prisma/postgres/schema.prisma, the same models under
 * another provider: its API is the SQLite client's, so the rest of the code sees one type.
 */
function createPostgresClient(url: string, options: ClientOptions): PrismaClient {
  const connect = (connectionString: string) =>
    withQueryLog(
      new PostgresPrismaClient({
        adapter: new PrismaPg({
          connectionString,
          max: env().DATABASE_POOL_SIZE,
          connectionTimeoutMillis: 5000,
        }),
        log: options.logQueries ? [{ emit: 'event', level: 'query' }] : [],
      }) as unknown as PrismaClient,
      options,
    );
  const primary = reportingOutages(connect(url));
  const replicas = options.replicaUrls ?? [];
  if (replicas.length === 0) return primary;
  // Raw queries ($queryRaw: search) and transactions stay on the primary; see primaryOf().
  const routed = primary.$extends(readReplicas({ replicas: replicas.map(connect) as never }));
  return routed as unknown as PrismaClient;
}

/** Queries that fail because the server is gone mark the database unavailable (503, not 500). */
function reportingOutages(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          reportQueryError(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

/**
 * The client without replica routing: what the newsroom reads right after writing (a replica may
 * lag behind), and what sign-in reads back. The same client when there are no replicas.
 */
export function primaryOf(client: PrismaClient): PrismaClient {
  const routed = client as PrismaClient & { $primary?: () => PrismaClient };
  return typeof routed.$primary === 'function' ? routed.$primary() : client;
}

function withQueryLog(client: PrismaClient, options: ClientOptions): PrismaClient {
  const log = options.logQueries;
  if (log)
    (client as PrismaClient<'query'>).$on('query', (event) => log(event.query, event.params));
  return client;
}

const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

/**
 * The process-wide client, kept on globalThis: Next.js may load this module once per bundle layer
 * (pages, route handlers) and once more per hot reload in development, and they all share it.
 */
export const prisma: PrismaClient = (globalForPrisma.portalPrisma ??= createPrismaClient(
  databaseUrl(),
  { replicaUrls: replicaUrls() },
));

/** The newsroom's client: always the primary, so an editor reads back what was just saved. */
export const newsroomDb: PrismaClient = primaryOf(prisma);

export type { PrismaClient };
