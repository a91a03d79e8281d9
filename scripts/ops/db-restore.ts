/**
 * Restores a backup made by `npm run db:backup` over the configured database:
 *   npm run db:restore -- path/to/backup.db
 * The file is checked first and swapped in atomically; a running server reconnects by itself.
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
  const { articles } = await restoreDatabase(backup, target);
  console.log(`restore: ${target} now holds the backup ${backup} (${articles} articles)`);
}

main().catch((error: unknown) => {
  console.error(`db:restore: ${(error as Error).message}`);
  process.exitCode = 1;
});
