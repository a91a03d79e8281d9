/**
 * The performance harness (prints a table; not a test):
 *   npm run bench -- [--articles 10000] [--reuse] [--duration 15] [--connections 32] [--postgres] [--no-response-cache] [--workers 1,2]
 * Builds (or reuses) a database of SYNTHETIC articles, builds the production site against it,
 * serves it, and loads each route with wrk next to two ceilings serving the article page's exact
 * bytes (a minimal Node server and nginx) and behind the nginx cache of deploy/nginx. Writes the
 * table to bench/results/<date>-<articles>.md. With --postgres the articles go into a throwaway
 * PostgreSQL server (scripts/test/services/postgres.ts, durable settings) instead of a SQLite file, and
 * the table to bench/results/<date>-<articles>-postgres.md. --no-response-cache serves with
 * RESPONSE_CACHE_MB=0 (ADR 0002 compares the two) and adds -no-response-cache to the file name.
 * --workers lists the WEB_CONCURRENCY values to serve with, one after the other in the same run
 * (default: 1 and this machine's default), and the table compares them route by route.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { articlePath, categoryPath, tagPath } from '../../lib/routes';
import { BENCH_QUERIES } from './search-queries';
import { peakRssMb, serverProcesses } from './rss';
import { startFreshServer } from './serve-fresh';
import { startNginx } from '../test/services/nginx';
import { startPostgres } from '../test/services/postgres';
import { generateSyntheticDatabase } from './synthetic/generate';
import { workerCount } from '../../lib/server/workers';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    database: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '32' },
    threads: { type: 'string', default: '2' },
    port: { type: 'string', default: '3400' },
    mix: { type: 'string', default: '2000' },
    postgres: { type: 'boolean', default: false },
    'no-response-cache': { type: 'boolean', default: false },
    workers: { type: 'string', default: [...new Set([1, workerCount(undefined)])].join(',') },
  },
});
const workerCounts = values.workers!.split(',').map(Number);
if (workerCounts.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--workers: a comma-separated list of counts, got ${values.workers}`);

const ROOT = process.cwd();
const TMP = path.join(ROOT, 'bench', 'tmp');
const articles = Number(values.articles);
let database =
  values.database ?? `file:./data/bench-${articles >= 1000 ? `${articles / 1000}k` : articles}.db`;
const appPort = Number(values.port);
const ports = { node: appPort + 1, nginxStatic: appPort + 2, nginxCache: appPort + 3 };

type WrkResult = {
  requests: number;
  duration_us: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50_us: number;
  p99_us: number;
  max_us: number;
};
type Row = {
  route: string;
  result: WrkResult;
  ceiling?: { name: string; rps: number };
  target?: string;
  rssMb?: number;
};
/** One server's figures: its rows, and the peak RSS of each of its processes. */
type Run = {
  workers: number;
  rows: Row[];
  rss: { process: string; mb: number }[];
  buildSeconds: number;
};

