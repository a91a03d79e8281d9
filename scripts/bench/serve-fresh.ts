import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync, rmSync } from 'node:fs';

/**
 * A production server on a freshly migrated and seeded database, for scripts that measure the
 * site (Lighthouse, benchmarks). Builds first unless told the current build is for this database.
 */
export type FreshServer = { url: string; pid: number; stop: () => Promise<void> };

export async function startFreshServer(options: {
  port: number;
  database: string;
  build?: boolean;
  seed?: boolean;
  env?: Record<string, string>;
  logFile?: string;
}): Promise<FreshServer> {
  const url = `http://localhost:${options.port}`;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: options.database,
    SITE_URL: url,
    ...options.env,
  };
  if (options.seed !== false) {
    const file = options.database.replace(/^file:/, '');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], { env, stdio: 'ignore' });
    execFileSync('node_modules/.bin/prisma', ['db', 'seed'], { env, stdio: 'ignore' });
  }
  // Data cached by an earlier server on another database must not leak into this one.
  rmSync('.next/cache/fetch-cache', { recursive: true, force: true });
  if (options.build !== false)
    execFileSync('npm', ['run', 'build', '--silent'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  // The server's JSON log goes to a file for the scripts to quote when something goes wrong.
  const log = options.logFile ? openSync(options.logFile, 'w') : 'ignore';
  const child: ChildProcess = spawn('node', ['--max-old-space-size=384', '.next/server.cjs'], {
    // As `npm run serve` does (fewer glibc arenas, less resident memory: docs/performance.md).
    env: { MALLOC_ARENA_MAX: '2', ...env, PORT: String(options.port) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // With several workers, the first answers /healthz before the others listen: wait for all.
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = (await fetch(`${url}/readyz`).then(
      (r) => r.json(),
      () => ({}),
    )) as { workers?: string };
    const [listening, expected] = (ready.workers ?? '1 of 1').split(' of ');
    if (listening === expected) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      // Workers drain (SHUTDOWN_DRAIN_MS) before they free the port.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    },
  };
}
