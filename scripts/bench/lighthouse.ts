/**
 * Lighthouse 12.2.3 in Debian's Chromium on the production build (prints the four scores per page):
 *   npm run lighthouse                       # fresh database, build, serve on :3200, mobile + desktop
 *   npm run lighthouse -- --base http://localhost:3000 --preset mobile --runs 3
 *   npm run lighthouse -- --pages long,article --preset mobile
 *
 * Each page is audited --runs times (default 5) and the run Lighthouse's own computeMedianRun picks
 * (closest to the median first paint and time to interactive) is the one reported: on this 2-core
 * machine one run's mobile performance score moves by up to 8 points without any change, as
 * Lighthouse's variability guide describes; the scores of every run are printed as well.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { z } from 'zod';
import { LONG_ARTICLE, longArticleBody } from './long-article';
import { median } from './median';
import { startFreshServer } from './serve-fresh';

const run = promisify(execFile);

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    preset: { type: 'string', default: 'both' },
    port: { type: 'string', default: '3200' },
    runs: { type: 'string', default: '5' },
    // Comma-separated page names (home, article, long, category, tag, search): all by default.
    pages: { type: 'string' },
  },
});

const LIGHTHOUSE_DATABASE = 'file:./data/lighthouse.db';

const runs = z.coerce.number().int().min(1).max(15).parse(values.runs);

type Scores = { performance: number; accessibility: number; 'best-practices': number; seo: number };
type Report = {
  categories: Record<keyof Scores, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
};

function scoresOf(report: Report): Scores {
  const score = (key: keyof Scores) => Math.round(report.categories[key].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

/** Audits a page `runs` times; returns Lighthouse's median run and every run's performance score. */
async function medianAudit(
  url: string,
  preset: 'mobile' | 'desktop',
): Promise<{ medianRun: Report; performance: number[] }> {
  const reports: Report[] = [];
  for (let run = 0; run < runs; run++) reports.push(await audit(url, preset));
  return {
    medianRun: computeMedianRun(reports as never) as unknown as Report,
    performance: reports.map((report) => scoresOf(report).performance),
  };
}

async function audit(url: string, preset: 'mobile' | 'desktop'): Promise<Report> {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-background-networking --disable-component-update',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return JSON.parse(await runLighthouse(args)) as Report;
}

/** Lighthouse asks to be run again when Chromium's trace misses its start (NO_NAVSTART): up to three tries. */
async function runLighthouse(args: string[]): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run('node_modules/.bin/lighthouse', args, {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        maxBuffer: 256 * 1024 * 1024,
      });
      return stdout;
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? '');
      if (attempt >= 3 || !/Please run Lighthouse again/.test(stderr)) throw error;
      console.error(
        `lighthouse: ${stderr.trim().split('\n')[0]} (attempt ${attempt}, trying again)`,
      );
    }
  }
}

async function main() {
  const server = values.base
    ? null
    : await startFreshServer({ port: Number(values.port), database: LIGHTHOUSE_DATABASE });
  const base = values.base ?? server!.url;
  try {
    // The lead story, and the category and first tag on its page (sections with articles).
    const home = await (await fetch(base)).text();
    const article = /href="(\/news\/\d+\/[^"]+)"/.exec(home)?.[1];
    const articleHtml = article ? await (await fetch(new URL(article, base))).text() : '';
    const category = /aria-label="مسار التنقل".*?href="(\/category\/[^"]+)"/s.exec(
      articleHtml,
    )?.[1];
    const tag = /href="(\/tag\/[^"]+)"/.exec(articleHtml)?.[1];
    if (!article || !category || !tag)
      throw new Error('could not find article, category and tag links on the home page');
    const long = await publishLongArticle(base, Number(/\/news\/(\d+)\//.exec(article)![1]));
    const all = { home: '/', article, long, category, tag, ...(await searchPage(base)) };
    const chosen = values.pages?.split(',');
    const pages = Object.fromEntries(
      Object.entries(all).filter(([name]) => !chosen || chosen.includes(name)),
    );
    const presets =
      values.preset === 'both'
        ? (['mobile', 'desktop'] as const)
        : [values.preset as 'mobile' | 'desktop'];
    const outDir = path.join('test-results', 'lighthouse');
    mkdirSync(outDir, { recursive: true });
    console.log(
      `${runs} run(s) per page: the scores of the run Lighthouse's computeMedianRun picks, each run's performance score and their median.`,
    );
    console.log(
      '| page | preset | performance | accessibility | best practices | SEO | all runs | median score | TBT ms | LCP ms |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
    for (const preset of presets) {
      for (const [name, pagePath] of Object.entries(pages)) {
        const { medianRun, performance } = await medianAudit(
          new URL(pagePath, base).toString(),
          preset,
        );
        writeFileSync(path.join(outDir, `${name}-${preset}.json`), JSON.stringify(medianRun));
        const scores = scoresOf(medianRun);
        const metric = (id: string) => Math.round(medianRun.audits[id]?.numericValue ?? NaN);
        console.log(
          `| ${name} | ${preset} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${performance.join(' ')} | ${median(performance)} | ${metric('total-blocking-time')} | ${metric('largest-contentful-paint')} |`,
        );
      }
    }
  } finally {
    await server?.stop();
  }
}

/**
 * The 3,000-word rich story (scripts/bench/long-article.ts), imported and published through
 * `npm run import` into the server's database; its path. Only with a fresh server of ours.
 */
async function publishLongArticle(base: string, linkedId: number): Promise<string> {
  if (values.base)
    throw new Error('--base: publish the long article there by hand, or omit --base');
  const dir = mkdtempSync(path.join(tmpdir(), 'long-article-'));
  writeFileSync(
    path.join(dir, 'long.txt'),
    `هومبريس – فريق التحقيقات\n${LONG_ARTICLE.dek}\n${longArticleBody(linkedId)}\n`,
  );
  writeFileSync(
    path.join(dir, 'long.json'),
    JSON.stringify({
      title: LONG_ARTICLE.title,
      category: 'اقتصاد',
      tags: ['الموانئ'],
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  );
  await run('node_modules/.bin/tsx', ['scripts/ops/import.ts', dir, '--publish'], {
    env: { ...process.env, DATABASE_URL: LIGHTHOUSE_DATABASE, SITE_URL: base },
  });
  const search = await (
    await fetch(new URL(`/search?q=${encodeURIComponent('تقرير مطول الموانئ')}`, base))
  ).text();
  const found = /href="(\/news\/\d+\/[^"]+)"/.exec(search)?.[1];
  if (!found) throw new Error('the long article was imported but is not found by search');
  return found;
}

/** The search page, once the site has one. */
async function searchPage(base: string): Promise<Record<string, string>> {
  const response = await fetch(new URL('/search?q=%D8%A7%D9%84%D8%A3%D9%85%D9%86', base));
  return response.ok ? { search: '/search?q=%D8%A7%D9%84%D8%A3%D9%85%D9%86' } : {};
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
