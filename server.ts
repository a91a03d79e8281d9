/**
 * The production server: Next.js behind a few plain-Node checks, with structured logs and a
 * graceful shutdown. `npm run serve` runs it (PORT, default 3000; HOSTNAME, default 0.0.0.0).
 */
import './lib/local-env-auto';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { SHARED_CACHE_CONTROL } from './lib/cache-tags';
import { guardRequest } from './lib/http/guard';
import { logger, requestIdFrom } from './lib/http/log';
import { serveBrotliAsset } from './lib/http/static-brotli';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
/** Behind nginx (deploy/nginx), X-Forwarded-For comes from it; otherwise it is the socket's peer. */
const trustProxy = process.env.TRUST_PROXY === '1';
const SHUTDOWN_GRACE_MS = 15_000;

// Next.js and libraries write to the console: route it through the structured logger.
console.error = (...args: unknown[]) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' '));
console.warn = (...args: unknown[]) => logger.warn(args.map(String).join(' '));

async function main() {
  process.env.PORT = String(port);
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const staticDir = path.join(process.cwd(), '.next', 'static');

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const id = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', id);
    if (!trustProxy || !req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    // Next.js derives Cache-Control from its own revalidation period (an hour for an article, which
    // it expires on demand). Shared caches cannot see those expirations, so they get a short
    // freshness with stale-while-revalidate instead; private and no-store answers pass unchanged.
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === 'cache-control' && typeof value === 'string' && value.startsWith('s-maxage=') ? SHARED_CACHE_CONTROL : value);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ reqId: id, method: req.method, path: req.url, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 }, 'request');
    });

    if (serveBrotliAsset(req, res, staticDir)) return;
    const decision = guardRequest(req.method, req.url);
    if (decision.kind === 'redirect') {
      res.writeHead(308, { location: decision.location, 'cache-control': 'public, max-age=3600' }).end();
      return;
    }
    if (decision.kind === 'reject') {
      res.writeHead(decision.status, decision.headers).end(req.method === 'HEAD' ? undefined : decision.body);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      logger.error({ reqId: id, err: error }, 'unhandled request error');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });

  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => logger.info({ port, hostname }, 'ready'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    server.close(async () => {
      const { prisma } = await import('./lib/db');
      await prisma.$disconnect();
      logger.info('stopped cleanly');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('requests still running after the grace period: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'server failed to start');
  process.exit(1);
});
