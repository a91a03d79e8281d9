import { expect, test } from '@playwright/test';
import { LONG_ARTICLE, longArticleBody } from '../scripts/bench/long-article';
import { BUDGETS } from './budgets';
import { publishArticle, signIn } from './support/newsroom';
import { seedArticle } from './support/seed';
import { formatTotals, transferred } from './support/transfer';
import { PHONE_CONTEXT } from './support/viewports';

// The weight of a long story as our server sends it: its response cache keeps a Brotli copy.
// With several instances (REDIS_URL) that cache is off and Next.js sends gzip, so
// `npm run test:postgres` does not run this file (docs/performance.md has both figures).
test('a 3,000-word rich story on a phone stays within the article weight budget', async ({
  browser,
  page,
}, testInfo) => {
  await signIn(page);
  const id = await publishArticle(page, {
    title: LONG_ARTICLE.title,
    dek: LONG_ARTICLE.dek,
    body: longArticleBody(seedArticle.id),
    category: 'اقتصاد',
  });
  // Readers get the copy our response cache keeps: the first view of a new story is the render
  // itself (gzip, as Next.js compresses it), and a long page's best Brotli copy follows it.
  await expect
    .poll(async () => {
      const response = await page.request.get(`/news/${id}`, {
        headers: { 'accept-encoding': 'gzip, br' },
      });
      return response.headers()['content-encoding'];
    })
    .toBe('br');
  const context = await browser.newContext(PHONE_CONTEXT);
  const phone = await context.newPage();
  const totals = await transferred(phone, `/news/${id}`);
  await expect(phone.locator('[data-embed="youtube"]')).toHaveCount(1);
  await context.close();
  await testInfo.attach('long-article-weight', {
    body: formatTotals(totals),
    contentType: 'text/plain',
  });
  console.log(`long rich article on a phone at DPR 2: ${formatTotals(totals)}`);
  const budget = BUDGETS.longArticle;
  expect(totals.document, 'HTML').toBeLessThanOrEqual(budget.document);
  expect(totals.script, 'JavaScript').toBeLessThanOrEqual(budget.script);
  expect(totals.font, 'fonts').toBeLessThanOrEqual(budget.font);
  expect(totals.total - totals.image, 'all but images').toBeLessThanOrEqual(budget.withoutImages);
});
