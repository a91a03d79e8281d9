import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import pino from 'pino';
import { SHARED_CACHE_CONTROL } from '../cache/tags';
import { guard } from './guard';
import { OUTAGE_HTML, outagePages } from './outage';
import { forwardedFor } from './proxy-headers';
import { rendersStartedBy } from '../cache/racing-renders';
import { trackPageTags } from './page-tags';
import { inTurn, trackRacingRenders } from './render-steps';
import { RenderQueue } from './render-queue';
import { drainDeadline, requestLimits } from './request-limits';
import { passwordResetPath } from '../routes';
import { requestLog } from './request-log';
import { resolvedPath, resolveTarget, sameSiteLocation } from './resolved-path';
import { READER_CSP, securityHeaders } from './security-headers';
import { sharedCacheControl } from './shared-cache-control';
import { brotliCopyCount, staticAssets } from './static-brotli';
import { composeSteps, type Step } from './steps';

/** Each step of server.ts on a real HTTP server, with a stand-in for Next.js at the end. */
const servers: Server[] = [];
after(() => servers.forEach((server) => server.close()));

async function serve(
  steps: Step[],
  last: RequestListener = (_req, res) => res.end('next'),
): Promise<string> {
  const server = createServer(composeSteps(steps, last));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('server steps', () => {
  it('run in the order listed, each handing on or answering', async () => {
    const order: string[] = [];
    const mark =
      (name: string): Step =>
      (_req, _res, next) => {
        order.push(name);
        next();
      };
    const stop: Step = (_req, res) => res.end('stopped');
    assert.equal(await (await fetch(await serve([mark('a'), mark('b')]))).text(), 'next');
    assert.deepEqual(order, ['a', 'b']);
    assert.equal(await (await fetch(await serve([mark('c'), stop, mark('d')]))).text(), 'stopped');
    assert.deepEqual(order, ['a', 'b', 'c']);
  });

  it('request log: one line per request with id, method, path, status and duration', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString())), done()),
    });
    const base = await serve(
      [requestLog(pino({ base: null }, sink))],
      (_req, res) => ((res.statusCode = 404), res.end()),
    );
    const response = await fetch(`${base}/news/9?x=1`, {
      headers: { 'x-request-id': 'support-ticket-12345', cookie: 'secret=1' },
    });
    assert.equal(response.headers.get('x-request-id'), 'support-ticket-12345');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { ...lines[0], time: undefined, durationMs: typeof lines[0]!.durationMs },
      {
        level: 30,
        time: undefined,
        reqId: 'support-ticket-12345',
        method: 'GET',
        path: '/news/9?x=1',
        status: 404,
        durationMs: 'number',
        msg: 'request',
      },
    );
    const other = await fetch(base, { headers: { 'x-request-id': '<script>' } });
    assert.match(other.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    await fetch(`${base}${passwordResetPath('a-one-time-secret-token-0123456789')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(lines.at(-1)?.path, '/admin/reset-password/…');
    assert.ok(!JSON.stringify(lines).includes('a-one-time-secret-token'));
  });

  it('security headers: the reader policy on pages, a fresh nonce for the newsroom, HSTS only over HTTPS', async () => {
    let seen: string | undefined;
    const plain = await serve(
      [securityHeaders({ siteIsHttps: false, trustProxy: false })],
      (req, res) => ((seen = req.headers['x-homepress-server'] as string), res.end()),
    );
    const page = await fetch(`${plain}/news/1`);
    assert.equal(page.headers.get('content-security-policy'), READER_CSP);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.equal(page.headers.get('strict-transport-security'), null);
    assert.equal(seen, '1');
    const nonces = await Promise.all(
      [fetch(`${plain}/admin`), fetch(`${plain}/admin/articles/1?x`)].map(
        async (r) =>
          /'nonce-([^']+)'/.exec((await r).headers.get('content-security-policy') ?? '')?.[1],
      ),
    );
    assert.ok(nonces[0] && nonces[1] && nonces[0] !== nonces[1]);
    assert.equal(
      (await fetch(`${plain}/`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get(
        'strict-transport-security',
      ),
      null,
    );
    const proxied = await serve([securityHeaders({ siteIsHttps: false, trustProxy: true })]);
    assert.match(
      (await fetch(proxied, { headers: { 'x-forwarded-proto': 'https' } })).headers.get(
        'strict-transport-security',
      ) ?? '',
      /max-age=/,
    );
  });

  it('forwarded for: the socket peer unless a proxy we trust set it', async () => {
    const echo: RequestListener = (req, res) => res.end(String(req.headers['x-forwarded-for']));
    const spoofed = { headers: { 'x-forwarded-for': '203.0.113.9' } };
    assert.equal(
      await (await fetch(await serve([forwardedFor(false)], echo), spoofed)).text(),
      '127.0.0.1',
    );
    assert.equal(
      await (await fetch(await serve([forwardedFor(true)], echo), spoofed)).text(),
      '203.0.113.9',
    );
    // Behind our nginx a client's own X-Forwarded-For comes first and the proxy's hop last.
    const behindProxy = await serve([forwardedFor(true)], echo);
    const appended = { headers: { 'x-forwarded-for': '10.9.9.9, 198.51.100.7' } };
    assert.equal(await (await fetch(behindProxy, appended)).text(), '198.51.100.7');
    const real = { headers: { 'x-forwarded-for': '10.9.9.9', 'x-real-ip': '198.51.100.8' } };
    assert.equal(await (await fetch(behindProxy, real)).text(), '198.51.100.8');
  });

  it('forwarded headers: dropped unless TRUST_PROXY=1', async () => {
    const echo: RequestListener = (req, res) =>
      res.end(JSON.stringify([req.headers['x-forwarded-proto'], req.headers['x-real-ip']]));
    const sent = { headers: { 'x-forwarded-proto': 'https', 'x-real-ip': '203.0.113.9' } };
    assert.equal(
      await (await fetch(await serve([forwardedFor(false)], echo), sent)).text(),
      '[null,null]',
    );
    assert.equal(
      await (await fetch(await serve([forwardedFor(true)], echo), sent)).text(),
      '["https","203.0.113.9"]',
    );
  });

  it('shared Cache-Control: Next.js revalidation periods become a short shared freshness; others pass', async () => {
    const base = await serve([sharedCacheControl], (req, res) => {
      res.setHeader(
        'cache-control',
        req.url === '/page'
          ? 's-maxage=3600, stale-while-revalidate=31535400'
          : 'private, no-store',
      );
      res.end();
    });
    assert.equal((await fetch(`${base}/page`)).headers.get('cache-control'), SHARED_CACHE_CONTROL);
    assert.equal((await fetch(`${base}/search`)).headers.get('cache-control'), 'private, no-store');
  });

  it('outage pages: a 5xx while the database is down is an Arabic 503 with Retry-After; health checks answer for themselves', async () => {
    let available = false;
    const base = await serve(
      [outagePages({ available: () => available, usable: () => true, recheck: () => {} })],
      (_req, res) => ((res.statusCode = 500), res.end('boom')),
    );
    const down = await fetch(`${base}/news/1`);
    assert.equal(down.status, 503);
    assert.equal(down.headers.get('retry-after'), '30');
    assert.equal(await down.text(), OUTAGE_HTML);
    // A reader page too: HTML and CSS only, like every page our server sends (ADR 0010).
    assert.doesNotMatch(OUTAGE_HTML, /<script/);
    const health = await fetch(`${base}/readyz`);
    assert.equal(health.status, 503);
    assert.equal(await health.text(), 'boom');
    available = true;
    assert.equal((await fetch(`${base}/news/1`)).status, 500);
  });

  it('outage pages: a request that finds the database gone while it renders gets the Arabic 503 too, compressed or not', async () => {
    let available = true;
    const shell = '<!DOCTYPE html><html id="__next_error__"><body></body></html>';
    const base = await serve(
      [outagePages({ available: () => available, usable: () => true, recheck: () => {} })],
      (req, res) => {
        // The render's query fails and marks the outage; Next.js answers 500 with its shell.
        available = false;
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        if (req.headers['accept-encoding'] === 'gzip') {
          res.setHeader('content-encoding', 'gzip');
          res.writeHead(500);
          res.end(gzipSync(shell));
        } else res.end(shell);
      },
    );
    for (const encoding of ['gzip', 'identity']) {
      available = true;
      const answer = await fetch(`${base}/news/1`, { headers: { 'accept-encoding': encoding } });
      assert.equal(answer.status, 503, encoding);
      assert.equal(answer.headers.get('retry-after'), '30');
      assert.equal(await answer.text(), OUTAGE_HTML, encoding);
    }
    // A failure with the database there is left as it is.
    const base2 = await serve(
      [outagePages({ available: () => true, usable: () => true, recheck: () => {} })],
      (_req, res) => ((res.statusCode = 500), res.end('boom')),
    );
    const failed = await fetch(`${base2}/news/1`);
    assert.equal(failed.status, 500);
    assert.equal(await failed.text(), 'boom');
  });

  it('static assets: Brotli copies for browsers that take br, Next.js for the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'static-'));
    writeFileSync(path.join(dir, 'app.js.br'), 'brotli bytes');
    const base = await serve([staticAssets(dir)]);
    const br = await fetch(`${base}/_next/static/app.js`, { headers: { 'accept-encoding': 'br' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(
      await (
        await fetch(`${base}/_next/static/app.js`, { headers: { 'accept-encoding': 'gzip' } })
      ).text(),
      'next',
    );
    assert.equal(
      await (
        await fetch(`${base}/_next/static/missing.js`, { headers: { 'accept-encoding': 'br' } })
      ).text(),
      'next',
    );
    // Missing names are not remembered, however many there are.
    for (let i = 0; i < 300; i++) {
      const path = `${base}/_next/static/chunks/missing-${i}.js`;
      await (await fetch(path, { headers: { 'accept-encoding': 'br' } })).text();
    }
    assert.equal(brotliCopyCount(dir), 1);
  });

  it('guard: redirects other spellings, refuses broken encoding and writes to pages', async () => {
    const base = await serve([guard]);
    const redirect = await fetch(`${base}/category/%d8%a3%d9%85%d9%86?page=2`, {
      redirect: 'manual',
    });
    assert.equal(redirect.status, 308);
    assert.equal(redirect.headers.get('location'), '/category/%D8%A3%D9%85%D9%86?page=2');
    assert.equal((await fetch(`${base}/category/%E0%A4%A`)).status, 400);
    const post = await fetch(`${base}/news/1`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD');
    assert.equal(await (await fetch(`${base}/admin`, { method: 'POST' })).text(), 'next');
    for (const path of ['/_next/image?url=%2Ffavicon.ico&w=64&q=75', '/_next/image/x'])
      assert.equal((await fetch(base + path)).status, 404, path);
  });

  it('racing renders: a reader render is recorded until it ends, with the tags it read; the newsroom is not', async () => {
    let finish: () => void = () => {};
    const base = await serve([trackPageTags, trackRacingRenders], (_req, res) => {
      res.setHeader('x-next-cache-tags', 'article:5,_N_T_/layout');
      finish = () => res.end();
    });
    const page = fetch(`${base}/news/5/x`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const racing = rendersStartedBy(Date.now());
    assert.equal(racing.length, 1);
    finish();
    await page;
    assert.deepEqual(await racing[0], ['article:5']);
    const newsroom = fetch(`${base}/admin`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(rendersStartedBy(Date.now()).length, 0);
    finish();
    await newsroom;
  });

  it('render queue: a full line is a 503 at once', async () => {
    let release: () => void = () => {};
    const base = await serve(
      [inTurn(new RenderQueue(1, 0))],
      (_req, res) => void (release = () => res.end('rendered')),
    );
    const first = fetch(base);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const second = await fetch(base);
    assert.equal(second.status, 503);
    assert.equal(second.headers.get('retry-after'), '5');
    release();
    assert.equal(await (await first).text(), 'rendered');
  });

  it('request limits: a declared body over its limit is a 413 and a chunked one a 411, before the body is read', async () => {
    let reached = 0;
    const base = await serve(
      [requestLimits(() => ({ maxBytes: 100, deadlineMs: 1000 }))],
      (req, res) => {
        reached++;
        req.resume().on('end', () => res.end('read'));
      },
    );
    const big = await fetch(base, { method: 'POST', body: 'x'.repeat(101) });
    assert.equal(big.status, 413);
    assert.match(await big.text(), /الطلب كبير جداً/);
    const chunked = await rawRequest(
      base,
      'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    );
    assert.match(chunked, /^HTTP\/1\.1 411/);
    assert.equal(reached, 0);
    const fits = await fetch(base, { method: 'POST', body: 'x'.repeat(100) });
    assert.equal(await fits.text(), 'read');
    assert.equal((await fetch(base)).status, 200);
  });

  it('request limits: a body still arriving at its deadline ends the request with a 408', async () => {
    const base = await serve(
      [requestLimits(() => ({ maxBytes: 1000, deadlineMs: 300 }))],
      (req, res) => void req.resume().on('end', () => res.end('read')),
    );
    const started = Date.now();
    // Declares 100 bytes and sends 3: a client trickling its body.
    const answer = await rawRequest(
      base,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc',
    );
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.ok(Date.now() - started < 2000, `answered after ${Date.now() - started} ms`);
  });

  it('request limits: a write with a longer answer deadline keeps its socket past the idle timeout', async () => {
    const slowAnswer: RequestListener = (req, res) =>
      void req.resume().on('end', () => setTimeout(() => res.end('processed'), 500));
    const patient = await serve(
      [requestLimits(() => ({ maxBytes: 1000, deadlineMs: 1000, answerMs: 2000 }))],
      slowAnswer,
    );
    servers.at(-1)!.timeout = 200;
    const impatient = await serve(
      [requestLimits(() => ({ maxBytes: 1000, deadlineMs: 1000 }))],
      slowAnswer,
    );
    servers.at(-1)!.timeout = 200;
    const answer = await fetch(patient, { method: 'POST', body: 'photo' });
    assert.equal(await answer.text(), 'processed');
    // Without it, Node's idle timeout closes the silent connection: what an upload met in a burst.
    await assert.rejects(fetch(impatient, { method: 'POST', body: 'photo' }));
  });

  it('drain deadline: an answer its client does not take is dropped and gives its slot back', async () => {
    const queue = new RenderQueue(1, 10);
    const base = await serve([inTurn(queue), drainDeadline(() => 300)], (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(1024 * 1024);
      const pump = () => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      pump();
    });
    // Asks and never reads: the socket's buffers fill and the answer stalls.
    const stalled = connect(Number(new URL(base).port), '127.0.0.1');
    stalled.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    stalled.pause();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(queue.stats.running, 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(queue.stats.running, 0);
    stalled.destroy();
  });
  it('resolved path: dot segments (also as %2e), slash runs and absolute-form read as Next.js routes them', async () => {
    assert.equal(resolveTarget('/admin/../news/1'), '/news/1');
    assert.equal(resolveTarget('/admin/%2e%2E/news/1?x=../y'), '/news/1?x=../y');
    assert.equal(resolveTarget('/news/./1/'), '/news/1/');
    assert.equal(resolveTarget('/../../etc/passwd'), '/etc/passwd');
    assert.equal(resolveTarget('//evil.example/'), '/evil.example/');
    assert.equal(resolveTarget('http://evil.example/news/1?q=1'), '/news/1?q=1');
    assert.equal(resolveTarget('http://evil.example'), '/');
    assert.equal(resolveTarget('/news/1/..%2f..%2fadmin'), '/news/1/..%2f..%2fadmin');
    assert.equal(resolveTarget('*'), null);
    const seen: string[] = [];
    const base = await serve([resolvedPath('https://homepress.example')], (req, res) => {
      seen.push(req.url ?? '');
      res.end('next');
    });
    const dotted = await rawRequest(
      base,
      'POST /admin/../news/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
    assert.match(dotted, /^HTTP\/1\.1 308/);
    assert.match(dotted, /\r\nlocation: \/news\/1\r\n/i);
    await rawRequest(
      base,
      'GET http://evil.example/search?q=1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    );
    assert.deepEqual(seen, ['/search?q=1']);
    assert.match(
      await rawRequest(base, 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      /^HTTP\/1\.1 400/,
    );
  });

  it('no Location leaves the site, however a later step or Next.js sets it', async () => {
    assert.equal(sameSiteLocation('https://evil.example/x', 'https://homepress.example'), '/');
    assert.equal(sameSiteLocation('//evil.example/x', 'https://homepress.example'), '/');
    assert.equal(sameSiteLocation('/\\evil.example', 'https://homepress.example'), '/');
    assert.equal(
      sameSiteLocation('https://homepress.example/news/1', 'https://homepress.example'),
      'https://homepress.example/news/1',
    );
    assert.equal(sameSiteLocation('/news/1', 'https://homepress.example'), '/news/1');
    let turn = 0;
    const base = await serve([resolvedPath('https://homepress.example')], (_req, res) => {
      if (turn++ % 2 === 0) res.writeHead(308, { Location: 'http://evil.example/' }).end();
      else {
        res.statusCode = 307;
        res.setHeader('location', '//evil.example/');
        res.end();
      }
    });
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(base, { redirect: 'manual' });
      assert.equal(answer.headers.get('location'), '/');
    }
  });
});

/** Sends a raw request and resolves with everything the server sent until it closed (or 3 s). */
function rawRequest(base: string, request: string): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = connect(Number(new URL(base).port), '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const done = () => resolve(answer);
    socket.on('close', done).on('error', done);
    setTimeout(() => socket.destroy(), 3000).unref();
  });
}
