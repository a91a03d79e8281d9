import { expect, test } from '@playwright/test';
import { PUBLICATION_CHECK_MS } from '../lib/newsroom/internal-token';
import { existsSync, renameSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { startSecondServer, type SecondServer } from './support/second-server';
import { ADMIN } from './support/accounts';
import { seedArticle } from './support/seed';
import { fromBothWorkers } from './support/workers';

/**
 * Faults are played on a second production server with its own copy of the database, so the main
 * e2e server keeps its data. Its in-process response cache is off: «already cached» here means
 * Next.js's own page cache, the one that survives a restart.
 */
test.describe.configure({ mode: 'serial' });

const CACHED = ['/', seedArticle.path, seedArticle.categoryPath, '/feeds/rss.xml', '/sitemap.xml'];

async function status(url: string): Promise<number> {
  return (await fetch(url, { redirect: 'manual' })).status;
}

async function until(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test.describe('the database goes away while the server runs', () => {
  let server: SecondServer;
  test.beforeAll(async () => {
    server = await startSecondServer(3199, { RESPONSE_CACHE_MB: '0', WEB_CONCURRENCY: '2' });
  });
  test.afterAll(async () => {
    server.process.kill('SIGTERM');
    await server.exited;
  });

  test('cached pages keep answering, the rest get an Arabic 503, and it all comes back without a restart', async () => {
    test.setTimeout(60_000);
    const base = server.baseURL;
    // Each worker keeps its own Next.js page cache: every path is cached in both.
    for (const path of CACHED)
      for (const answer of await fromBothWorkers(server, path))
        expect(answer.status, path).toBe(200);
    const uncachedArticle = `/news/${900_000 + Math.floor(Math.random() * 99_999)}/x`;
    const search = `/search?q=${encodeURIComponent('حموشي')}`;

    const moved = `${server.databaseFile}.away`;
    renameSync(server.databaseFile, moved);
    await until(
      async () => (await status(`${base}/readyz`)) === 503,
      '/readyz to report the outage',
    );

    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toMatchObject({ ready: false, database: 'database file missing' });
    expect(await status(`${base}/healthz`)).toBe(200);
    for (const path of CACHED)
      for (const answer of await fromBothWorkers(server, path))
        expect(answer.status, `${path} from the page cache`).toBe(200);

    for (const path of [search, uncachedArticle]) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.text();
      expect(body).toContain('lang="ar"');
      expect(body).toContain('حاولوا مرة أخرى');
      expect(body).not.toMatch(/SQLITE|Prisma|\/work\/|node_modules/);
    }
    // The application did not create an empty database in place of the missing one.
    expect(existsSync(server.databaseFile)).toBe(false);
    expect(server.process.exitCode).toBeNull();

    renameSync(moved, server.databaseFile);
    await until(async () => (await status(`${base}/readyz`)) === 200, '/readyz to recover');
    const found = await fetch(base + search);
    expect(found.status).toBe(200);
    expect(await found.text()).toContain(`href="${seedArticle.path}"`);
    expect(await status(base + uncachedArticle)).toBe(404);
    for (const path of CACHED) expect(await status(base + path), path).toBe(200);
    expect(server.process.exitCode).toBeNull();
  });
});

test.describe('logs', () => {
  test('one JSON line per request with id, path, status and duration; no password, secret or session token', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const secret = 'log-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
    const server = await startSecondServer(3197, { AUTH_SECRET: secret });
    try {
      await page.goto(`${server.baseURL}/admin/sign-in`);
      await page.getByLabel('البريد الإلكتروني').fill(ADMIN.email);
      await page.getByLabel('كلمة المرور').fill(ADMIN.password);
      await page.getByRole('button', { name: 'دخول' }).click();
      await page.waitForURL(/\/admin$/);
      const session = (await page.context().cookies(server.baseURL)).find((c) =>
        c.name.includes('session_token'),
      );
      expect(session?.value.length).toBeGreaterThan(20);
      await page.goto(`${server.baseURL}/search?q=${encodeURIComponent('حموشي')}`, {
        waitUntil: 'load',
      });
      await fetch(`${server.baseURL}/news/1`, {
        redirect: 'manual',
        headers: { 'x-request-id': 'trace-from-proxy-42' },
      });

      // The log line is written when the response has gone out: wait for it to come through the pipe.
      await expect.poll(() => server.output().includes('trace-from-proxy-42')).toBe(true);
      const lines = server.output().split('\n').filter(Boolean);
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = entries.filter((e) => e.msg === 'request');
      expect(requests.length).toBeGreaterThan(3);
      for (const entry of requests) {
        expect(entry).toMatchObject({
          service: 'homepress',
          reqId: expect.any(String),
          method: expect.any(String),
          path: expect.any(String),
          status: expect.any(Number),
          durationMs: expect.any(Number),
        });
      }
      expect(
        requests.some(
          (e) => e.reqId === 'trace-from-proxy-42' && e.path === '/news/1' && e.status === 308,
        ),
      ).toBe(true);
      // The publication clock ticked meanwhile (every PUBLICATION_CHECK_MS) with nothing due: it
      // works inside the process and says nothing.
      await new Promise((resolve) => setTimeout(resolve, PUBLICATION_CHECK_MS + 500));
      expect(server.output()).not.toContain('publish-due');
      const all = server.output();
      for (const secretValue of [
        ADMIN.password,
        secret,
        session!.value,
        decodeURIComponent(session!.value),
      ])
        expect(all).not.toContain(secretValue);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });
});

test.describe('graceful shutdown', () => {
  test('SIGTERM lets requests in flight finish in every worker, then closes the database cleanly', async () => {
    test.setTimeout(60_000);
    const server = await startSecondServer(3198, { RESPONSE_CACHE_MB: '0', WEB_CONCURRENCY: '2' });
    const words = [
      'حموشي',
      'إسبانيا',
      'الإرهاب',
      'الاستعلامات',
      'التعاون',
      'الأمن',
      'المغرب',
      'الزيارة',
    ];
    // Separate connections, all opened before the signal: each search reads the database.
    const finishedAt: number[] = [];
    const inFlight = Array.from({ length: 24 }, (_, i) => {
      const path = `/search?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}`;
      return new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.baseURL}${path}`, { agent: false }, (res) => {
          res.resume();
          res.on('end', () => {
            finishedAt.push(Date.now());
            resolve(res.statusCode ?? 0);
          });
        });
        req.on('error', reject);
        req.end();
      });
    });
    await Promise.race(inFlight);
    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    // Load balancers are told at once to send nothing more.
    await expect.poll(async () => (await fetch(`${server.baseURL}/readyz`)).status).toBe(503);

    const statuses = await Promise.all(inFlight);
    // Most of them were still being answered when the signal came.
    expect(finishedAt.filter((t) => t >= signalledAt).length).toBeGreaterThan(10);
    expect(
      statuses.every((s) => s === 200 || s === 404),
      statuses.join(','),
    ).toBe(true);
    expect(await server.exited).toBe(0);
    // Both workers drained and closed their connections; then the primary exited.
    expect(server.output().match(/stopped cleanly: database closed/g)).toHaveLength(2);
    expect(server.output()).toContain('stopped: every worker has exited');
    // SQLite folds the write-ahead log back and deletes it when the last connection closes cleanly.
    expect(existsSync(`${server.databaseFile}-wal`)).toBe(false);
  });
});
