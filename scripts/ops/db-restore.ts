/**
 * Restores a backup made by `npm run db:backup` over the configured database:
 *   npm run db:restore -- path/to/backup.db
 * Stop the server first (it refuses while one has the database open). The file is checked first
 * (integrity, schema), every session in it ended, and it is swapped in atomically.
 */
import '../../lib/runtime/local-env-auto';
import { restoreDatabase, RestoreError } from './backup';
import { databaseFile } from '../../lib/db/health';

async function main() {
  const backup = process.argv[2];
  const target = databaseFile();
  if (!backup) throw new RestoreError('usage: npm run db:restore -- <backup file>');
  if (!target)
    throw new RestoreError(
      'DATABASE_URL is not a SQLite file: on PostgreSQL use pg_restore (docs/operations.md, «Several instances»)',
    );
  const { articles, pendingMigrations } = await restoreDatabase(backup, target);
  console.log(`restore: ${target} now holds the backup ${backup} (${articles} articles)`);
  if (pendingMigrations > 0)
    console.log(
      `restore: the backup is ${pendingMigrations} migration(s) behind this code: run npm run db:migrate before starting the server`,
    );
}

main().catch((error: unknown) => {
  console.error(`db:restore: ${(error as Error).message}`);
  process.exitCode = 1;
});
