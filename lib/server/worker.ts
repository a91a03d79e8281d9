/**
 * One server process: Next.js behind a few plain-Node steps, with structured logs and a graceful
 * shutdown. server.ts runs it alone (WEB_CONCURRENCY=1) or as one worker of several, under
 * lib/server/primary.ts. docs/decisions/0001-custom-server.md says why it exists; each step lives
 * in lib/http/.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { Server as NetServer } from 'node:net';
import path from 'node:path';
import { inject } from 'light-my-request';
import next from 'next';
import {
  checkDatabaseFile,
  closeDatabase,
  databaseAvailable,
  databaseFile,
  databaseFileUsable,
} from '../db/health';
import { holdServerLock } from '../db/server-lock';
import { databaseProvider, databaseUrl } from '../db/url';
import { env } from '../runtime/env';
import { guard } from '../http/guard';
import { logger } from '../http/log';
import { outagePages } from '../http/outage';
import { pageTags, trackPageTags } from '../http/page-tags';
import { forwardedFor } from '../http/proxy-headers';
import { inTurn, trackRacingRenders } from '../http/render-steps';
import { RenderQueue } from '../http/render-queue';
import { readerHtml } from '../http/reader-html';
import { requestLog } from '../http/request-log';
import { resolvedPath } from '../http/resolved-path';
import { embedFrames } from '../http/embed-frames';
import { enhancementScripts, loadEnhancements } from '../http/enhancements';
import { drainDeadline, requestLimits, SERVER_TIMEOUTS } from '../http/request-limits';
import { ResponseCache, type CachePolicy, type SharedPage } from '../http/response-cache';
import { securityHeaders } from '../http/security-headers';
import { sharedCacheControl } from '../http/shared-cache-control';
import { staticAssets } from '../http/static-brotli';
import { mediaFiles } from '../http/media-files';
import { mediaStore } from '../media/store';
import { composeSteps, type Step } from '../http/steps';
import { markShuttingDown } from '../runtime/lifecycle';
import { internalToken } from '../newsroom/internal-token';
import { startBackgroundWork, type InternalCall } from './background-work';
import { SHUTDOWN_GRACE_MS } from './shutdown';
import { workerLink } from './worker-link';
import { checkPostgres } from '../db/postgres-health';
import {
  isHealthCheck,
  isPhotoUpload,
  isSearchPage,
  isSharedPage,
  loggablePath,
  NOT_FOUND_PROBE_PATH,
  readerCacheKey,
} from '../routes';

const config = env();
const { PORT: port, HOSTNAME: hostname } = config;
const WRITE_CONCURRENCY = 4;
const WRITE_QUEUE = 64;
/** Proves a request is this process refreshing a stale page, not a client dodging the cache. */
const REFRESH_TOKEN = randomBytes(16).toString('hex');

// Next.js and libraries write to the console: route it through the structured logger.
console.error = (...args: unknown[]) =>
  logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' '));
console.warn = (...args: unknown[]) => logger.warn(args.map(String).join(' '));
console.log = console.info = (...args: unknown[]) => logger.info(args.map(String).join(' '));

/** Which reader answers the response cache keeps, and for how long (RESPONSE_CACHE_MB=0 turns it off). */
function cachePolicy(req: IncomingMessage): CachePolicy | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action'])
    return null;
  if (isSharedPage(req.url))
    return config.RESPONSE_CACHE_SECONDS > 0
      ? { kind: 'shared', ttlSeconds: config.RESPONSE_CACHE_SECONDS }
      : null;
  // Search results are the same for every reader: popular queries during a news spike are asked
  // again and again.
  if (isSearchPage(req.url) && req.url?.includes('?') && config.SEARCH_CACHE_SECONDS > 0)
    return { kind: 'private', ttlSeconds: config.SEARCH_CACHE_SECONDS };
  return null;
}

/**
 * A stale page's fresh copy, asked of this process's own server without the cache (in process:
 * over HTTP another worker could answer it); settles when it is complete.
 */
function refreshPage(listener: RequestListener, url: string): Promise<void> {
  return inject(listener, { url, headers: { 'x-homepress-refresh': REFRESH_TOKEN } }).then(
    () => undefined,
    (error: unknown) => logger.warn({ err: error, path: url }, 'background refresh failed'),
  );
}

/**
 * A standalone deployment (.next/standalone, see scripts/build/standalone.ts) has no next.config.js: the
 * build wrote the resolved configuration beside the server, and Next.js is given that instead
 * (docs/decisions/0003-standalone-output.md: why the private variable is set too).
 */
function standaloneConfig(
  dir: string,
): NonNullable<Parameters<typeof next>[0]['conf']> | undefined {
  const manifest = path.join(dir, '.next', 'required-server-files.json');
  if (existsSync(path.join(dir, 'next.config.js')) || !existsSync(manifest)) return undefined;
  const { config } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    config: NonNullable<Parameters<typeof next>[0]['conf']>;
  };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  return config;
}

