import assert from 'node:assert/strict';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { trackPageTags } from './page-tags';
import { readerHtml } from './reader-html';
import { composeSteps } from './steps';

const servers: Server[] = [];
after(() => servers.forEach((server) => server.close()));

const PAGE =
  '<!DOCTYPE html><html lang="ar"><head><script src="/_next/static/chunks/a.js" async=""></script>' +
  '</head><body><h1>خبر</h1><script>self.__next_f.push([1,"x"])</script></body></html>';
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"y"])</script></body></html>';
const FULL_404 =
  '<!DOCTYPE html><html lang="ar"><body><h1>الصفحة غير موجودة</h1><script>z</script></body></html>';

async function serve(last: RequestListener): Promise<string> {
  const step = readerHtml(new Map(), async () => FULL_404);
  const server = createServer(composeSteps([trackPageTags, step], last));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Next.js's own compression middleware, which patches the response after this step has. */
const compression = createRequire(__filename)('next/dist/compiled/compression') as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

describe('readerHtml step', () => {
  it('leaves a non-HTML answer that Next.js compresses in several writes whole', async () => {
    const parts = Array.from({ length: 40 }, (_, i) =>
      `<url><loc>https://x.test/${i}</loc></url>`.repeat(200),
    );
    const base = await serve((req, res) =>
      compression()(req, res, async () => {
        res.setHeader('content-type', 'application/xml; charset=utf-8');
        // As Next.js streams a route's answer: piece by piece, over several turns.
        for (const part of parts) {
          res.write(part);
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        res.end('</urlset>');
      }),
    );
    for (const encoding of ['gzip', 'identity']) {
      const response = await fetch(`${base}/sitemaps/articles-0.xml`, {
        headers: { 'accept-encoding': encoding },
      });
      assert.equal(await response.text(), parts.join('') + '</urlset>', encoding);
    }
  });

  it('rewrites gzip-compressed HTML sent through writeHead with a stale length, in several writes', async () => {
    const base = await serve((_req, res) => {
      const body = gzipSync(PAGE);
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': body.length,
        'x-next-cache-tags': 'article:1',
      });
      res.write(body.subarray(0, 10));
      res.end(body.subarray(10));
    });
    const response = await fetch(`${base}/news/1/x`, {
      headers: { 'accept-encoding': 'identity' },
    });
    // fetch unzips: the length on the wire is checked against our own zipping.
    const text = await response.text();
    assert.equal(
      text,
      '<!DOCTYPE html><html lang="ar"><head></head><body><h1>خبر</h1></body></html>',
    );
    assert.equal(response.headers.get('cache-tag'), 'article:1');
    assert.equal(response.headers.get('x-next-cache-tags'), null);
    assert.equal(
      Number(response.headers.get('content-length')),
      gzipSync(Buffer.from(text)).length,
      'the length of the rewritten, zipped body',
    );
    assert.equal(gunzipSync(gzipSync(text)).toString(), text);
  });

  it('passes anything but HTML untouched, and leaves the newsroom alone', async () => {
    const base = await serve((req, res) => {
      res.setHeader(
        'content-type',
        req.url === '/feeds/rss.xml' ? 'application/rss+xml' : 'text/html',
      );
      res.end('<rss><script>kept</script></rss>');
    });
    assert.equal(
      await (await fetch(`${base}/feeds/rss.xml`)).text(),
      '<rss><script>kept</script></rss>',
    );
    assert.equal(await (await fetch(`${base}/admin`)).text(), '<rss><script>kept</script></rss>');
  });

  it('leaves a 304 as it is', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(304, { 'content-type': 'text/html; charset=utf-8', etag: '"x"' });
      res.end();
    });
    const response = await fetch(`${base}/`, { headers: { 'if-none-match': '"x"' } });
    assert.equal(response.status, 304);
    assert.equal(response.headers.get('etag'), '"x"');
    assert.equal(response.headers.get('content-length'), null);
  });

  it("replaces Next.js's empty not-found shell with the full not-found page, status kept", async () => {
    const base = await serve((_req, res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(SHELL);
    });
    const response = await fetch(`${base}/news/999/x`);
    assert.equal(response.status, 404);
    assert.equal(
      await response.text(),
      '<!DOCTYPE html><html lang="ar"><body><h1>الصفحة غير موجودة</h1></body></html>',
    );
  });
});
