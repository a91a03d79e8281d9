/**
 * Photo benchmarks (prints a table; not a test):
 *   npm run bench:photos -- [--runs 3] [--duration 20] [--uploads 20] [--connections 16] [--no-build]
 * 1. A 24-megapixel JPEG (and a 12-megapixel HEIC, as an iPhone sends, when heif-enc is here)
 *    processed into every rendition, each run in a fresh process: time and peak memory.
 * 2. The article mix under wrk on a production server (seeded database, photos on disk), alone and
 *    then while `--uploads` 12-megapixel photos are uploaded at once through the newsroom's upload
 *    route: throughput, p50 and p99 of the readers, and how long the uploads took.
 * Writes the table to bench/results/photos-<date>.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { articlePath, categoryPath, PHOTO_UPLOAD_PATH } from '../../lib/routes';
import { generatedPhoto } from '../media/generated-photo';
import { median } from './median';
import { peakRssMb, serverProcesses } from './rss';
import { startFreshServer } from './serve-fresh';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '20' },
    uploads: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    port: { type: 'string', default: '3450' },
    'no-build': { type: 'boolean', default: false },
  },
});

const ROOT = process.cwd();
const TMP = mkdtempSync(path.join(tmpdir(), 'bench-photos-'));
const DATABASE = 'file:./data/bench-photos.db';
const MEDIA = `file:${path.join(TMP, 'media')}`;
const ADMIN = { email: 'bench@example.test', password: 'Ocean-Atlas-Rabat-2031', name: 'قياس' };

type Processing = { ms: number; files: number; kb: number; rssBeforeMb: number; peakRssMb: number };

function processOnce(file: string): Processing {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/bench/photo-process.ts'), file],
    { encoding: 'utf8', env: { ...process.env, MEDIA_STORAGE_URL: MEDIA } },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Processing;
}

function hasHeifEnc(): boolean {
  try {
    execFileSync('heif-enc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function processingRows(runs: number): Promise<string[]> {
  const inputs: { label: string; file: string }[] = [];
  const jpeg = path.join(TMP, '24mp.jpg');
  writeFileSync(jpeg, await generatedPhoto({ width: 6000, height: 4000, seed: 5, gps: true }));
  inputs.push({ label: 'JPEG 6000 × 4000 (24 MP)', file: jpeg });
  if (hasHeifEnc()) {
    const source = path.join(TMP, '12mp.jpg');
    writeFileSync(source, await generatedPhoto({ width: 4032, height: 3024, seed: 6 }));
    const heic = path.join(TMP, '12mp.heic');
    execFileSync('heif-enc', ['-q', '50', source, '-o', heic], { stdio: 'ignore' });
    inputs.push({ label: 'HEIC 4032 × 3024 (12 MP)', file: heic });
  }
  const rows: string[] = [];
  for (const input of inputs) {
    const results = Array.from({ length: runs }, () => processOnce(input.file));
    const first = results[0]!;
    console.log(
      `${input.label}: ${results.map((r) => `${r.ms} ms / ${r.peakRssMb} MB`).join(', ')}`,
    );
    rows.push(
      `| ${input.label} | ${first.files} files, ${first.kb} KB | ${results.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} s | ${Math.max(...results.map((r) => r.peakRssMb))} MB (${first.rssBeforeMb} MB before) |`,
    );
  }
  return rows;
}

type Wrk = {
  requests: number;
  duration_us: number;
  status: number;
  timeout: number;
  p50_us: number;
  p99_us: number;
  connect: number;
  read: number;
  write: number;
};

function wrk(url: string, pathsFile: string, seconds: number, connections: number): Promise<Wrk> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'wrk',
      [
        '-t2',
        `-c${connections}`,
        `-d${seconds}s`,
        '--latency',
        '-s',
        path.join(ROOT, 'scripts/bench/mix.lua'),
        url,
      ],
      { env: { ...process.env, WRK_PATHS: pathsFile }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`wrk exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as Wrk);
    });
  });
}

async function sessionCookie(): Promise<string> {
  // Imported now: better-auth reads SITE_URL and AUTH_SECRET when its module loads.
  const { createAuth } = await import('../../lib/auth/auth');
  const { createNewsroomUser } = await import('../../lib/auth/users');
  const prisma = createPrismaClient(DATABASE);
  const auth = createAuth(prisma);
  await createNewsroomUser(prisma, { ...ADMIN, role: 'admin' }, auth);
  const { headers } = await auth.api.signInEmail({
    body: { email: ADMIN.email, password: ADMIN.password },
    returnHeaders: true,
  });
  await prisma.$disconnect();
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function articleMix(): Promise<string[]> {
  const prisma = createPrismaClient(DATABASE);
  const articles = await prisma.article.findMany({
    where: { status: 'published' },
    select: { id: true, slug: true },
  });
  const categories = await prisma.category.findMany({ select: { slug: true } });
  await prisma.$disconnect();
  // Mostly article pages, as readers arrive from search and social: the mix of bench/run.ts.
  return [
    ...articles.flatMap((a) => Array<string>(8).fill(articlePath(a.id, a.slug))),
    ...Array<string>(3).fill('/'),
    ...categories.map((c) => categoryPath(c.slug)),
  ];
}

const row = (label: string, r: Wrk, seconds: number) =>
  `| ${label} | ${Math.round(r.requests / seconds)} | ${(r.p50_us / 1000).toFixed(1)} ms | ${(r.p99_us / 1000).toFixed(1)} ms | ${r.status + r.timeout + r.connect + r.read + r.write} |`;

async function main(): Promise<void> {
  const runs = Number(values.runs);
  const seconds = Number(values.duration);
  const uploads = Number(values.uploads);
  const connections = Number(values.connections);
  const processing = await processingRows(runs);

  process.env.AUTH_SECRET ??= 'bench-photos-secret-bench-photos-secret-0123456789';
  const server = await startFreshServer({
    port: Number(values.port),
    database: DATABASE,
    build: !values['no-build'],
    env: {
      MEDIA_STORAGE_URL: MEDIA,
      AUTH_SECRET: process.env.AUTH_SECRET,
      SITE_URL: `http://localhost:${values.port}`,
    },
    logFile: path.join(TMP, 'server.log'),
  });
  process.env.DATABASE_URL = DATABASE;
  process.env.SITE_URL = server.url;
  try {
    const cookie = await sessionCookie();
    const pathsFile = path.join(TMP, 'paths.txt');
    writeFileSync(pathsFile, (await articleMix()).join('\n'));
    const photos = await Promise.all(
      Array.from({ length: uploads }, (_, i) =>
        generatedPhoto({ width: 4000, height: 3000, seed: 100 + i }),
      ),
    );
    await wrk(server.url, pathsFile, 5, connections); // warm the caches
    const alone = await wrk(server.url, pathsFile, seconds, connections);

    const started = performance.now();
    const uploadTimes: number[] = [];
    const statuses: number[] = [];
    const loaded = wrk(server.url, pathsFile, seconds, connections);
    await Promise.all(
      photos.map(async (bytes) => {
        const response = await fetch(`${server.url}${PHOTO_UPLOAD_PATH}`, {
          method: 'POST',
          headers: { cookie, origin: server.url, 'content-type': 'image/jpeg' },
          body: new Uint8Array(bytes),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
        uploadTimes.push(performance.now() - started);
      }),
    );
    const during = await loaded;
    const rss = serverProcesses(server.pid).map(
      (p) => `${p.name} ${Math.round(peakRssMb(p.pid))} MB`,
    );
    const accepted = statuses.filter((s) => s === 200).length;
    const allDone = Math.max(...uploadTimes) / 1000;
    console.log(`uploads: ${statuses.join(' ')}; last done after ${allDone.toFixed(1)} s`);

    const date = new Date().toISOString().slice(0, 10);
    const report = [
      `# Photos: processing and uploads under load (${date})`,
      '',
      `\`npm run bench:photos -- --runs ${runs} --duration ${seconds} --uploads ${uploads} --connections ${connections}\` on this machine (2 cores). Each processing run is a fresh process; peak memory is its VmHWM, including the ${processing.length ? 'tsx' : ''} runtime it had before.`,
      '',
      '| Input | Renditions | Time per run | Peak memory |',
      '| --- | --- | --- | --- |',
      ...processing,
      '',
      `Article mix (${connections} connections, ${seconds} s, seeded database with its photo): readers alone, then while ${uploads} photos of 4000 × 3000 px are uploaded at once.`,
      '',
      '| Readers | Requests/s | p50 | p99 | Errors |',
      '| --- | --- | --- | --- | --- |',
      row('alone', alone, seconds),
      row(`during ${uploads} uploads`, during, seconds),
      '',
      `Uploads: ${accepted} of ${uploads} accepted (statuses ${[...new Set(statuses)].join(', ')}); median finished after ${(median(uploadTimes) / 1000).toFixed(1)} s, the last after ${allDone.toFixed(1)} s. Peak memory of the server: ${rss.join(', ')}.`,
      '',
    ].join('\n');
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    const file = path.join(ROOT, 'bench', 'results', `photos-${date}.md`);
    writeFileSync(file, report);
    console.log(`\n${report}\nwritten to ${path.relative(ROOT, file)}`);
  } finally {
    await server.stop();
    rmSync(TMP, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
