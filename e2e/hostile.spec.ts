import { expect, test } from '@playwright/test';
import { connect } from 'node:net';
import { HOSTILE_CASES, RAW_CASES, type HostileCase } from './fixtures/hostile-requests';
import { READER_PAGES } from './support/reader-pages';
import { seedArticle } from './support/seed';

const LEAKS = /\/work\/|node_modules|\bat [\w.$<>]+ \(|\bError: |PrismaClient|SQLITE_/;

function statusMatches(status: number, expected: HostileCase['expect']): boolean {
  if (Array.isArray(expected)) return expected.includes(status);
  if (expected === '4xx') return status >= 400 && status < 500;
  if (expected === 'ok') return status >= 200 && status < 400;
  return status < 500;
}

test(`the hostile-request corpus (${HOSTILE_CASES.length} cases) gets 4xx or normal pages, never a 5xx or a leak`, async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const failures: string[] = [];
  for (const hostile of HOSTILE_CASES) {
    const response = await request.fetch(`${baseURL}${hostile.path}`, {
      method: hostile.method ?? 'GET',
      headers: hostile.headers,
      maxRedirects: 0,
      failOnStatusCode: false,
    });
    const status = response.status();
    const body = hostile.method === 'HEAD' ? '' : await response.text();
    if (!statusMatches(status, hostile.expect))
      failures.push(
        `${hostile.name}: status ${status}, expected ${JSON.stringify(hostile.expect)}`,
      );
    if (LEAKS.test(body))
      failures.push(`${hostile.name}: the body shows internals (${LEAKS.exec(body)?.[0]})`);
    const location = response.headers()['location'] ?? '';
    if (/evil\.example/.test(body) || /evil\.example/.test(location))
      failures.push(`${hostile.name}: a forged host reached the answer`);
  }
  expect(failures).toEqual([]);
  expect((await request.get('/healthz')).status()).toBe(200);
  expect((await request.get(seedArticle.path)).status()).toBe(200);
});

/** Everything the server sent on one connection for a request written byte for byte. */
function sendRaw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer)).on('error', reject);
    setTimeout(() => socket.destroy(), 10_000).unref();
  });
}

test(`raw request targets (${RAW_CASES.length} cases): each gets its status and no Location leaves the site`, async ({
  baseURL,
}) => {
  const port = Number(new URL(baseURL!).port);
  const failures: string[] = [];
  for (const hostile of RAW_CASES) {
    const answer = await sendRaw(port, hostile.request);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
    if (!hostile.expect.includes(status))
      failures.push(`${hostile.name}: status ${status}, expected ${hostile.expect.join(' or ')}`);
    const location = /\r\nlocation: ([^\r]*)/i.exec(answer)?.[1] ?? '';
    if (/evil\.example\b(?!\/)|^\/\/|^\/\\|^https?:\/\/(?!localhost)/i.test(location))
      failures.push(`${hostile.name}: Location ${location} leaves the site`);
    if (LEAKS.test(answer)) failures.push(`${hostile.name}: the answer shows internals`);
  }
  expect(failures).toEqual([]);
});

test.describe('security headers', () => {
  const pages = [
    ...READER_PAGES,
    { name: 'feed', path: '/feeds/rss.xml' },
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: 'newsroom sign-in', path: '/admin/sign-in' },
  ];
  for (const { name, path } of pages) {
    test(`${name} carries the security headers`, async ({ request }) => {
      // Twice: once rendered, once from the response cache.
      for (let pass = 0; pass < 2; pass++) {
        const headers = (await request.get(path)).headers();
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
        expect(headers['permissions-policy']).toContain('camera=()');
        const csp = headers['content-security-policy'] ?? '';
        for (const directive of [
          "object-src 'none'",
          "base-uri 'self'",
          "frame-ancestors 'none'",
          "form-action 'self'",
          "default-src 'self'",
        ]) {
          expect(csp, `${name}: ${directive}`).toContain(directive);
        }
        expect(csp).not.toMatch(/script-src[^;]*https?:/);
        if (name === 'newsroom sign-in')
          expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
        // Reader pages carry no inline script (ADR 0010): only our own files may run.
        else expect(/script-src[^;]*/.exec(csp)?.[0]).toBe("script-src 'self'");
        expect(/script-src[^;]*/.exec(csp)?.[0]).not.toContain("'unsafe-inline'");
        expect(headers['strict-transport-security'], 'no HSTS over plain HTTP').toBeUndefined();
      }
    });
  }

  test('the newsroom nonce is on every script and changes per request', async ({ request }) => {
    const first = await request.get('/admin/sign-in');
    const second = await request.get('/admin/sign-in');
    const nonce = /'nonce-([^']+)'/.exec(first.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(/'nonce-([^']+)'/.exec(second.headers()['content-security-policy'] ?? '')?.[1]).not.toBe(
      nonce,
    );
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
  });

  test('HSTS is sent when the proxy in front says HTTPS and is trusted, not otherwise', async ({
    request,
  }) => {
    const headers = (
      await request.get('/', { headers: { 'x-forwarded-proto': 'https' } })
    ).headers();
    // The e2e server does not trust proxy headers (TRUST_PROXY is unset), so a client cannot force it.
    expect(headers['strict-transport-security']).toBeUndefined();
  });
});

test('request logs carry an id the client can quote', async ({ request }) => {
  const response = await request.get('/', { headers: { 'x-request-id': 'support-ticket-12345' } });
  expect(response.headers()['x-request-id']).toBe('support-ticket-12345');
  const other = await request.get('/', { headers: { 'x-request-id': '<script>' } });
  expect(other.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
