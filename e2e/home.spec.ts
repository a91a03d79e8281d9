import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';

test('home shows the seeded article as lead story, in the latest news and in its section', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveCount(1);

  const lead = page.locator('article[aria-labelledby="lead-story"]');
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(seedArticle.title);
  await expect(lead.getByRole('link', { name: seedArticle.title })).toHaveAttribute(
    'href',
    seedArticle.path,
  );
  await expect(lead).toContainText('ج السماوي');
  await expect(lead.locator('time')).toHaveAttribute('datetime', /\+01:00$/);

  const latest = page.getByRole('region', { name: 'آخر الأخبار' });
  await expect(latest.getByRole('link', { name: seedArticle.title })).toBeVisible();
  const section = page.getByRole('region', { name: 'أمن' });
  await expect(section.getByRole('link', { name: seedArticle.title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'مواضيع بارزة' }).getByRole('link')).toHaveCount(5);
});

test('header navigation lists the categories and leads to them', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'الأقسام' });
  await expect(nav.getByRole('link')).toHaveCount(8);
  await nav.getByRole('link', { name: 'أمن' }).click();
  await expect(page).toHaveURL(new RegExp(`${seedArticle.categoryPath}$`));
  await expect(page.locator('h1')).toHaveText('أمن');
});

test('has a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
