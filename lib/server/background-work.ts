import { logger } from '../http/log';
import { startPublicationClock } from '../newsroom/publication-clock';

/** How often the search queue is looked at (a count on an empty table when nothing is queued). */
export const INDEX_QUEUE_CHECK_MS = 2_000;

/** Asks one of this process's internal routes (in process, no HTTP); the answer's status and body. */
export type InternalCall = (
  url: string,
  body: unknown,
) => Promise<{ status: number; body: string }>;

/**
 * Work that runs once per server, in one worker (lib/server/primary.ts picks it): expiring what
 * became due at its publication time, and indexing what writes left in the search queue. Both
 * are internal routes, because expiring caches needs Next.js's request context; the changes they
 * make reach the other workers as any change does. Returns what stops them.
 */
export function startBackgroundWork(call: InternalCall): () => void {
  const stopClock = startPublicationClock(async (window) => {
    const answer = await call('/api/internal/publish-due', {
      since: window.since.toISOString(),
      until: window.until.toISOString(),
    });
    if (answer.status !== 200) {
      logger.warn(
        { status: answer.status, body: answer.body.slice(0, 200) },
        'publication clock: the due articles were not expired',
      );
      return false;
    }
    const { ids } = JSON.parse(answer.body) as { ids: number[] };
    if (ids.length > 0) logger.info({ ids }, 'publication clock: articles became due');
    return true;
  });

  let draining = false;
  const drain = setInterval(() => {
    if (draining) return;
    draining = true;
    call('/api/internal/index-queue', {})
      .then((answer) => {
        if (answer.status !== 200)
          logger.warn({ status: answer.status }, 'search queue: not indexed, next check retries');
        else {
          const { indexed, pending } = JSON.parse(answer.body) as {
            indexed: number;
            pending: number;
          };
          if (indexed > 0) logger.info({ indexed, pending }, 'search queue: articles indexed');
        }
      })
      .catch(() => undefined)
      .finally(() => (draining = false));
  }, INDEX_QUEUE_CHECK_MS);
  drain.unref();

  return () => {
    stopClock();
    clearInterval(drain);
  };
}
