/** The SQLite file every process uses unless DATABASE_URL says otherwise (relative to the cwd). */
export const DEFAULT_DATABASE_URL = 'file:./data/portal.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}