function wrk(base: string, paths: string[], seconds: number): WrkResult {
  const list = path.join(TMP, `paths-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(list, paths.join('\n'));
  const output = execFileSync(
    'wrk',
    [
      '-t',
      values.threads!,
      '-c',
      values.connections!,
      '-d',
      `${seconds}s`,
      '--latency',
      '-s',
      path.join(ROOT, 'scripts', 'bench', 'mix.lua'),
      base,
    ],
    { env: { ...process.env, WRK_PATHS: list }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  rmSync(list);
  const line = output
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (!line) throw new Error(`wrk printed no figures:\n${output}`);
  return JSON.parse(line) as WrkResult;
}

function measure(base: string, paths: string[]): WrkResult {
  wrk(base, paths, Number(values.warmup));
  return wrk(base, paths, Number(values.duration));
}

const rps = (r: WrkResult) => r.requests / (r.duration_us / 1e6);
const ms = (us: number) => (us / 1000).toFixed(1);
const errors = (r: WrkResult) => r.connect + r.read + r.write + r.timeout;

async function warm(base: string, paths: string[], concurrency = 4): Promise<number> {
  let failures = 0;
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let p = queue.pop(); p; p = queue.pop()) {
        const response = await fetch(base + p, { redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) failures++;
      }
    }),
  );
  return failures;
}

function startProcess(command: string, args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** The server's processes (the primary and its workers, or the one process), with their peak RSS. */
function serverRss(pid: number): { process: string; mb: number }[] {
  return serverProcesses(pid).map((p) => ({ process: p.name, mb: peakRssMb(p.pid) }));
}
const totalRss = (rss: { mb: number }[]) => rss.reduce((sum, p) => sum + p.mb, 0);

async function main() {
  for (const tool of ['wrk', 'nginx']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is not installed: apt-get install wrk nginx-light`);
    }
  }
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(path.join(TMP, 'nginx', 'cache'), { recursive: true });

  if (values.postgres) {
    const postgres = await startPostgres();
    process.on('exit', () => postgres.stop());
    database = postgres.url;
    console.log(`PostgreSQL on port ${postgres.port}`);
  }
  if (values.postgres || !(values.reuse && existsSync(database.replace(/^file:/, '')))) {
    const generated = await generateSyntheticDatabase({ articles, database });
    console.log(
      `database: ${articles} synthetic articles in ${generated.seconds.toFixed(0)} s (${(generated.bytes / 1e6).toFixed(0)} MB)`,
    );
  }

  const db = createPrismaClient(database);
  const maxId = (await db.article.aggregate({ _max: { id: true } }))._max.id ?? 1;
  const wanted = new Set<number>();
  while (wanted.size < Math.min(Number(values.mix) * 2, maxId))
    wanted.add(1 + Math.floor(Math.random() * maxId));
  const picked: { id: number; slug: string }[] = [];
  const ids = [...wanted];
  for (let i = 0; i < ids.length && picked.length < Number(values.mix); i += 500) {
    picked.push(
      ...(await db.article.findMany({
        where: {
          id: { in: ids.slice(i, i + 500) },
          status: 'published',
          publishedAt: { lte: new Date() },
        },
        select: { id: true, slug: true },
      })),
    );
  }
  picked.splice(Number(values.mix));
  const articlePaths = picked.map((a) => articlePath(a.id, a.slug));
  const biggest = await db.article.groupBy({
    by: ['categoryId'],
    _count: { id: true },
    orderBy: { _count: { id: 'desc' } },
    take: 1,
  });
  const category = await db.category.findUniqueOrThrow({ where: { id: biggest[0]!.categoryId } });
  const tagCount = await db.articleTag.groupBy({
    by: ['tagId'],
    _count: { tagId: true },
    orderBy: { _count: { tagId: 'desc' } },
    take: 1,
  });
  const tag = await db.tag.findUniqueOrThrow({ where: { id: tagCount[0]!.tagId } });
  await db.$disconnect();

  const runs: Run[] = [];
  const ceilings: Row[] = [];
  for (const [index, workers] of workerCounts.entries())
    runs.push(
      await serveAndMeasure(workers, index === 0, ceilings, { articlePaths, category, tag }),
    );
  report(ceilings, runs);
}

