// @ts-check
/**
 * Next.js's own cache (rendered pages, the data cache and revalidated tags) in Redis, so that
 * several instances share it: a publication expires its tags once, in Redis, for all of them.
 * next.config.js installs it only when REDIS_URL is set; without it the single-machine default
 * (memory and .next/cache on disk) stays as it is.
 *
 * Plain JavaScript because Next.js loads it itself, outside the bundle.
 *
 * Redis going away must not take pages down: commands are not queued while disconnected
 * (disableOfflineQueue), the handler refuses at once when the client is not ready, and each
 * command times out after a second. A read that fails is a cache miss, so pages render uncached
 * (200); writes and tag expiries that fail are dropped. The client reconnects by itself.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';

const STATE = Symbol.for('homepress.redisCacheHandler');
const COMMAND_TIMEOUT_MS = 1000;
const FIRST_CONNECTION_WAIT_MS = 1500;

/**
 * One JSON line in the shape of the server's pino logs (lib/http/log.ts).
 * @param {number} level @param {string} msg @param {Record<string, unknown>} [extra]
 */
function log(level, msg, extra = {}) {
  const line = {
    level,
    time: new Date().toISOString(),
    service: 'homepress',
    component: 'redis-cache',
    ...extra,
    msg,
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Connects and waits for the first connection at most `FIRST_CONNECTION_WAIT_MS`: the handler is
 * created on a fresh instance's first request, and without the wait that request and the next few
 * would miss the shared cache and render pages other instances already hold. With Redis down at
 * start, only that first request waits; later ones get a miss at once until the client is ready.
 */
async function connect() {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set, yet the Redis cache handler was loaded');
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  let down = false;
  client.on('error', (error) => {
    // The client repeats an error on every reconnection attempt: log the outage once.
    if (!down)
      log(50, 'redis unavailable: pages render uncached until it is back', {
        err: String(error?.message ?? error),
      });
    down = true;
  });
  client.on('ready', () => {
    if (down) log(30, 'redis available again');
    down = false;
  });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const gaveUp = new Promise((resolve) => (timer = setTimeout(resolve, FIRST_CONNECTION_WAIT_MS)));
  await Promise.race([client.connect().catch(() => {}), gaveUp]);
  clearTimeout(timer);
  return client;
}

CacheHandler.onCreation(({ buildId }) => {
  const holder = /** @type {Record<symbol, unknown>} */ (globalThis);
  holder[STATE] ??= connect().then((client) => ({
    handlers: [
      createRedisHandler({
        client,
        // Pages of one build must not be served by another (their scripts differ).
        keyPrefix: `homepress:${buildId ?? 'dev'}:`,
        timeoutMs: COMMAND_TIMEOUT_MS,
      }),
    ],
  }));
  return /** @type {any} */ (holder[STATE]);
});

/**
 * Route handlers (sitemaps, feeds) carry their tags in the x-next-cache-tags header of the cached
 * response, as pages do, but the handler reads that header for pages only: without this, their
 * entries are stored untagged and a publication never expires them.
 */
class TaggedRoutesCacheHandler extends CacheHandler {
  /** @override @type {CacheHandler['set']} */
  async set(key, value, ctx) {
    if (value?.kind === 'APP_ROUTE') {
      const header = value.headers?.['x-next-cache-tags'];
      const fromHeader = typeof header === 'string' ? header.split(',').filter(Boolean) : [];
      ctx = { ...ctx, tags: [...new Set([...(ctx?.tags ?? []), ...fromHeader])] };
    }
    return super.set(key, value, ctx);
  }
}

export default TaggedRoutesCacheHandler;
