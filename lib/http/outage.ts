import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { answersDuringOutage } from '../routes';
import type { Step } from './steps';

/**
 * What readers get while the database is unavailable and the page they asked for is in no cache:
 * a complete Arabic page, readable without JavaScript (Next.js's own error document is an empty
 * shell that its client code fills in).
 */
export const OUTAGE_HTML = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>الموقع غير متاح مؤقتاً | هومبريس</title>
</head>
<body style="font-family: 'Noto Naskh Arabic', serif; text-align: center; padding: 4rem 1rem; line-height: 1.8; color: #1a1a1a">
<main>
<p style="font-size: 2.5rem; font-weight: bold; color: #a3151b; margin: 0">هومبريس</p>
<h1>عذراً، الموقع غير متاح مؤقتاً</h1>
<p>نعمل على إعادة الخدمة. حاولوا مرة أخرى بعد لحظات.</p>
<p><a href="/">الصفحة الرئيسية</a></p>
</main>
</body>
</html>
`;

export const RETRY_AFTER_SECONDS = 30;

/**
 * For a request that starts while the database is unavailable: a 5xx answer from Next.js becomes
 * a 503 with Retry-After and OUTAGE_HTML as its body; any other answer (a cached page) goes out as
 * it is. The body is only replaceable uncompressed, so this request is answered without compression.
 */
export function answerOutagesWithPage(req: IncomingMessage, res: ServerResponse): void {
  delete req.headers['accept-encoding'];
  replaceOutageBodies(res, () => true);
}

/** What the outage step needs to know about the database (lib/db/health.ts). */
export type DatabaseState = {
  available: () => boolean;
  usable: () => boolean;
  recheck: () => void;
};

/**
 * A server step. A page that failed because the database is gone is a temporary outage: 503 with
 * Retry-After and no caching; cached pages keep answering 200 from the caches in front of the
 * database. A request that starts while the database is known to be down gets OUTAGE_HTML for
 * any 5xx (health checks and the API answer for themselves).
 */
export function outagePages(db: DatabaseState): Step {
  return (req, res, next) => {
    const down = () => !db.available() || !db.usable();
    const writeHead = res.writeHead.bind(res) as (
      status: number,
      ...rest: unknown[]
    ) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status >= 500 && down()) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        res.setHeader('cache-control', 'no-store');
        res.removeHeader('content-length');
        return writeHead(503, ...rest);
      }
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
    // The file watcher looks every second; a request that finds the file gone acts at once, so no
    // page is read from a connection to a file that is no longer there.
    if (db.available() && !db.usable()) db.recheck();
    if (answersDuringOutage(req.url)) return next();
    if (!db.available()) answerOutagesWithPage(req, res);
    else replaceOutageBodies(res, down);
    next();
  };
}

/**
 * A 5xx answer while `down()` gets OUTAGE_HTML as its body. A request that started while the
 * database seemed fine may fail because it went away meanwhile (this worker learns it from the
 * failing query, or from its next check): Next.js may then have compressed the answer and written
 * its headers already, and the page is sent gzip-compressed.
 */
function replaceOutageBodies(res: ServerResponse, down: () => boolean): void {
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replacing: boolean | null = null;
  const replace = () => (replacing ??= res.statusCode >= 500 && down());
  res.write = ((chunk: unknown, ...rest: unknown[]) =>
    replace() ? true : write(chunk, ...rest)) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    if (!replace()) return end(...args);
    if (res.req.method === 'HEAD') return end();
    if (!res.headersSent) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.setHeader('cache-control', 'no-store');
      res.removeHeader('content-length');
      res.removeHeader('content-encoding');
      return end(OUTAGE_HTML);
    }
    const gzipped = res.getHeader('content-encoding') === 'gzip';
    return end(gzipped ? gzipSync(OUTAGE_HTML) : OUTAGE_HTML);
  }) as ServerResponse['end'];
}