async function serveAndMeasure(
  workers: number,
  first: boolean,
  ceilings: Row[],
  site: { articlePaths: string[]; category: { slug: string }; tag: { slug: string } },
): Promise<Run> {
  const { articlePaths, category, tag } = site;
  const buildStarted = Date.now();
  const server = await startFreshServer({
    port: appPort,
    database,
    seed: false,
    build: first,
    logFile: path.join(TMP, `server-${workers}-workers.log`),
    env: {
      WEB_CONCURRENCY: String(workers),
      ...(values['no-response-cache'] ? { RESPONSE_CACHE_MB: '0' } : {}),
    },
  });
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  const base = server.url;
  let nginx: ChildProcess | null = null;
  let nodeCeiling: ChildProcess | null = null;
  const rows: Row[] = [];
  let rss: { process: string; mb: number }[] = [];
  try {
    console.log(
      `server ${base}, ${workers} worker(s) (build and start ${buildSeconds.toFixed(0)} s); warming ${articlePaths.length} article pages…`,
    );
    const warmFailures = await warm(base, articlePaths);
    if (warmFailures)
      console.log(`warning: ${warmFailures} article pages did not answer 200 while warming`);

    // The ceilings serve the exact bytes of one article page.
    const articleFile = path.join(TMP, 'article.html');
    writeFileSync(
      articleFile,
      Buffer.from(await (await fetch(base + articlePaths[0])).arrayBuffer()),
    );
    nodeCeiling = startProcess('node', [
      '--import',
      'tsx',
      path.join(ROOT, 'scripts', 'bench', 'static-server.ts'),
      articleFile,
      String(ports.node),
    ]);
    // The ceiling beside the cache: the article page's bytes as a static file.
    nginx = startNginx({
      dir: path.join(TMP, 'nginx'),
      appPort,
      cachePort: ports.nginxCache,
      extraServers: `    server {
        listen ${ports.nginxStatic};
        location / { default_type "text/html; charset=utf-8"; root ${path.dirname(articleFile)}; try_files /${path.basename(articleFile)} =404; }
    }`,
    });
    await waitFor(`http://127.0.0.1:${ports.node}/`);
    await waitFor(`http://127.0.0.1:${ports.nginxStatic}/`);

    if (first) {
      ceilings.push({
        route: 'ceiling: Node static (article bytes)',
        result: measure(`http://127.0.0.1:${ports.node}`, ['/']),
      });
      ceilings.push({
        route: 'ceiling: nginx static (article bytes)',
        result: measure(`http://127.0.0.1:${ports.nginxStatic}`, ['/']),
      });
    }
    const node = { name: 'Node static', rps: rps(ceilings[0]!.result) };

    const routes: { route: string; paths: string[]; target: string }[] = [
      { route: 'home', paths: ['/'], target: '≥ 5 %' },
      { route: `article mix (${articlePaths.length} pages)`, paths: articlePaths, target: '≥ 6 %' },
      { route: 'category page', paths: [categoryPath(category.slug)], target: '≥ 5 %' },
      { route: 'tag page', paths: [tagPath(tag.slug)], target: '≥ 5 %' },
      {
        route: 'search (50-query mix)',
        paths: BENCH_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`),
        target: 'p99 < 150 ms',
      },
      // Two queries of the mix at once: 2,500 distinct URLs, so nearly every request misses the
      // server's 30-second search micro-cache and measures the search engine itself.
      {
        route: 'search, distinct queries (no micro-cache)',
        paths: BENCH_QUERIES.flatMap((a) =>
          BENCH_QUERIES.map((b) => `/search?q=${encodeURIComponent(`${a} ${b}`)}`),
        ),
        target: 'p99 < 150 ms',
      },
      { route: 'sitemap index', paths: ['/sitemap.xml'], target: '' },
      { route: 'sitemap chunk 0', paths: ['/sitemaps/articles-0.xml'], target: '' },
      { route: 'RSS feed', paths: ['/feeds/rss.xml'], target: '' },
    ];
    for (const { route, paths, target } of routes) {
      await warm(base, paths.slice(0, 200));
      rows.push({
        route,
        result: measure(base, paths),
        ceiling: node,
        target,
        rssMb: totalRss(serverRss(server.pid)),
      });
    }

    const cacheBase = `http://127.0.0.1:${ports.nginxCache}`;
    await waitFor(`${cacheBase}/healthz`);
    await warm(cacheBase, articlePaths);
    rows.push({
      route: 'article mix through the nginx cache',
      result: measure(cacheBase, articlePaths),
      ceiling: { name: 'nginx static', rps: rps(ceilings[1]!.result) },
      target: '≥ 50 %, p99 < 20 ms',
    });
  } finally {
    rss = serverRss(server.pid);
    if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM');
    if (nodeCeiling?.pid) process.kill(-nodeCeiling.pid, 'SIGTERM');
    await server.stop();
    // nginx's cache of this server's pages must not answer for the next one.
    rmSync(path.join(TMP, 'nginx', 'cache'), { recursive: true, force: true });
    mkdirSync(path.join(TMP, 'nginx', 'cache'), { recursive: true });
  }
  return { workers, rows, rss, buildSeconds };
}

const workersLabel = (n: number) => `${n} worker${n === 1 ? '' : 's'}`;

function table(rows: Row[]): string[] {
  return [
    '| route | req/s | p50 ms | p99 ms | errors | non-2xx | bytes/resp | ratio to ceiling | target | server peak RSS so far (all processes) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map(({ route, result: r, ceiling, target, rssMb }) => {
      const ratio = ceiling
        ? `${((rps(r) / ceiling.rps) * 100).toFixed(1)} % of ${ceiling.name}`
        : '';
      return `| ${route} | ${rps(r).toFixed(0)} | ${ms(r.p50_us)} | ${ms(r.p99_us)} | ${errors(r)} | ${r.status} | ${Math.round(r.bytes / Math.max(1, r.requests))} | ${ratio} | ${target ?? ''} | ${rssMb ? `${rssMb.toFixed(0)} MB` : ''} |`;
    }),
  ];
}

