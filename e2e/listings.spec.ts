import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';

const listings = [
  { name: 'category', path: seedArticle.categoryPath, heading: 'أمن' },
  { name: 'tag', path: seedArticle.tagPath, heading: 'عبد اللطيف حموشي' },
  { name: 'author', path: seedArticle.authorPath, heading: 'مقالات ج السماوي' },
];

for (const listing of listings) {
  test(`${listing.name} page lists the seeded article`, async ({ page }) => {
    const response = await page.goto(listing.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(listing.heading);
    await expect(page.getByRole('link', { name: seedArticle.title })).toHaveAttribute(
      'href',
      seedArticle.path,
    );
  });

  test(`${listing.name} page validates its page number`, async ({ request }) => {
    const first = await request.get(`${listing.path}/page/1`, { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers()['location']).toBe(listing.path);
    for (const tail of [
      '/page/2',
      '/page/0',
      '/page/-1',
      '/page/abc',
      '/page/1.5',
      '/page/99999999',
      '/other/2',
      '/page',
    ]) {
      const response = await request.get(`${listing.path}${tail}`, { maxRedirects: 0 });
      expect(response.status(), tail).toBe(404);
    }
  });
}

test('an empty category says so in Arabic', async ({ page }) => {
  const response = await page.goto('/category/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('لا توجد أخبار منشورة في هذا القسم بعد.')).toBeVisible();
});

test('unknown category, tag and author answer 404', async ({ request }) => {
  for (const path of ['/category/nothing', '/tag/nothing', '/author/nothing']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('broken percent-encoding and non-GET methods get 4xx, never 500', async ({ request }) => {
  expect((await request.get('/category/%E0%A4%A')).status()).toBe(400);
  expect((await request.get(`/news/1/%E0%A4%A`)).status()).toBe(400);
  expect((await request.post(seedArticle.path)).status()).toBe(405);
  expect((await request.head(seedArticle.path)).status()).toBe(200);
});
