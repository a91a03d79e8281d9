import type { IncomingMessage, ServerResponse } from 'node:http';

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
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replacing: boolean | null = null;
  const replace = () => (replacing ??= res.statusCode >= 500);
  res.write = ((chunk: unknown, ...rest: unknown[]) => (replace() ? true : write(chunk, ...rest))) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    if (!replace()) return end(...args);
    if (!res.headersSent) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.removeHeader('content-length');
      res.removeHeader('content-encoding');
    }
    return end(req.method === 'HEAD' ? undefined : OUTAGE_HTML);
  }) as ServerResponse['end'];
}
