/**
 * `npm run test:postgres`: the suite on PostgreSQL with several instances. Starts a throwaway
 * PostgreSQL server and a Redis server (Debian's binaries), runs the search, concurrent-save and
 * migration tests on PostgreSQL, then the reader and newsroom e2e projects against a production
 * build on PostgreSQL whose Next.js cache lives in Redis, and the instances project (a second instance on the same
 * database and cache; Redis killed under a third; PostgreSQL stopped under a fourth). Exits
 * non-zero on the first failure.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startPostgres } from './services/postgres';
import { startRedis } from './services/redis';

const root = path.join(__dirname, '..', '..');

function step(title: string, command: string, args: string[], env: Record<string, string>): void {
  console.log(`\ntest:postgres: ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
}

async function main(): Promise<void> {
  const postgres = await startPostgres({ durable: false });
  const redis = await startRedis();
  console.log(`test:postgres: PostgreSQL on port ${postgres.port}, Redis on port ${redis.port}`);
  try {
    const pgTests = readdirSync(path.join(root, 'tests', 'postgres'))
      .filter((f) => f.endsWith('.pg-test.ts'))
      .map((f) => path.join('tests', 'postgres', f));
    step(
      'unit tests on PostgreSQL',
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        'tests/search.test.ts',
        'tests/concurrent-saves.test.ts',
        'tests/accounts.test.ts',
        ...pgTests,
      ],
      {
        DATABASE_URL: postgres.url,
      },
    );
    // The faults project plays SQLite file outages on copies of the SQLite database: not run here.
    step(
      'e2e on PostgreSQL + Redis, two instances',
      path.join(root, 'node_modules', '.bin', 'playwright'),
      ['test', '--project=reader', '--project=newsroom', '--project=instances'],
      {
        E2E_DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        E2E_INSTANCES: '1',
        AUTH_SECRET: randomBytes(48).toString('base64url'),
      },
    );
  } finally {
    await redis.stop();
    postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`test:postgres: ${(error as Error).message}`);
  process.exit(1);
});
