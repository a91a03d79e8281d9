import { availableParallelism, totalmem } from 'node:os';

/**
 * Workers started when WEB_CONCURRENCY is unset, at most: past this, a SQLite site waits on its
 * one writer and a PostgreSQL site on its connection pool (DATABASE_POOL_SIZE per worker), not on
 * CPU, and every worker keeps its own caches.
 */
export const MAX_DEFAULT_WORKERS = 8;

/**
 * Memory a worker is given room for: its heap is capped at 384 MB (`npm run serve`), and it
 * measured 150-390 MB RSS under the benchmarks (docs/performance.md).
 */
export const MEMORY_PER_WORKER = 512 * 1024 * 1024;

/** How many worker processes serve requests: WEB_CONCURRENCY, else one per core within memory. */
export function workerCount(
  configured: number | undefined,
  machine: { cores: number; memory: number } = {
    cores: availableParallelism(),
    memory: totalmem(),
  },
): number {
  if (configured !== undefined) return configured;
  const byMemory = Math.floor(machine.memory / MEMORY_PER_WORKER);
  return Math.max(1, Math.min(machine.cores, MAX_DEFAULT_WORKERS, byMemory));
}
