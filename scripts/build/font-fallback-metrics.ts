/**
 * Prints the size-adjust that makes a local fallback font take the room of our Noto Naskh
 * subsets, per unicode range and weight (used by the 'Naskh Fallback' faces in app/globals.css):
 * the seed article's text is set in both in Chromium and the widths compared.
 * `npm run fonts:fallback [-- --local "DejaVu Sans"]`
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ARABIC_RANGES, LATIN_RANGES, rangesToCss } from './fonts/subsets';

const { values } = parseArgs({ options: { local: { type: 'string', default: 'DejaVu Sans' } } });
const fontsDir = path.join(process.cwd(), 'app', 'fonts');
const seedDir = path.join(process.cwd(), 'prisma', 'seed', 'articles');
const seedText = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(seedDir, name), 'utf8'))
  .join(' ')
  .replace(/\s+/g, ' ');

const inRanges = (ranges: readonly [number, number][]) => (char: string) =>
  ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);
// Arabic words with the spaces between them; the Latin sample is what Arabic news sets in Latin
// letters: figures, dates, times and punctuation.
const arabicText = [...seedText].filter((c) => c === ' ' || inRanges(ARABIC_RANGES)(c)).join('');
const latinText =
  [...seedText].filter((c) => c !== ' ' && inRanges(LATIN_RANGES)(c)).join('') +
  '0123456789 26/11/2026 11:20 (2030) «COVID-19» – FIFA';

const face = (weight: number, subset: 'arabic' | 'latin') =>
  `@font-face{font-family:Web;font-weight:${weight};unicode-range:${rangesToCss(subset === 'arabic' ? ARABIC_RANGES : LATIN_RANGES)};src:url(data:font/woff2;base64,${readFileSync(path.join(fontsDir, `naskh-${subset}-${weight}.woff2`)).toString('base64')})}`;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  });
  const page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="ar" dir="rtl"><style>${[400, 700].flatMap((w) => [face(w, 'arabic'), face(w, 'latin')]).join('')}</style><body></body></html>`,
  );
  // tsx names inner functions with a helper that does not exist in the page.
  await page.evaluate('window.__name = (f) => f');
  const ratios = await page.evaluate(
    async ({ arabicText, latinText, local }) => {
      await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 20px Web`, 'ا a')));
      const width = (family: string, weight: number, text: string) => {
        const span = document.createElement('span');
        span.style.cssText = `font:${weight} 100px ${family};white-space:pre;position:absolute`;
        span.textContent = text;
        document.body.append(span);
        const result = span.getBoundingClientRect().width;
        span.remove();
        return result;
      };
      const out: Record<string, string> = {};
      for (const weight of [400, 700]) {
        for (const [range, text] of [
          ['arabic', arabicText],
          ['latin', latinText],
        ] as const) {
          out[`${range} ${weight}`] =
            `${((100 * width('Web', weight, text)) / width(`"${local}"`, weight, text)).toFixed(2)}%`;
        }
      }
      return out;
    },
    { arabicText, latinText, local: values.local! },
  );
  await browser.close();
  console.log(`size-adjust for local('${values.local}') to match Noto Naskh (seed article text):`);
  console.table(ratios);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
