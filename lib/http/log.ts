import cluster from 'node:cluster';
import pino from 'pino';
import { env } from '../runtime/env';

/** Log bytes waiting to be written at most; beyond it lines are dropped, and counted. */
export const LOG_BACKLOG_BYTES = 32 * 1024 * 1024;

/**
 * Lines go out asynchronously, up to 1 MiB per write. At pino's default of 16 KiB per write, each
 * needing a turn of the event loop and of the I/O thread pool, a server answering 2,700 requests a
 * second logged faster than it wrote: under the soak test the lines waiting in memory grew by about
 * 20 MB a minute (heap snapshots a few minutes apart) until the heap was full.
 */
export const logDestination = pino.destination({
  dest: 1,
  maxWrite: 1024 * 1024,
  maxLength: LOG_BACKLOG_BYTES,
});

/**
 * Structured JSON logs on stdout. Request lines carry an id, method, path, status and duration;
 * nothing from cookies or authorization headers is ever logged.
 */
const COMMON: pino.LoggerOptions = {
  // With several workers (lib/server/primary.ts), each line says which one wrote it.
  base: {
    service: 'homepress',
    ...(cluster.worker ? { worker: cluster.worker.id, pid: process.pid } : {}),
  },
  timestamp: pino.stdTimeFunctions.isoTime,
  level: env().LOG_LEVEL,
};

export const logger = pino(
  {
    ...COMMON,
    redact: {
      paths: [
        '*.cookie',
        '*.authorization',
        '*.password',
        'headers.cookie',
        'headers.authorization',
      ],
      remove: true,
    },
  },
  logDestination,
);

/**
 * The request log's own logger, on the same output: its lines hold only the fields the request-log
 * step writes (never headers), so it needs no redaction, which pino would otherwise set up again
 * for the child loggers pino-http makes for every request (the cached sitemap index, gzip, on this
 * machine: 10,600 requests/s with redaction, 11,900 without).
 */
export const requestLogger = pino(COMMON, logDestination);

let dropped = 0;
logDestination.on('drop', () => void dropped++);
// Said once in a while rather than per line: the output is what cannot keep up.
setInterval(() => {
  if (dropped === 0) return;
  logger.warn({ dropped }, 'log lines dropped: the log output could not keep up');
  dropped = 0;
}, 10_000).unref();

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed id from the proxy in front, otherwise makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
