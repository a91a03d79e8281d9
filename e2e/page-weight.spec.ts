import { expect, test, type Page } from '@playwright/test';
import { BUDGETS, KB } from './budgets';
import { seedArticle } from './support/seed';

type Totals = Record<'document' | 'script' | 'font' | 'stylesheet' | 'image' | 'other', number> & { total: number };

/** Sums encodedDataLength (bytes on the wire) of every response, by resource type, via CDP. */
async function transferred(page: Page, path: string): Promise<Totals> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const totals: Totals = { document: 0, script: 0, font: 0, stylesheet: 0, image: 0, other: 0, total: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type.toLowerCase()));
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'other') as keyof Totals;
    const key = type in totals && type !== 'total' ? type : 'other';
    totals[key] += e.encodedDataLength;
    totals.total += e.encodedDataLength;
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  return totals;
}

const format = (t: Totals) => Object.entries(t).map(([k, v]) => `${k} ${(v / KB).toFixed(1)} KB`).join(', ');

for (const [name, path] of [
  ['article', seedArticle.path],
  ['home', '/'],
] as const) {
  test(`${name} page stays within its weight budget`, async ({ page }, testInfo) => {
    const totals = await transferred(page, path);
    await testInfo.attach(`${name}-weight`, { body: format(totals), contentType: 'text/plain' });
    console.log(`${name}: ${format(totals)}`);
    const budget = BUDGETS[name];
    expect(totals.document, 'HTML').toBeLessThanOrEqual(budget.document);
    expect(totals.script, 'JavaScript').toBeLessThanOrEqual(budget.script);
    expect(totals.font, 'fonts').toBeLessThanOrEqual(budget.font);
    expect(totals.total, 'total').toBeLessThanOrEqual(budget.total);
  });
}

test('no layout shift while the article loads', async ({ page }) => {
  await page.goto(seedArticle.path, { waitUntil: 'networkidle' });
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});
