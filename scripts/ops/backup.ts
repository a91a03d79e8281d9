import Database from 'better-sqlite3';
import { chmodSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { serverHolding, serverLockFile } from '../../lib/db/server-lock';

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
    // A backup holds every account's password hash and session: for its owner's eyes only.
    chmodSync(destination, 0o600);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}

export class RestoreError extends Error {}

const migrationsDir = path.join(__dirname, '..', '..', 'prisma', 'migrations');

/** Migrations this code knows, by name. */
function knownMigrations(): Set<string> {
  return new Set(readdirSync(migrationsDir).filter((name) => /^\d+_/.test(name)));
}

/**
 * Restores a backup over the database file, refusing while a server has it open (stop it first):
 * the backup is checked (integrity, and a schema this code knows), copied next to the target with
 * every session ended, and renamed over it in one step. The live database's WAL is checkpointed
 * into it before the swap, never deleted with committed pages in it.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
): Promise<{ articles: number; pendingMigrations: number }> {
  const holder = serverHolding(target);
  if (holder)
    throw new RestoreError(
      `a server (process ${holder}) has ${target} open: stop it, restore, then start it again (${serverLockFile(target)})`,
    );
  if (!existsSync(backup)) throw new RestoreError(`no backup at ${backup}`);
  let articles: number;
  let pendingMigrations: number;
  const check = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new RestoreError(`backup fails SQLite's integrity check: ${String(integrity)}`);
    articles = (check.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
    const applied = (
      check
        .prepare(
          'SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL',
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    const known = knownMigrations();
    const unknown = applied.filter((name) => !known.has(name));
    if (unknown.length)
      throw new RestoreError(
        `backup has migrations this code does not know (${unknown.join(', ')}): restore it with the version that made it`,
      );
    pendingMigrations = known.size - applied.length;
  } catch (error) {
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`not a database of this site: ${(error as Error).message}`);
  } finally {
    check.close();
  }
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  await backupDatabase(backup, staging);
  const copy = new Database(staging);
  try {
    // Whoever was signed in when the backup was taken signs in again.
    copy.exec('DELETE FROM "Session"');
  } finally {
    copy.close();
  }
  if (existsSync(target)) {
    const live = new Database(target, { fileMustExist: true });
    try {
      live.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      live.close();
    }
  }
  renameSync(staging, target);
  // Empty after the checkpoint; a stale WAL beside the new file must not be replayed into it.
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  return { articles, pendingMigrations };
}
