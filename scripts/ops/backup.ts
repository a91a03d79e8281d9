import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Online backup of the SQLite database with SQLite's backup API: a consistent copy taken while the
 * site keeps reading and writing (pages are copied in steps; a write during the copy restarts it).
 */
export async function backupDatabase(
  source: string,
  destination: string,
): Promise<{ pages: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(destination);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}

export class RestoreError extends Error {}

/**
 * Restores a backup over the live database file: the backup is checked, copied next to the target
 * and renamed over it in one step, so readers see the old or the new database, never half of one.
 * A running server notices the new file and reconnects (lib/db/health.ts).
 */
export async function restoreDatabase(
  backup: string,
  target: string,
): Promise<{ articles: number }> {
  if (!existsSync(backup)) throw new RestoreError(`no backup at ${backup}`);
  let articles: number;
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new RestoreError(`backup fails SQLite's integrity check: ${String(integrity)}`);
    articles = (check.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`not a database of this site: ${(error as Error).message}`);
  } finally {
    check.close();
  }
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  await backupDatabase(backup, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  return { articles };
}
