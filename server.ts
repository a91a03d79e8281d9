/**
 * The production server: Next.js behind a few plain-Node checks, with structured logs and a
 * graceful shutdown. `npm run serve` runs it (PORT, default 3000; HOSTNAME, default 0.0.0.0).
 */
import './lib/local-env-auto';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, get as httpGet, type IncomingMessage } from 'node:http';
import { Server as NetServer } from 'node:net';
import path from 'node:path';
import next from 'next';
import { SHARED_CACHE_CONTROL } from './lib/cache-tags';
import { checkDatabaseFile, closeDatabase, databaseAvailable, databaseFile, databaseFileUsable } from './lib/db-health';
import { databaseProvider, databaseUrl } from './lib/db-url';
import { guardRequest } from './lib/http/guard';
import { checkPostgres } from './lib/postgres-health';
import { env } from './lib/env';
import { markShuttingDown } from './lib/lifecycle';
import { logger, requestIdFrom } from './lib/http/log';
import { answerOutagesWithPage, OUTAGE_HTML, RETRY_AFTER_SECONDS } from './lib/http/outage';
import { RenderQueue } from './lib/http/render-queue';
import { renderStarted } from './lib/render-registry';
import { ResponseCache, type CachePolicy } from './lib/http/response-cache';
import { BASE_HEADERS, HSTS, newNonce, newsroomCsp, READER_CSP } from './lib/http/security-headers';
import { serverConfig } from './lib/http/server-config';
import { serveBrotliAsset } from './lib/http/static-brotli';

const config = serverConfig(process.env);
const { PORT: port, HOSTNAME: hostname } = config;
/** Behind nginx (deploy/nginx), X-Forwarded-For comes from it; otherwise it is the socket's peer. */
const trustProxy = config.TRUST_PROXY;
const siteIsHttps = env().SITE_URL.startsWith('https://');
const SHUTDOWN_GRACE_MS = 15_000;
/** How long SIGTERM keeps accepting connections before closing the listener (see stop()). */
const SHUTDOWN_DRAIN_MS = config.SHUTDOWN_DRAIN_MS;
/** Finished reader pages kept in memory, gzip-compressed (RESPONSE_CACHE_MB=0 turns it off). */
const sharedTtl = config.RESPONSE_CACHE_SECONDS;
const searchTtl = config.SEARCH_CACHE_SECONDS;
/** Proves a request is this process refreshing a stale page, not a client dodging the cache. */
const REFRESH_TOKEN = randomBytes(16).toString('hex');
const responseCache = new ResponseCache(
  config.RESPONSE_CACHE_MB * 1024 * 1024,
  (url) =>
    new Promise<void>((resolve) => {
      const refresh = httpGet({ host: '127.0.0.1', port, path: url, headers: { 'x-homepress-refresh': REFRESH_TOKEN } }, (res) => {
        res.on('end', resolve).on('error', resolve).resume();
      });
      refresh.setTimeout(30_000, () => refresh.destroy(new Error('background refresh timed out')));
      refresh.on('error', (error) => {
        logger.warn({ err: error, path: url }, 'background refresh failed');
        resolve();
      });
    }),
);
/** Requests inside Next.js at once, and how many may wait for a turn (lib/http/render-queue.ts). */
const renderQueue = new RenderQueue(config.RENDER_CONCURRENCY, config.RENDER_QUEUE);
/** How long a background render started by Next.js is assumed to run (it reports no end). */
const BACKGROUND_RENDER_MS = 1000;
const SHARED_PAGES = /^\/($|news\/|category\/|tag\/|author\/|feeds\/|sitemap\.xml$|sitemaps\/|news-sitemap\.xml$)/;

function cachePolicy(req: IncomingMessage): CachePolicy | null {
  if (!responseCache.enabled || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action']) return null;
  const url = req.url ?? '';
  if (SHARED_PAGES.test(url)) return sharedTtl > 0 ? { kind: 'shared', ttlSeconds: sharedTtl } : null;
  // Search results are the same for every reader: popular queries during a news spike are asked
  // again and again.
  if (url.startsWith('/search?') && searchTtl > 0) return { kind: 'private', ttlSeconds: searchTtl };
  return null;
}

// Next.js and libraries write to the console: route it through the structured logger.
console.error = (...args: unknown[]) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' '));
console.warn = (...args: unknown[]) => logger.warn(args.map(String).join(' '));
console.log = console.info = (...args: unknown[]) => logger.info(args.map(String).join(' '));

/**
 * A standalone deployment (.next/standalone, see scripts/standalone.ts) has no next.config.js: the
 * build wrote the resolved configuration beside the server, and Next.js is given that instead.
 */
function standaloneConfig(dir: string): NonNullable<Parameters<typeof next>[0]['conf']> | undefined {
  const manifest = path.join(dir, '.next', 'required-server-files.json');
  if (existsSync(path.join(dir, 'next.config.js')) || !existsSync(manifest)) return undefined;
  const { config } = JSON.parse(readFileSync(manifest, 'utf8')) as { config: NonNullable<Parameters<typeof next>[0]['conf']> };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}