/** Starts this process's server; resolves once it listens. */
export async function runWorker(): Promise<void> {
  process.env.PORT = String(port);
  const dir = process.cwd();
  const conf = standaloneConfig(dir);
  const app = next({ dev: false, dir, hostname, port, ...(conf ? { conf } : {}) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const dbFile = databaseFile();
  const dbUrl = databaseUrl();
  const link = workerLink({
    applyPeerExpiry: (tags) => expireHere(tags),
    adoptPage: (key, page) => void responseCache.adopt(key, page),
  });
  // `npm run db:restore` refuses while this file names a live process (lib/db/server-lock.ts);
  // with several workers the primary holds it.
  if (dbFile && !link) process.once('exit', holdServerLock(dbFile));
  /** One of this process's internal routes, with this process's token. */
  const callInternal: InternalCall = (url, body) =>
    inject(handle as Parameters<typeof inject>[0], {
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${internalToken()}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    }).then((answer) => ({ status: answer.statusCode, body: answer.body }));
  /** A change another worker made, applied to this worker's caches. */
  const expireHere = async (tags: string[]) => {
    const answer = await callInternal('/api/internal/expire-tags', { tags });
    if (answer.status !== 200)
      logger.warn(
        { status: answer.status, tags: tags.length },
        'a peer worker change was not expired here',
      );
  };
  // SQLite: the file is watched; PostgreSQL: the server is asked (lib/db/postgres-health.ts).
  const checkDatabase =
    databaseProvider(dbUrl) === 'postgresql'
      ? () => checkPostgres(dbUrl)
      : () => checkDatabaseFile(dbFile);
  setInterval(() => void checkDatabase(), 1000).unref();

  const enhancements = loadEnhancements(path.join(dir, 'public'));
  // The full not-found page (app/not-found.tsx, prerendered at build), kept a minute.
  let notFound: { at: number; page: Promise<string | undefined> } | undefined;
  const notFoundPage = () => {
    if (!notFound || Date.now() - notFound.at > 60_000)
      notFound = {
        at: Date.now(),
        page: inject(handle as Parameters<typeof inject>[0], { url: NOT_FOUND_PROBE_PATH }).then(
          (answer) => (answer.statusCode === 404 ? answer.body : undefined),
          () => undefined,
        ),
      };
    return notFound.page;
  };
  const responseCache = new ResponseCache({
    maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
    policyFor: cachePolicy,
    keyOf: (req) => readerCacheKey(req.url),
    tagsOf: pageTags,
    refresh: (url) => refreshPage(listener, url),
    isRefresh: (req) => req.headers['x-homepress-refresh'] === REFRESH_TOKEN,
    // Every worker keeps what one rendered: a page costs one render per server, not per worker.
    ...(link ? { onKept: (key: string, page: SharedPage) => link.sharePage(key, page) } : {}),
  });
  /** Requests inside Next.js at once, and how many may wait for a turn (lib/http/render-queue.ts). */
  const renderQueue = new RenderQueue(config.RENDER_CONCURRENCY, config.RENDER_QUEUE);
  // Writes (newsroom forms, the internal API) take turns of their own: a body still arriving
  // holds a slot inside Next.js, and readers never wait behind a colleague's slow upload.
  const writeQueue = new RenderQueue(WRITE_CONCURRENCY, WRITE_QUEUE);
  const readerTurn = inTurn(renderQueue);
  const writerTurn = inTurn(writeQueue);
  const renderWithNext = (req: IncomingMessage, res: Parameters<typeof handle>[1]) =>
    void handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, path: loggablePath(req.url) }, 'unhandled request error');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  /** What the response cache calls when Next.js must answer: recorded, in turn, then rendered. */
  const render = composeSteps(
    [
      trackRacingRenders,
      (req, res, next) =>
        req.method === 'GET' || req.method === 'HEAD'
          ? readerTurn(req, res, next)
          : // A photo upload waits for the processing queue, which bounds it: in a write turn it
            // would hold one for minutes and keep editors' saves waiting behind a burst.
            isPhotoUpload(req.url)
            ? next()
            : writerTurn(req, res, next),
      drainDeadline(),
      readerHtml(enhancements.urls, notFoundPage),
    ],
    renderWithNext,
  );

  let stopping = false;
  const steps: Step[] = [
    requestLog(),
    resolvedPath(config.SITE_URL),
    (_req, res, next) => {
      // Answers given while shutting down tell clients not to reuse the connection.
      if (stopping) res.setHeader('connection', 'close');
      next();
    },
    securityHeaders({
      siteIsHttps: config.SITE_URL.startsWith('https://'),
      trustProxy: config.TRUST_PROXY,
    }),
    forwardedFor(config.TRUST_PROXY),
    sharedCacheControl,
    // Photos need no database: they are served while it is away.
    mediaFiles(mediaStore),
    outagePages({
      available: databaseAvailable,
      usable: () => databaseFileUsable(dbFile),
      recheck: () => void checkDatabaseFile(dbFile),
    }),
    staticAssets(path.join(dir, '.next', 'static')),
    enhancementScripts(enhancements),
    embedFrames(),
    guard,
    requestLimits(),
    // Health checks never wait behind pages: a busy server is alive.
    (req, res, next) => (isHealthCheck(req.url) ? renderWithNext(req, res) : next()),
    trackPageTags,
  ];
  const listener: RequestListener = composeSteps(steps, (req, res) =>
    responseCache.handle(req, res, () => render(req, res)),
  );
  const server = createServer(listener);

  server.keepAliveTimeout = 65_000;
  Object.assign(server, SERVER_TIMEOUTS);
  server.listen(port, hostname, () => logger.info({ port, hostname }, 'ready'));

  // Alone, this process runs the background work; as a worker, when the primary says so.
  let stopBackground = () => {};
  if (link) link.onClock(() => startBackgroundWork(callInternal));
  else stopBackground = startBackgroundWork(callInternal);

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopBackground();
    link?.stopClock();
    markShuttingDown();
    // SIGTERM comes from a supervisor or orchestrator: /readyz says 503 while connections already
    // on their way (in the listen queue, or sent by a balancer that has not yet noticed) are
    // still accepted and answered. Closing the listener at once would reset them.
    const drainMs = signal === 'SIGTERM' ? config.SHUTDOWN_DRAIN_MS : 0;
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
