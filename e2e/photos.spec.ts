import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { exifTags } from '../tests/support/photos';
import { seedArticle } from './support/seed';
import { PHONE_CONTEXT } from './support/viewports';
import { validateXml } from './support/xml';

const origin = 'http://localhost:3100';

/** The seeded article leads with a photo (prisma/seed/articles/000_….json names it). */
const seedPhoto = {
  alt: 'صورة توضيحية مولّدة: سماء متدرجة الألوان فوق تلال داكنة',
  caption: 'صورة توضيحية لا تخص الخبر: تُولَّد لتجربة الموقع.',
  credit: 'تصوير: هومبريس',
};

async function leadFigure(page: Page) {
  const figure = page.locator('article figure').first();
  await expect(figure).toBeVisible();
  return figure;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`lead photo, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the article leads with a figure: AVIF and WebP sources, sizes, dimensions, caption and credit', async ({
      page,
    }) => {
      await page.goto(seedArticle.path);
      const figure = await leadFigure(page);
      const avif = figure.locator('source[type="image/avif"]');
      const webp = figure.locator('source[type="image/webp"]');
      await expect(avif).toHaveAttribute('srcset', /-wide-320\.avif 320w, .*-wide-800\.avif 800w/);
      await expect(webp).toHaveAttribute('srcset', /-wide-320\.webp 320w/);
      await expect(avif).toHaveAttribute('sizes', '(min-width: 48rem) 46rem, 100vw');
      const img = figure.locator('img');
      await expect(img).toHaveAttribute('alt', seedPhoto.alt);
      await expect(img).toHaveAttribute('width', '800');
      await expect(img).toHaveAttribute('height', '450');
      await expect(img).toHaveAttribute('fetchpriority', 'high');
      await expect(img).not.toHaveAttribute('loading', 'lazy');
      await expect(figure.locator('figcaption')).toContainText(seedPhoto.caption);
      await expect(figure.locator('[data-role="credit"]')).toHaveText(seedPhoto.credit);
      // The photo is drawn (decoded) whether or not scripts run.
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
        .toBeGreaterThan(0);
      expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.avif$/);
    });

    test('cards show the story’s photo in their crop, lazily: home and listings', async ({
      page,
    }) => {
      await page.goto('/');
      const lead = page.locator('article[aria-labelledby="lead-story"] img');
      await expect(lead).toHaveAttribute('src', /-wide-800\.jpg$/);
      await expect(lead).toHaveAttribute('fetchpriority', 'high');
      await page.goto(seedArticle.categoryPath);
      const card = page.locator('main article img').first();
      await expect(card).toHaveAttribute('src', /-standard-800\.jpg$/);
      await expect(card).toHaveAttribute('loading', 'lazy');
      await expect(page.locator('main article source[type="image/avif"]').first()).toHaveAttribute(
        'sizes',
        '(min-width: 40rem) 10rem, 7rem',
      );
    });
  });
}

test('a phone at DPR 2 downloads a phone-sized lead image of at most 60 KB', async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE_CONTEXT);
  const page = await context.newPage();
  const images: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/media/'))
      images.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto(seedArticle.path, { waitUntil: 'networkidle' });
  const wide = images.filter((i) => i.url.includes('-wide-'));
  // One file of the lead photo, not a second one chosen for a wider layout before the viewport.
  expect(wide, JSON.stringify(images)).toHaveLength(1);
  const lead = wide[0];
  // 390 CSS px × 2 = 780 device px: the 800 px file, never the 1600 or 2000 px ones.
  expect(lead!.url).toMatch(/-wide-800\.avif$/);
  expect(lead!.bytes).toBeLessThanOrEqual(60 * 1024);
  console.log(
    `lead image on a phone at DPR 2: ${lead!.url.split('/').pop()} ${(lead!.bytes / 1024).toFixed(1)} KB`,
  );
  await context.close();
});

test('photo files are cached for a year, carry no metadata, and nothing is resized on request', async ({
  page,
  request,
}) => {
  await page.goto(seedArticle.path);
  const src = (await page.locator('article figure img').getAttribute('src'))!;
  const file = await request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/jpeg');
  expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(exifTags(await file.body())).toEqual({});
  // Any other width is not a file we made: 404, not a resize.
  const other = await request.get(src.replace('-wide-800.jpg', '-wide-799.jpg'));
  expect(other.status()).toBe(404);
  expect((await request.get('/media/..%2F..%2Fportal.db')).status()).toBe(404);
  expect((await request.get('/_next/image?url=%2Fmedia%2Fx&w=3840&q=100')).status()).toBe(404);
});

test('search engines: NewsArticle images at 1200 px or more, Open Graph 1200 × 630, image sitemap, feed enclosure', async ({
  page,
  request,
}) => {
  await page.goto(seedArticle.path);
  const article = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((t) => JSON.parse(t))
    .find((d) => d['@type'] === 'NewsArticle');
  expect(article.image).toHaveLength(3);
  const ratios: string[] = [];
  for (const image of article.image) {
    const response = await request.get(image.url);
    expect(response.status(), image.url).toBe(200);
    const meta = await sharp(await response.body()).metadata();
    expect([meta.width, meta.height]).toEqual([image.width, image.height]);
    expect(image.width, image.url).toBeGreaterThanOrEqual(1200);
    ratios.push((image.width / image.height).toFixed(2));
    expect(image.creditText).toBe(seedPhoto.credit);
  }
  expect(ratios).toEqual(['1.78', '1.33', '1.00']);

  const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(og).toMatch(new RegExp(`^${origin}/media/[0-9a-f]{20}-share-1200\\.jpg$`));
  const card = await sharp(await (await request.get(og)).body()).metadata();
  expect([card.width, card.height]).toEqual([1200, 630]);
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(
    seedPhoto.alt,
  );
  expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(og);

  const sitemap = await (await request.get('/sitemaps/articles-0.xml')).text();
  validateXml(sitemap, 'image-sitemap-check.xsd');
  expect(sitemap).toContain(`<loc>${origin}${seedArticle.path}</loc>`);
  expect(sitemap).toMatch(
    /<image:image><image:loc>[^<]+-wide-1600\.jpg<\/image:loc><\/image:image>/,
  );

  const feed = await new Parser().parseString(await (await request.get('/feeds/rss.xml')).text());
  const item = feed.items.find((i) => i.link === `${origin}${seedArticle.path}`);
  expect(item?.enclosure?.type).toBe('image/jpeg');
  expect(item?.enclosure?.url).toMatch(/-wide-1600\.jpg$/);
  const atom = await (await request.get('/feeds/atom.xml')).text();
  expect(atom).toMatch(/<link rel="enclosure" [^>]*-wide-1600\.jpg/);
});

test('search results show the photo as a square thumbnail', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('حموشي')}`);
  const thumb = page.locator('main ol li img').first();
  await expect(thumb).toHaveAttribute('src', /-square-800\.jpg$/);
  await expect(page.locator('main ol li source[type="image/avif"]').first()).toHaveAttribute(
    'sizes',
    '5rem',
  );
});
