import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { READER_PAGES } from './support/reader-pages';
import { seedArticle } from './support/seed';
import { VIEWPORTS } from './support/viewports';

/**
 * Reader pages are HTML and CSS only (ADR 0010): no Next.js or React runtime, no inline flight
 * data, no script preloads; JSON-LD and our own enhancement files are the only scripts. With or
 * without JavaScript a reader sees the same page.
 */

/** What of a page a reader sees: its main text and where its links go. */
async function reading(page: Page) {
  return page.evaluate(() => ({
    text: document.body.innerText,
    links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
    title: document.title,
  }));
}

async function open(browser: Browser, path: string, javaScriptEnabled: boolean, width = 1280) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on(
    'request',
    (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname),
  );
  page.on('console', (m) => {
    // A 404 page is announced as a failed load of its own document; nothing else may fail.
    if (m.type() === 'error' && !(m.location().url === page.url() && /404/.test(m.text())))
      problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { context, page, scripts, problems };
}

for (const { name, path } of READER_PAGES) {
  test(`${name}: no framework JavaScript in the HTML, only JSON-LD and our enhancement files`, async ({
    request,
  }) => {
    // Twice: rendered, then from the response cache.
    for (let pass = 0; pass < 2; pass++) {
      const html = await (await request.get(path)).text();
      expect(html).toContain('</html>');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
      for (const attributes of scripts)
        expect(attributes, `${name}: ${attributes}`).toMatch(
          /^ type="application\/ld\+json"$|^ src="\/enhance\/[a-z-]+\.js\?v=[\w-]+" defer=""$/,
        );
      expect(html).not.toContain('__next_f');
      expect(html).not.toMatch(/<link[^>]+as="script"/);
      expect(html).not.toMatch(/rel="modulepreload"/);
      const chunkRefs = [...html.matchAll(/\/_next\/static\/chunks\/[^"]+/g)].map((m) => m[0]);
      for (const ref of chunkRefs) expect(ref, name).toMatch(/\.css$/);
    }
  });

  test(`${name}: the same page with JavaScript on and off, and nothing fails with it on`, async ({
    browser,
  }) => {
    const on = await open(browser, path, true);
    const off = await open(browser, path, false);
    expect(on.problems, 'console errors and CSP violations').toEqual([]);
    const expected = name === 'article' ? ['/enhance/copy-link.js'] : [];
    expect(on.scripts).toEqual(expected);
    const withScript = await reading(on.page);
    const without = await reading(off.page);
    expect(withScript.links).toEqual(without.links);
    expect(withScript.title).toBe(without.title);
    // The copy button is the one thing JavaScript adds, on article pages.
    expect(withScript.text.replace('\nنسخ الرابط', '')).toBe(without.text);
    await on.context.close();
    await off.context.close();
  });
}

for (const viewport of VIEWPORTS)
  test(`article at ${viewport.width} px looks the same with and without JavaScript`, async ({
    browser,
  }) => {
    const shots: Buffer[] = [];
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await open(
        browser,
        seedArticle.path,
        javaScriptEnabled,
        viewport.width,
      );
      // The copy button appears only with JavaScript, by design: leave it out of the comparison.
      shots.push(
        await page.screenshot({
          fullPage: true,
          animations: 'disabled',
          style: '[data-enhance]{display:none!important}',
        }),
      );
      await context.close();
    }
    expect(shots[0]!.equals(shots[1]!), 'identical pixels').toBe(true);
  });

test('the copy-link script works, and is small', async ({ browser, request }) => {
  const { context, page } = await open(browser, seedArticle.path, true);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const button = page.getByRole('button', { name: 'نسخ الرابط' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('button', { name: 'تم نسخ الرابط' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/news\/1$/);
  await context.close();

  const html = await (await request.get(seedArticle.path)).text();
  const src = /<script src="(\/enhance\/copy-link\.js\?v=[\w-]+)"/.exec(html)?.[1];
  expect(src).toBeTruthy();
  const script = await request.get(src!);
  expect(script.headers()['cache-control']).toContain('immutable');
  expect(gzipSync(await script.body()).length).toBeLessThanOrEqual(3 * 1024);
  expect((await request.get('/enhance/nothing.js')).status()).toBe(404);
});