async function main() {
  process.env.PORT = String(port);
  const dir = process.cwd();
  const conf = standaloneConfig(dir);
  const app = next({ dev: false, dir, hostname, port, ...(conf ? { conf } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const staticDir = path.join(process.cwd(), '.next', 'static');
  const dbFile = databaseFile();
  const dbUrl = databaseUrl();
  // SQLite: the file is watched; PostgreSQL: the server is asked (lib/postgres-health.ts).
  const checkDatabase = databaseProvider(dbUrl) === 'postgresql' ? () => checkPostgres(dbUrl) : () => checkDatabaseFile(dbFile);
  setInterval(() => void checkDatabase(), 1000).unref();

  let stopping = false;
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', id);
    if (stopping) res.setHeader('connection', 'close');
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    if (siteIsHttps || (trustProxy && req.headers['x-forwarded-proto'] === 'https')) res.setHeader('strict-transport-security', HSTS);
    if (req.url === '/admin' || req.url?.startsWith('/admin/') || req.url?.startsWith('/admin?')) {
      // Rendered per request: a fresh nonce, which Next.js reads from this request header and
      // puts on its own scripts.
      const csp = newsroomCsp(newNonce());
      req.headers['content-security-policy'] = csp;
      res.setHeader('content-security-policy', csp);
    } else {
      res.setHeader('content-security-policy', READER_CSP);
    }
    if (!trustProxy || !req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    // Next.js derives Cache-Control from its own revalidation period (an hour for an article, which
    // it expires on demand). Shared caches cannot see those expirations, so they get a short
    // freshness with stale-while-revalidate instead; private and no-store answers pass unchanged.
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) => {
      const header = name.toLowerCase();
      // Next.js answered from a stale copy and is rendering a fresh one in the background, outside
      // this response: a write meanwhile must wait for that render too (lib/render-registry.ts).
      if (header === 'x-nextjs-cache' && value === 'STALE') setTimeout(renderStarted(req.url ?? '/'), BACKGROUND_RENDER_MS).unref();
      return setHeader(name, header === 'cache-control' && typeof value === 'string' && value.startsWith('s-maxage=') ? SHARED_CACHE_CONTROL : value);
    };
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ reqId: id, method: req.method, path: req.url, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request');
    });

    // A page that failed because the database is gone is a temporary outage: 503 with Retry-After
    // (cached pages keep answering 200 from the caches in front of the database).
    const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => typeof res;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status >= 500 && (!databaseAvailable() || !databaseFileUsable(dbFile))) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        res.setHeader('cache-control', 'no-store');
        res.removeHeader('content-length');
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;

    if (serveBrotliAsset(req, res, staticDir)) return;
    // The file watcher looks every second; a request that finds the file gone acts at once, so no
    // page is read from a connection to a file that is no longer there.
    if (databaseAvailable() && !databaseFileUsable(dbFile)) void checkDatabaseFile(dbFile);
    if (!databaseAvailable() && !/^\/(readyz|healthz|api\/)/.test(req.url ?? '')) answerOutagesWithPage(req, res);
    const decision = guardRequest(req.method, req.url);
    if (decision.kind === 'redirect') {
      res.writeHead(308, { location: decision.location, 'cache-control': 'public, max-age=3600' }).end();
      return;
    }
    if (decision.kind === 'reject') {
      res.writeHead(decision.status, decision.headers).end(req.method === 'HEAD' ? undefined : decision.body);
      return;
    }
    const render = () =>
      handle(req, res).catch((error: unknown) => {
        logger.error({ reqId: id, err: error }, 'unhandled request error');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
    // Health checks never wait behind pages: a busy server is alive.
    if (/^\/(healthz|readyz)$/.test(req.url ?? '')) return void render();
    /** `starting` runs when the request leaves the line for Next.js. */
    const renderInTurn = (starting?: () => void) => {
      const start = () => {
        starting?.();
        void render();
      };
      if (!renderQueue.enter(res, start)) {
        res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : OUTAGE_HTML);
      }
    };
    // Reader pages being rendered are recorded so that a write waits for them (lib/render-registry.ts).
    const tracked = () => res.once('close', renderStarted(req.url ?? '/'));
    // Router payloads (?_rsc=, prefetches) of a page render into the same cache entry as the page.
    const readerPage = (req.method === 'GET' || req.method === 'HEAD') && SHARED_PAGES.test((req.url ?? '').split('?')[0]!);
    const policy = cachePolicy(req);
    if (!policy) return renderInTurn(readerPage ? tracked : undefined);
    const refreshing = req.headers['x-homepress-refresh'] === REFRESH_TOKEN;
    if (!refreshing && responseCache.serve(req, res)) return;
    const renderAndKeep = () => {
      responseCache.capture(req, res, policy);
      renderInTurn(tracked);
    };
    if (!refreshing && responseCache.join(req, res, renderAndKeep)) return;
    renderAndKeep();
  });

  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => logger.info({ port, hostname }, 'ready'));

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markShuttingDown();
    // SIGTERM comes from a supervisor or orchestrator: /readyz says 503 while connections already
    // on their way (in the listen queue, or sent by a balancer that has not yet noticed) are
    // still accepted and answered. Closing the listener at once would reset them.
    const drainMs = signal === 'SIGTERM' ? SHUTDOWN_DRAIN_MS : 0;
    logger.info({ signal, drainMs }, 'shutting down: finishing requests in flight');
    if (drainMs) await new Promise((resolve) => setTimeout(resolve, drainMs));
    // net's close, not http's: http.Server#close also drops every connection it sees as idle,
    // including one whose request has arrived but not been read yet (its client gets a reset).
    NetServer.prototype.close.call(server, () => {
      void closeDatabase().then(() => {
        logger.info('stopped cleanly: database closed');
        process.exit(0);
      });
    });
    // Once what was already sent has had a moment to be read, idle keep-alive connections go
    // (answers given meanwhile say «Connection: close», so clients do not reuse them).
    setTimeout(() => {
      server.closeIdleConnections();
      setInterval(() => server.closeIdleConnections(), 250).unref();
    }, 1000).unref();
    setTimeout(() => {
      logger.warn('requests still running after the grace period: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});
