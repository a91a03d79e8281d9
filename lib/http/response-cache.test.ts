import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { SHARED_CACHE_CONTROL } from '../cache-tags';
import { bumpContentGeneration } from '../content-generation';
import { ResponseCache, type CachePolicy } from './response-cache';

/** A real HTTP server whose «Next.js» counts renders and answers with what the test sets. */
describe('ResponseCache', () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let refreshed: string[] = [];
  let answer: { status: number; headers: Record<string, string>; body: string } = { status: 200, headers: {}, body: '' };
  let policy: CachePolicy = { kind: 'shared', ttlSeconds: 60 };
  let cache: ResponseCache;

  before(async () => {
    server = createServer((req, res) => {
      if (cache.serve(req, res)) return;
      cache.capture(req, res, policy);
      renders++;
      // Next.js sets its headers one by one, as here; the cache reads them back with getHeaders().
      res.statusCode = answer.status;
      for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
      res.write(answer.body.slice(0, 10));
      res.end(answer.body.slice(10));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());
  beforeEach(() => {
    cache = new ResponseCache(1024 * 1024, (url) => refreshed.push(url));
    renders = 0;
    refreshed = [];
    policy = { kind: 'shared', ttlSeconds: 60 };
    answer = { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': SHARED_CACHE_CONTROL }, body: 'صفحة خبر '.repeat(200) };
  });

  it('answers a shared page from memory after one render, in the encoding asked for', async () => {
    const first = await fetch(`${base}/news/1`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(await first.text(), answer.body);
    const plain = await fetch(`${base}/news/1`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(await plain.text(), answer.body);
    assert.equal(plain.headers.get('cache-control'), SHARED_CACHE_CONTROL);
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
    assert.equal(plain.headers.get('x-cache'), 'HIT');
    assert.equal(first.headers.get('x-cache'), null);
    assert.equal(renders, 1);
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) => {
      import('node:http').then(({ get }) =>
        get(`${base}/news/1`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }),
      );
    });
    assert.equal(raw.encoding, 'gzip');
    assert.equal(gunzipSync(raw.body).toString(), answer.body);
    assert.equal(renders, 1);
  });

  it('keeps nothing that is not shareable: other Cache-Control, Set-Cookie, errors', async () => {
    for (const [path, change] of [
      ['/a', { headers: { 'cache-control': 'private, no-store' } }],
      ['/b', { headers: { 'cache-control': SHARED_CACHE_CONTROL, 'set-cookie': 'x=1' } }],
      ['/c', { status: 404 }],
    ] as const) {
      answer = { ...answer, ...change };
      await (await fetch(base + path)).text();
      await (await fetch(base + path)).text();
    }
    assert.equal(renders, 6);
    assert.equal(cache.size.entries, 0);
  });

  it('serves a stale shared page while one background request refreshes it', async () => {
    policy = { kind: 'shared', ttlSeconds: 0.05 };
    await (await fetch(`${base}/tag/x`)).text();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await (await fetch(`${base}/tag/x`)).text();
    await (await fetch(`${base}/tag/x`)).text();
    assert.equal(renders, 1);
    assert.deepEqual(refreshed, ['/tag/x']);
  });

  it('never serves a private answer (search results) past its time', async () => {
    policy = { kind: 'private', ttlSeconds: 0.05 };
    answer.headers['cache-control'] = 'private, no-cache, no-store, max-age=0, must-revalidate';
    await (await fetch(`${base}/search?q=a`)).text();
    await (await fetch(`${base}/search?q=a`)).text();
    assert.equal(renders, 1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const again = await fetch(`${base}/search?q=a`);
    await again.text();
    assert.equal(renders, 2);
    assert.equal(again.headers.get('cache-control'), 'private, no-cache, no-store, max-age=0, must-revalidate');
    assert.deepEqual(refreshed, []);
  });

  it('forgets everything when content changes', async () => {
    await (await fetch(`${base}/`)).text();
    bumpContentGeneration();
    await (await fetch(`${base}/`)).text();
    assert.equal(renders, 2);
  });

  it('does not hold answers over 1 MB', async () => {
    answer.body = 'x'.repeat(1024 * 1024 + 1);
    await (await fetch(`${base}/sitemaps/articles-0.xml`)).text();
    await (await fetch(`${base}/sitemaps/articles-0.xml`)).text();
    assert.equal(renders, 2);
  });
});
