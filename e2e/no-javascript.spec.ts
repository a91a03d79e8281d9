import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';

test.use({ javaScriptEnabled: false });

test('a reader without JavaScript reads the front page, follows links and reads the whole article', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .locator('article[aria-labelledby="lead-story"]')
    .getByRole('link', { name: seedArticle.title })
    .click();
  await expect(page).toHaveURL(new RegExp(`${seedArticle.path}$`));
  await expect(page.locator('h1')).toHaveText(seedArticle.title);
  await expect(page.locator('[data-article-body] h2')).toHaveCount(seedArticle.headings.length);
  await expect(page.locator('[data-article-body] p')).toHaveCount(seedArticle.paragraphs.length);
  await expect(page.locator('a[data-network]')).toHaveCount(5);
  // The copy button needs JavaScript, so it is not offered without it.
  await expect(page.getByRole('button', { name: 'نسخ الرابط' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'الوسوم' }).getByRole('link').first().click();
  await expect(page.locator('h1')).toHaveText('عبد اللطيف حموشي');
});

test('the copy-link button appears with JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(seedArticle.path);
  await expect(page.getByRole('button', { name: 'نسخ الرابط' })).toBeVisible();
  await context.close();
});
