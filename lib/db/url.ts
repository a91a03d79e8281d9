import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The SQLite file every process uses unless DATABASE_URL says otherwise (relative to the cwd). */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** `postgresql://…` or `postgres://…`. */
export const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;

/** `file:` is the embedded SQLite default; `postgresql://` (or `postgres://`) a PostgreSQL server. */
export function databaseProvider(url = databaseUrl()): DatabaseProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRES_URL.test(url)) return 'postgresql';
  throw new Error('DATABASE_URL must be a SQLite file: URL or a postgresql:// URL');
}

/** DATABASE_REPLICA_URLS: a comma-separated list, blanks ignored (validated in lib/runtime/env.ts). */
export function replicaUrls(
  list: string | undefined = process.env.DATABASE_REPLICA_URLS,
): string[] {
  return (list ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

/** Schema and migrations of each provider (prisma.config.ts, readiness, tests). */
export const PRISMA_PATHS: Record<DatabaseProvider, { schema: string; migrations: string }> = {
  sqlite: { schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' },
  postgresql: { schema: 'prisma/postgres/schema.prisma', migrations: 'prisma/postgres/migrations' },
};

/** SQLite creates the file but not its folder: make sure a fresh clone can open its database. */
export function ensureDatabaseDirectory(url: string): string {
  if (databaseProvider(url) !== 'sqlite') return url;
  const file = url.replace(/^file:/, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
