import { internalToken, PUBLICATION_CHECK_MS } from './internal-token';

/**
 * Every few seconds, asks this server to expire the caches of articles that became due since the
 * last tick. Cache revalidation needs a request context, hence the call to our own route.
 */
export function startPublicationClock(): void {
  let since = new Date(Date.now() - 2 * 60_000);
  const tick = async () => {
    const port = process.env.PORT;
    if (!port) return;
    const until = new Date();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/internal/publish-due`, {
        method: 'POST',
        headers: { authorization: `Bearer ${internalToken()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ since: since.toISOString(), until: until.toISOString() }),
      });
      if (response.ok) since = until;
    } catch {
      // The server is starting or stopping; the next tick covers this window too.
    }
  };
  const timer = setInterval(tick, PUBLICATION_CHECK_MS);
  timer.unref();
}
