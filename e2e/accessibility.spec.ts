import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seedArticle } from './support/seed';

const pages = [
  { name: 'home', path: '/', status: 200 },
  { name: 'article', path: seedArticle.path, status: 200 },
  { name: 'category', path: seedArticle.categoryPath, status: 200 },
  { name: 'tag', path: seedArticle.tagPath, status: 200 },
  { name: 'author', path: seedArticle.authorPath, status: 200 },
  { name: '404', path: '/news/424242/none', status: 404 },
  { name: 'unmatched 404', path: '/no-such-page', status: 404 },
];

for (const { name, path, status } of pages) {
  test(`${name}: landmarks, one h1 and no axe-core violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('header').first()).toBeVisible();
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('footer').last()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'الأقسام' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