/** Route by route, each worker count against the first (one worker by default). */
function comparison(runs: Run[]): string[] {
  const [base, ...others] = runs;
  if (!base || others.length === 0) return [];
  const head = runs.map((r) => `${workersLabel(r.workers)} req/s | p99 ms`).join(' | ');
  return [
    `## ${runs.map((r) => workersLabel(r.workers)).join(' against ')}`,
    '',
    `| route | ${head} | ${others.map((r) => `× (${r.workers} / ${base.workers})`).join(' | ')} |`,
    `| --- | ${runs.map(() => '---: | ---:').join(' | ')} | ${others.map(() => '---:').join(' | ')} |`,
    ...base.rows.map((row, i) => {
      const cells = runs.map((run) => {
        const r = run.rows[i]?.result;
        return r ? `${rps(r).toFixed(0)} | ${ms(r.p99_us)}` : ' | ';
      });
      const ratios = others.map((run) => {
        const r = run.rows[i]?.result;
        return r ? `${(rps(r) / rps(row.result)).toFixed(2)}` : '';
      });
      return `| ${row.route} | ${cells.join(' | ')} | ${ratios.join(' | ')} |`;
    }),
    '',
    '| server | ' + 'peak RSS per process | total |',
    '| --- | --- | ---: |',
    ...runs.map(
      (run) =>
        `| ${workersLabel(run.workers)} | ${run.rss.map((p) => `${p.process} ${p.mb.toFixed(0)} MB`).join(', ')} | ${totalRss(run.rss).toFixed(0)} MB |`,
    ),
    '',
  ];
}

function report(ceilings: Row[], runs: Run[]) {
  const lines = [
    `# Benchmark, ${new Date().toISOString().slice(0, 10)}: ${articles.toLocaleString('en-US')} synthetic articles`,
    '',
    `wrk ${values.threads} threads, ${values.connections} connections, ${values.duration} s per route after ${values.warmup} s of warm-up; no compression requested.`,
    `Machine: ${execFileSync('nproc').toString().trim()} cores, Node ${process.version}. Database ${database}. Build and start: ${runs[0]?.buildSeconds.toFixed(0)} s. Response cache: ${values['no-response-cache'] ? 'off (RESPONSE_CACHE_MB=0)' : 'on'}. wrk runs on the same machine, so it takes CPU from the server.`,
    '',
    ...comparison(runs),
    '## Ceilings',
    '',
    ...table(ceilings),
    '',
    ...runs.flatMap((run) => [
      `## ${workersLabel(run.workers)} (WEB_CONCURRENCY=${run.workers})`,
      '',
      ...table(run.rows),
      '',
      `Peak RSS: ${run.rss.map((p) => `${p.process} ${p.mb.toFixed(0)} MB`).join(', ')}; total ${totalRss(run.rss).toFixed(0)} MB.`,
      '',
    ]),
  ];
  const text = lines.join('\n');
  console.log(`\n${text}`);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${new Date().toISOString().slice(0, 10)}-${articles}${values.postgres ? '-postgres' : ''}${values['no-response-cache'] ? '-no-response-cache' : ''}.md`,
  );
  writeFileSync(file, text);
  console.log(`written to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
