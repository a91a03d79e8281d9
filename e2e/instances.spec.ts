import { expect, test, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startPostgres, type PostgresServer } from '../scripts/test/services/postgres';
import { startRedis, type RedisServer } from '../scripts/test/services/redis';
import { articlePath } from '../lib/routes';
import { slugify } from '../lib/arabic/slug';
import { publishArticle, signIn } from './support/newsroom';
import { seedArticle } from './support/seed';
import { generatedPhoto } from '../tests/support/photos';
import { locs } from './support/xml';
import { startSecondServer, type SecondServer } from './support/second-server';

/**
 * Several instances behind a balancer (npm run test:postgres): the e2e server (instance A) and a
 * second one (B, run from a copy of .next/standalone) share PostgreSQL, Next.js's cache in
 * Redis (REDIS_URL) and the photos' S3 bucket (MEDIA_STORAGE_URL). B has cached its pages
 * before A publishes; its next request must show the change.
 */
test.describe.configure({ mode: 'serial' });

const origin = 'http://localhost:3100';
const title = 'فتح معبر حدودي جديد بين مدينتين في الجنوب';

async function seenOn(request: APIRequestContext, base: string, path: string) {
  const home = await (await request.get(`${base}/`)).text();
  const sitemap = await (await request.get(`${base}/sitemaps/articles-0.xml`)).text();
  return {
    page: (await request.get(`${base}${path}`, { maxRedirects: 0 })).status(),
    home: home.includes(`href="${path}"`),
    sitemap: locs(sitemap).includes(`${origin}${path}`),
  };
}

