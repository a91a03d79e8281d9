import { PUBLICATION_CHECK_MS } from './internal-token';

/** Hands a window of time to the route that expires what became due in it; true once done. */
export type ExpireDue = (window: { since: Date; until: Date }) => Promise<boolean>;

/**
 * Every few seconds, expires the caches of articles that became due since the last tick. Cache
 * expiry needs a Next.js request context, so server.ts hands the window to the internal route
 * inside this process (no HTTP, no log line); a window that failed is covered by the next tick.
 */
export function startPublicationClock(expireDue: ExpireDue): () => void {
  let since = new Date(Date.now() - 2 * 60_000);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const until = new Date();
    try {
      if (await expireDue({ since, until })) since = until;
    } catch {
      // The server is starting or stopping; the next tick covers this window too.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), PUBLICATION_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
