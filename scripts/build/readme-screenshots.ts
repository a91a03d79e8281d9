/**
 * Regenerates the README screenshots from a running site:
 *   npx tsx scripts/build/readme-screenshots.ts [http://localhost:3000]
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = path.join(process.cwd(), 'docs');

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-dev-shm-usage'],
  });
  const home = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await home.goto(base);
  const articleHref = await home.locator('#lead-story a').getAttribute('href');
  if (!articleHref) throw new Error('no lead story on the home page');
  for (const [name, viewport] of [
    ['article-phone', { width: 390, height: 844 }],
    ['article-desktop', { width: 1280, height: 800 }],
  ] as const) {
    const page = await browser.newPage({
      viewport,
      deviceScaleFactor: name === 'article-phone' ? 2 : 1,
    });
    await page.goto(new URL(articleHref, base).toString());
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`docs/${name}.png`);
  }
  // The seeded article's share image, as crawlers and chat apps fetch it.
  const article = await browser.newPage();
  await article.goto(new URL(articleHref, base).toString());
  const image = await article.locator('meta[property="og:image"]').getAttribute('content');
  if (!image) throw new Error('no og:image on the article page');
  const png = Buffer.from(
    await (await fetch(new URL(new URL(image).pathname, base))).arrayBuffer(),
  );
  writeFileSync(path.join(out, 'share-image-seed.png'), png);
  console.log('docs/share-image-seed.png');
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
