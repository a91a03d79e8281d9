import type { ServerResponse } from 'node:http';
import { bodyLimitFor, type BodyLimit } from '../routes';
import { errorPage } from './request-guards';
import type { Step } from './steps';

/**
 * Node's own deadlines for a request: its headers within 10 s, the whole request within the
 * longest body deadline below (an import, 120 s), and a connection silent for 30 s closed (a
 * client that stopped reading its answer), so a slow client cannot hold a socket for ever.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 125_000,
  timeout: 30_000,
} as const;

/** How long an answer may take, from entering Next.js to its last byte reaching the client. */
export const DRAIN_DEADLINE_MS = 60_000;

const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function refuse(res: ServerResponse, status: 408 | 411 | 413, title: string, message: string) {
  if (res.headersSent) return res.destroy();
  // The rest of the body is not read: the connection cannot be reused for another request.
  res.writeHead(status, { ...HTML, connection: 'close' }).end(errorPage(title, message));
}

/**
 * A server step for writes: the body's declared length within its path's limit (bodyLimitFor),
 * refused before Next.js reads a byte; a body without a length (chunked) is refused too, as every
 * browser form and fetch states one; and a body that has not arrived by its deadline ends the
 * request, so a client trickling a byte a second holds nothing for long.
 */
export const requestLimits =
  (limitFor: (url: string | undefined) => BodyLimit = bodyLimitFor): Step =>
  (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const limit = limitFor(req.url);
    const declared = req.headers['content-length'];
    if (declared === undefined) {
      if (req.headers['transfer-encoding'])
        return refuse(res, 411, 'طول الطلب مطلوب', 'أرسلوا الطلب مع طول محتواه.');
    } else if (Number(declared) > limit.maxBytes) {
      return refuse(
        res,
        413,
        'الطلب كبير جداً',
        `حجم ما أرسلتموه يتجاوز الحد المسموح به لهذه الصفحة (${Math.floor(limit.maxBytes / 1024)} كيلوبايت).`,
      );
    }
    if (limit.answerMs) {
      // Node closes a connection silent for SERVER_TIMEOUTS.timeout: this answer may be slower.
      const socket = req.socket;
      socket.setTimeout(limit.answerMs);
      res.once('close', () => socket.setTimeout(SERVER_TIMEOUTS.timeout));
    }
    const deadline = setTimeout(() => {
      if (req.readableEnded) return;
      // The answer goes out first; then the connection, whose body will never be read, closes.
      res.once('finish', () => req.destroy());
      refuse(res, 408, 'انتهت مهلة الطلب', 'وصل الطلب ببطء شديد. أعيدوا المحاولة.');
    }, limit.deadlineMs);
    deadline.unref();
    req.once('end', () => clearTimeout(deadline));
    res.once('close', () => clearTimeout(deadline));
    next();
  };

/**
 * A render step: an answer its client has still not taken DRAIN_DEADLINE_MS (or its path's
 * `answerMs`) after it went into Next.js is dropped, which gives its render slot back (a client
 * that reads a byte now and then defeats the socket's idle timeout, not this).
 */
export const drainDeadline =
  (
    msFor: (url: string | undefined) => number = (url) =>
      bodyLimitFor(url).answerMs ?? DRAIN_DEADLINE_MS,
  ): Step =>
  (req, res, next) => {
    const timer = setTimeout(() => res.destroy(), msFor(req.url));
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
