import { test } from '@playwright/test';
import { seedArticle } from './support/seed';
import { VIEWPORTS } from './support/viewports';

for (const viewport of VIEWPORTS) {
  for (const target of [
    { name: 'home', path: '/' },
    { name: 'article', path: seedArticle.path },
  ]) {
    test(`screenshot ${target.name} at ${viewport.width}×${viewport.height}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(target.path);
      await page.evaluate(() => document.fonts.ready);
      const file = testInfo.outputPath(`${target.name}-${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${target.name}-${viewport.name}`, { path: file, contentType: 'image/png' });
    });
  }
}
