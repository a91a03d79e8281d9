/**
 * A consistent online backup of the SQLite database, safe while the site serves traffic:
 *   npm run db:backup [-- path/to/backup.db]     (default data/backups/portal-<time>.db)
 */
import '../../lib/runtime/local-env-auto';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from './backup';
import { databaseFile } from '../../lib/db/health';

async function main() {
  const source = databaseFile();
  if (!source)
    throw new Error(
      'DATABASE_URL is not a SQLite file: on PostgreSQL use pg_dump (docs/operations.md, «Several instances»)',
    );
  const destination =
    process.argv[2] ??
    path.join('data', 'backups', `portal-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const started = performance.now();
  const { pages } = await backupDatabase(source, destination);
  console.log(
    `backup: ${destination} (${pages} pages, ${(statSync(destination).size / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`db:backup: ${(error as Error).message}`);
  process.exitCode = 1;
});
