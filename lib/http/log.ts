import pino from 'pino';

/**
 * Structured JSON logs on stdout. Request lines carry an id, method, path, status and duration;
 * nothing from cookies or authorization headers is ever logged.
 */
export const logger = pino({
  base: { service: 'homepress' },
  timestamp: pino.stdTimeFunctions.isoTime,
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['*.cookie', '*.authorization', '*.password', 'headers.cookie', 'headers.authorization'], remove: true },
});

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed id from the proxy in front, otherwise makes one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
