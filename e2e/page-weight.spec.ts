import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BUDGETS, LAYOUT_SHIFT } from './budgets';
import { formatTotals as format, transferred } from './support/transfer';
import { seedArticle } from './support/seed';
import { PHONE_CONTEXT, VIEWPORTS } from './support/viewports';

const SCREENS = [
  { name: 'phone at DPR 2', ...PHONE_CONTEXT },
  {
    name: 'laptop',
    viewport: { width: 1280, height: 800 },
    screen: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
  },
] as const;

for (const [name, path] of [
  ['article', seedArticle.path],
  ['home', '/'],
] as const) {
  for (const screen of SCREENS) {
    test(`${name} page on a ${screen.name} stays within its weight budget`, async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({
        viewport: screen.viewport,
        screen: screen.screen,
        deviceScaleFactor: screen.deviceScaleFactor,
        isMobile: screen.isMobile,
      });
      const page = await context.newPage();
      const totals = await transferred(page, path);
      await context.close();
      await testInfo.attach(`${name}-weight`, { body: format(totals), contentType: 'text/plain' });
      console.log(`${name} on a ${screen.name}: ${format(totals)}`);
      const budget = BUDGETS[name];
      expect(totals.document, 'HTML').toBeLessThanOrEqual(budget.document);
      expect(totals.script, 'JavaScript').toBeLessThanOrEqual(budget.script);
      expect(totals.font, 'fonts').toBeLessThanOrEqual(budget.font);
      expect(totals.image, 'images').toBeGreaterThan(0);
      expect(totals.image, 'images').toBeLessThanOrEqual(budget.image);
      expect(totals.total - totals.image, 'all but images').toBeLessThanOrEqual(
        budget.withoutImages,
      );
      expect(totals.total, 'total').toBeLessThanOrEqual(budget.total);
    });
  }
}

/** Sums the layout shifts of a page load (CLS without session windows: every shift counts). */
async function layoutShiftOf(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  return page.evaluate(() =>
    (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
  );
}

const fontFile = /\.woff2$/;
const FONT_FILES = readdirSync(path.join(process.cwd(), 'app', 'fonts')).filter((name) =>
  fontFile.test(name),
).length;
const layoutCases = [
  { name: 'article', path: seedArticle.path },
  { name: 'home', path: '/' },
] as const;

for (const target of layoutCases) {
  for (const viewport of VIEWPORTS) {
    // Whether the preloaded fonts beat the first paint is a race on a loaded machine, so each case
    // decides it: the stylesheet is held until the fonts are in, or the fonts are held for a second.
    test(`${target.name} on a ${viewport.name}: nothing moves once the fonts are in`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const fontsLoaded: Promise<void>[] = [];
      page.on('request', (request) => {
        if (fontFile.test(request.url())) {
          fontsLoaded.push(request.response().then(async (r) => void (await r?.finished())));
        }
      });
      await page.route(/\.css$/, async (route) => {
        // Every font file is preloaded from <head>; their requests may be reported after this one.
        await expect.poll(() => fontsLoaded.length).toBe(FONT_FILES);
        await Promise.all(fontsLoaded);
        await route.continue();
      });
      expect(await layoutShiftOf(page, target.path)).toBeLessThan(LAYOUT_SHIFT.fontsOnTime);
    });

    test(`${target.name} on a ${viewport.name}: fonts a second late barely move the text`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.route(fontFile, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.continue();
      });
      const shift = await layoutShiftOf(page, target.path);
      console.log(
        `layout shift, ${target.name} on a ${viewport.name}, fonts 1 s late: ${shift.toFixed(4)}`,
      );
      expect(shift).toBeLessThanOrEqual(LAYOUT_SHIFT.fontsLate);
    });
  }
}
