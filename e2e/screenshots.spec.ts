import { expect, test } from '@playwright/test';
import { seedArticle } from './support/seed';
import { VIEWPORTS } from './support/viewports';

/**
 * Visual checks against committed baselines (e2e/screenshots.spec.ts-snapshots/), drawn by
 * Debian's Chromium with the self-hosted fonts. After a deliberate change of the look, redraw them
 * with `npx playwright test e2e/screenshots.spec.ts --update-snapshots` and review the images.
 */
for (const viewport of VIEWPORTS) {
  for (const target of [
    { name: 'home', path: '/' },
    { name: 'article', path: seedArticle.path },
  ]) {
    test(`${target.name} at ${viewport.width} px looks as its baseline`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(target.path);
      await page.evaluate(() => document.fonts.ready);
      await expect(page).toHaveScreenshot(`${target.name}-${viewport.name}.png`, {
        fullPage: true,
        animations: 'disabled',
        maxDiffPixelRatio: 0.002,
      });
    });
  }
}
