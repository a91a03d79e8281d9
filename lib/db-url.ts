import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The SQLite file every process uses unless DATABASE_URL says otherwise (relative to the cwd). */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** SQLite creates the file but not its folder: make sure a fresh clone can open its database. */
export function ensureDatabaseDirectory(url: string): string {
  const file = url.replace(/^file:/, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
