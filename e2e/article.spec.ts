import { expect, test } from '@playwright/test';
import { startSecondServer } from './support/second-server';
import { seedArticle, seedDocument } from './support/seed';

test.describe('article page', () => {
  test('shows headline, byline, outlet, dates, every heading and paragraph of the document', async ({
    page,
  }) => {
    const response = await page.goto(seedArticle.path);
    expect(response?.status()).toBe(200);

    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(seedArticle.title);

    const header = page.locator('main article header').first();
    await expect(header.getByRole('link', { name: 'ج السماوي' })).toHaveAttribute(
      'href',
      seedArticle.authorPath,
    );
    await expect(header).toContainText('هومبريس');

    const published = header.locator('time').first();
    await expect(published).toHaveAttribute('datetime', seedArticle.publishedAt);
    await expect(published).toHaveAttribute('datetime', /\+01:00$/);
    await expect(published).toHaveText(/^[^٠-٩]*26 نونبر 2026[^٠-٩]*11:20$/);
    await expect(header).toContainText('مدة القراءة: دقيقتان');

    const body = page.locator('[data-article-body]');
    await expect(body.locator('h2')).toHaveText(seedArticle.headings);
    expect(seedArticle.headings).toHaveLength(8);
    await expect(body.locator('p')).toHaveText(seedArticle.paragraphs);
    expect(seedArticle.paragraphs).toHaveLength(13);
    await expect(header.locator('[data-role="dek"]')).toHaveText(seedDocument.lead);
  });

  test('links category, tags, breadcrumbs and share targets', async ({ page }) => {
    await page.goto(seedArticle.path);
    const breadcrumbs = page.getByRole('navigation', { name: 'مسار التنقل' });
    await expect(breadcrumbs.getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('href', '/');
    await expect(breadcrumbs.getByRole('link', { name: 'أمن' })).toHaveAttribute(
      'href',
      seedArticle.categoryPath,
    );
    await expect(page.getByRole('navigation', { name: 'الوسوم' }).getByRole('link')).toHaveCount(5);

    const share = page.getByRole('region', { name: 'شارك المقال' });
    for (const network of ['whatsapp', 'facebook', 'x', 'telegram', 'email']) {
      const href = await share.locator(`a[data-network="${network}"]`).getAttribute('href');
      expect(href, network).toContain(encodeURIComponent('http://localhost:3100/news/1'));
    }
    await expect(page.getByRole('region', { name: 'أخبار ذات صلة' })).toBeVisible();
  });

  test('names the cache tags of what it shows in Cache-Tag, for a CDN that purges by tag', async ({
    request,
  }) => {
    for (let i = 0; i < 2; i++) {
      // The answer that renders and the one a cache gives carry the same tags.
      const response = await request.get(seedArticle.path);
      const tags = (response.headers()['cache-tag'] ?? '').split(',');
      expect(tags).toContain(`article:${seedArticle.id}`);
      expect(tags).toContain('categories');
      expect(tags.filter((tag) => tag.startsWith('_N_T_'))).toEqual([]);
      expect(response.headers()['x-next-cache-tags']).toBeUndefined();
    }
    const home = (await request.get('/')).headers()['cache-tag'] ?? '';
    expect(home.split(',')).toContain('home');
    // Route handlers too (sitemaps, feeds), rendered or from a cache.
    for (const path of ['/sitemap.xml', '/sitemap.xml', '/feeds/rss.xml', '/feeds/rss.xml']) {
      const response = await request.get(path);
      expect(response.headers()['cache-tag'], path).toMatch(/\blatest\b/);
      expect(response.headers()['x-next-cache-tags'], path).toBeUndefined();
    }
  });

  test('redirects a missing, wrong or outdated slug to the canonical URL with 308', async ({
    request,
  }) => {
    for (const path of [
      '/news/1',
      '/news/1/slug-qadim',
      `${seedArticle.path}/extra`,
      '/news/1/%D8%AD%D9%85%D9%88%D8%B4%D9%8A',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(response.headers()['location'], path).toBe(seedArticle.path);
    }
  });

  test('answers an unknown id with the Arabic 404 page and status 404', async ({ page }) => {
    for (const path of ['/news/999999/x', '/news/0/x', '/news/abc', '/news/01/x']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
      await expect(page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeVisible();
    }
  });

  test('is served from the cache after the first request', async ({ request }) => {
    await request.get(seedArticle.path);
    const response = await request.get(seedArticle.path);
    // Next.js's page cache, or the server's response cache in front of it.
    expect([response.headers()['x-nextjs-cache'], response.headers()['x-cache']]).toContain('HIT');
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  });

  test('is compressed from the first answer on, the one that fills the cache included', async ({
    request,
  }) => {
    test.setTimeout(60_000);
    const headers = { 'accept-encoding': 'gzip, deflate, br' };
    if (process.env.REDIS_URL) {
      // Several instances sharing Redis: no response cache in the server, Next.js answers (gzip).
      const first = await request.get(seedArticle.path, { headers });
      const second = await request.get(seedArticle.path, { headers });
      expect(first.headers()['x-cache']).toBeUndefined();
      expect(first.headers()['content-encoding']).toBe('gzip');
      expect(second.headers()['content-encoding']).toBe('gzip');
      expect(await first.text()).toBe(await second.text());
      return;
    }
    // A server of its own, so the article is in nobody's response cache yet (a query string no
    // longer makes a new entry: the cache keys a page on what it reads).
    const server = await startSecondServer(Number(process.env.E2E_PORT ?? 3100) + 41);
    try {
      const first = await fetch(server.baseURL + seedArticle.path, { headers });
      const second = await fetch(server.baseURL + seedArticle.path, { headers });
      expect(first.headers.get('x-cache')).toBeNull();
      expect(first.headers.get('content-encoding')).toBe('gzip');
      expect(second.headers.get('x-cache')).toBe('HIT');
      expect(second.headers.get('content-encoding')).toBe('br');
      expect(await first.text()).toBe(await second.text());
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  });
});
