/**
 * `npm run test:postgres`: the suite on PostgreSQL with several instances. Starts a throwaway
 * PostgreSQL server and a Redis server (Debian's binaries) and an S3-protocol server (s3rver),
 * runs the search, concurrent-save, migration and media tests on PostgreSQL with photos in the
 * bucket, then the reader, newsroom, media library and rich-body e2e projects against a
 * production build on PostgreSQL whose Next.js cache lives in Redis and whose photos live in the
 * bucket, and the instances project (a second instance on the same database, cache and bucket;
 * Redis killed under a third; PostgreSQL stopped under a fourth). Exits non-zero on the first
 * failure.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startPostgres } from './services/postgres';
import { startRedis } from './services/redis';
import { startS3 } from './services/s3';

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

/** The e2e server script reads its media settings as E2E_*, so a developer's own never leak in. */
const prefixed = (env: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(env).map(([key, value]) => [`${prefix}${key}`, value]));

async function main(): Promise<void> {
  const postgres = await startPostgres({ durable: false });
  const redis = await startRedis();
  const s3 = await startS3();
  console.log(
    `test:postgres: PostgreSQL on port ${postgres.port}, Redis on port ${redis.port}, S3 at ${s3.endpoint}`,
  );
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
        'tests/media-library.test.ts',
        'tests/import-manifest.test.ts',
        ...pgTests,
      ],
      {
        DATABASE_URL: postgres.url,
        ...s3.env('unit'),
      },
    );
    // The faults project plays SQLite file outages on copies of the SQLite database: not run here.
    // Nor the long article's weight: with Redis our response cache (its Brotli copy) is off.
    step(
      'e2e on PostgreSQL + Redis + S3, two instances',
      path.join(root, 'node_modules', '.bin', 'playwright'),
      [
        'test',
        '--project=reader',
        '--project=newsroom',
        '--project=photos',
        '--project=body',
        '--project=workflow',
        '--project=instances',
      ],
      {
        E2E_DATABASE_URL: postgres.url,
        ...prefixed(s3.env('e2e'), 'E2E_'),
        REDIS_URL: redis.url,
        E2E_INSTANCES: '1',
        AUTH_SECRET: randomBytes(48).toString('base64url'),
      },
    );
  } finally {
    await s3.stop();
    await redis.stop();
    postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`test:postgres: ${(error as Error).message}`);
  process.exit(1);
});
