/**
 * The production server. `npm run serve` runs it (PORT, default 3000; HOSTNAME, default 0.0.0.0;
 * WEB_CONCURRENCY worker processes, default one per core): with one worker this process serves
 * requests itself (lib/server/worker.ts); with several it is their primary (lib/server/primary.ts),
 * runs no Next.js, and each worker runs this file again. docs/decisions/0001-custom-server.md and
 * 0011-workers.md say why.
 */
import './lib/runtime/local-env-auto';
import cluster from 'node:cluster';
import { databaseFile } from './lib/db/health';
import { holdServerLock } from './lib/db/server-lock';
import { logger } from './lib/http/log';
import { env } from './lib/runtime/env';
import { SHUTDOWN_GRACE_MS } from './lib/server/shutdown';
import { workerCount } from './lib/server/workers';

function start(): Promise<void> {
  const config = env();
  const workers = workerCount(config.WEB_CONCURRENCY);
  // Loaded only where it runs: the primary never loads Next.js.
  if (cluster.isWorker || workers === 1)
    return import('./lib/server/worker').then((worker) => worker.runWorker());
  const dbFile = databaseFile();
  // `npm run db:restore` refuses while this file names a live process (lib/db/server-lock.ts).
  const release = dbFile ? holdServerLock(dbFile) : () => {};
  return import('./lib/server/primary').then((primary) =>
    primary.runPrimary({
      workers,
      drainMs: config.SHUTDOWN_DRAIN_MS,
      graceMs: SHUTDOWN_GRACE_MS,
      onStopped: release,
    }),
  );
}

start().catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});