test.describe('two instances sharing PostgreSQL and Redis', () => {
  let b: SecondServer;
  let id: number;
  const path = () => articlePath(id, slugify(title));

  test.beforeAll(async () => {
    // B is deployed as a standalone build, away from the source tree.
    b = await startSecondServer(3198, {}, { database: 'shared', standalone: true });
  });
  test.afterAll(async () => {
    b.process.kill('SIGTERM');
    await b.exited;
  });

  test('instance B serves from the cache instance A filled', async ({ request }) => {
    // A rendered the seeded article during the reader tests; B has never rendered anything.
    const first = await request.get(`${b.baseURL}${seedArticle.path}`);
    expect(first.status()).toBe(200);
    expect(first.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
    // Standalone, with Redis and no response cache: still no framework JavaScript (ADR 0010).
    const html = await first.text();
    expect(html).toContain(seedArticle.title);
    expect(html).not.toContain('__next_f');
    expect(html).not.toMatch(/<script src="\/_next\//);
    expect(html).toMatch(/<script src="\/enhance\/copy-link\.js\?v=[\w-]+" defer="">/);
  });

  test('an article published through instance A is on instance B at its next request: page, home and sitemap', async ({
    page,
    request,
  }) => {
    // B renders and caches its home page and sitemap first (a second request is a cache hit).
    for (const url of ['/', '/sitemaps/articles-0.xml', '/', '/sitemaps/articles-0.xml'])
      expect((await request.get(`${b.baseURL}${url}`)).status()).toBe(200);
    await signIn(page);
    id = await publishArticle(page, {
      title,
      dek: 'افتتح معبر حدودي جديد يربط مدينتين في الجنوب لتسهيل التنقل.',
      body: 'تفاصيل\nيختصر المعبر الطريق بين المدينتين.',
      category: 'ثقافة',
    });
    expect(await seenOn(request, b.baseURL, path())).toEqual({
      page: 200,
      home: true,
      sitemap: true,
    });
  });

  test('a photo uploaded through instance A is served by instance B from the shared store', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    // The seed's lead photo, written by A's seed, is on B's article page and served by B.
    const seeded = await (await request.get(`${b.baseURL}${seedArticle.path}`)).text();
    const lead = /<img src="(\/media\/[\w.-]+\.jpg)"/.exec(seeded)?.[1];
    expect(lead).toBeTruthy();
    expect((await request.get(`${b.baseURL}${lead}`)).status()).toBe(200);

    await signIn(page);
    await page.goto('/admin/photos');
    const bytes = await generatedPhoto({ width: 1200, height: 800, seed: 41 });
    await page
      .getByLabel(/اختاروا صورة أو أكثر/)
      .setInputFiles({ name: 'port.jpg', mimeType: 'image/jpeg', buffer: bytes });
    const uploaded = page.locator('li[data-state]');
    await expect(uploaded).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await page.goto((await uploaded.getByRole('link').getAttribute('href'))!);
    const thumb = (await page.locator('img[data-crop="square"]').getAttribute('src'))!;
    const fromA = await request.get(thumb);
    const fromB = await request.get(`${b.baseURL}${thumb}`);
    expect(fromB.status()).toBe(200);
    expect(fromB.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.compare(await fromB.body(), await fromA.body())).toBe(0);
  });

  test('unpublished through instance A, it leaves instance B at its next request', async ({
    page,
    request,
  }) => {
    expect((await request.get(`${b.baseURL}${path()}`)).status()).toBe(200);
    await signIn(page);
    await page.goto(`/admin/articles/${id}`);
    await page.getByRole('button', { name: 'سحب من النشر' }).click();
    await expect(page.getByRole('status')).toHaveText('سُحب المقال من النشر.');
    expect(await seenOn(request, b.baseURL, path())).toEqual({
      page: 404,
      home: false,
      sitemap: false,
    });
  });
});

test.describe('Redis goes away', () => {
  let redis: RedisServer;
  let c: SecondServer;
  test.beforeAll(async () => {
    redis = await startRedis();
    c = await startSecondServer(3197, { REDIS_URL: redis.url }, { database: 'shared' });
  });
  test.afterAll(async () => {
    c.process.kill('SIGTERM');
    await c.exited;
    await redis.stop();
  });

  test('pages still answer 200, rendered uncached, and the cache is used again once Redis is back', async ({
    request,
  }) => {
    const pages = [
      '/',
      seedArticle.path,
      seedArticle.categoryPath,
      '/sitemap.xml',
      '/feeds/rss.xml',
    ];
    for (const url of pages)
      expect((await request.get(`${c.baseURL}${url}`)).status(), url).toBe(200);
    const port = redis.port;
    await redis.stop();
    for (let round = 0; round < 3; round++) {
      for (const url of pages)
        expect((await request.get(`${c.baseURL}${url}`)).status(), `${url} without Redis`).toBe(
          200,
        );
    }
    expect((await request.get(`${c.baseURL}/healthz`)).status()).toBe(200);
    expect(c.process.exitCode).toBeNull();
    expect(c.output()).toContain('redis unavailable');

    redis = await startRedis(port);
    await expect
      .poll(() => c.output().includes('redis available again'), { timeout: 10_000 })
      .toBe(true);
    for (const url of pages)
      expect((await request.get(`${c.baseURL}${url}`)).status(), `${url} with Redis back`).toBe(
        200,
      );
  });
});

test.describe('PostgreSQL goes away', () => {
  let postgres: PostgresServer;
  let redis: RedisServer;
  let d: SecondServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    postgres = await startPostgres({ durable: false });
    const env = { ...process.env, DATABASE_URL: postgres.url };
    const prisma = path.join(__dirname, '..', 'node_modules', '.bin', 'prisma');
    execFileSync(prisma, ['migrate', 'deploy'], { env, stdio: 'ignore' });
    execFileSync(prisma, ['db', 'seed'], { env, stdio: 'ignore' });
    redis = await startRedis();
    d = await startSecondServer(
      3196,
      { DATABASE_URL: postgres.url, REDIS_URL: redis.url },
      { database: 'shared' },
    );
  });
  test.afterAll(async () => {
    d.process.kill('SIGTERM');
    await d.exited;
    await redis.stop();
    postgres.stop();
  });

  test('cached pages keep answering, the rest get an Arabic 503, and it all comes back without a restart', async ({
    request,
  }) => {
    test.setTimeout(60_000);
    const cached = [
      '/',
      seedArticle.path,
      seedArticle.categoryPath,
      '/feeds/rss.xml',
      '/sitemap.xml',
    ];
    for (const url of cached)
      expect((await request.get(`${d.baseURL}${url}`)).status(), url).toBe(200);
    const uncached = `/news/${900_000 + Math.floor(Math.random() * 99_999)}/x`;
    const search = `/search?q=${encodeURIComponent('حموشي')}`;

    postgres.halt!();
    await expect
      .poll(async () => (await request.get(`${d.baseURL}/readyz`)).status(), { timeout: 10_000 })
      .toBe(503);
    expect(await (await request.get(`${d.baseURL}/readyz`)).json()).toMatchObject({
      ready: false,
      database: 'database unreachable',
    });
    expect((await request.get(`${d.baseURL}/healthz`)).status()).toBe(200);
    for (const url of cached)
      expect((await request.get(`${d.baseURL}${url}`)).status(), `${url} from the cache`).toBe(200);
    for (const url of [search, uncached]) {
      const response = await request.get(`${d.baseURL}${url}`);
      expect(response.status(), url).toBe(503);
      expect(response.headers()['retry-after']).toBe('30');
      const body = await response.text();
      expect(body).toContain('lang="ar"');
      expect(body).toContain('حاولوا مرة أخرى');
      expect(body).not.toMatch(/P1001|Prisma|postgres|\/work\/|node_modules/i);
    }
    expect(d.process.exitCode).toBeNull();

    postgres.resume!();
    await expect
      .poll(async () => (await request.get(`${d.baseURL}/readyz`)).status(), { timeout: 10_000 })
      .toBe(200);
    const found = await request.get(`${d.baseURL}${search}`);
    expect(found.status()).toBe(200);
    expect(await found.text()).toContain(`href="${seedArticle.path}"`);
    expect((await request.get(`${d.baseURL}${uncached}`)).status()).toBe(404);
  });
});
