/**
 * `npm run test:postgres`: the suite on PostgreSQL. Starts a throwaway PostgreSQL server (Debian's
 * binaries), then runs the search and migration tests on it and the reader and newsroom e2e
 * projects against a production build on it. Exits non-zero on the first failure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startPostgres } from './postgres/server';

const root = path.join(__dirname, '..');

function step(title: string, command: string, args: string[], env: Record<string, string>): void {
  console.log(`\ntest:postgres: ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<void> {
  const postgres = await startPostgres({ durable: false });
  console.log(`test:postgres: PostgreSQL on port ${postgres.port}`);
  try {
    const env = { DATABASE_URL: postgres.url };
    const pgTests = readdirSync(path.join(root, 'tests', 'postgres')).filter((f) => f.endsWith('.pg-test.ts')).map((f) => path.join('tests', 'postgres', f));
    step('unit tests on PostgreSQL', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'tests/search.test.ts', ...pgTests], env);
    // The faults project plays SQLite file outages on copies of the SQLite database: not run here.
    step('e2e on PostgreSQL', path.join(root, 'node_modules', '.bin', 'playwright'), ['test', '--project=reader', '--project=newsroom'], {
      E2E_DATABASE_URL: postgres.url,
    });
  } finally {
    postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`test:postgres: ${(error as Error).message}`);
  process.exit(1);
});
