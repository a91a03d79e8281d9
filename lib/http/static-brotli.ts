import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Step } from './steps';

const PREFIX = '/_next/static/';
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The Brotli copies of one build, read once: build assets never change under a given name, and the
 * folder is listed at the first request, so a name that is not there is never remembered (9,000
 * requests for distinct missing names used to grow the server by 130 MB, one entry each).
 */
const builds = new Map<string, Map<string, Buffer>>();

function brotliCopies(staticDir: string): Map<string, Buffer> {
  let copies = builds.get(staticDir);
  if (copies) return copies;
  copies = new Map();
  let names: string[] = [];
  try {
    names = readdirSync(staticDir, { recursive: true, encoding: 'utf8' });
  } catch {
    // No build here (tests, a broken deployment): Next.js answers every asset.
  }
  for (const name of names) {
    if (!name.endsWith('.br')) continue;
    const relative = name.slice(0, -3).split(path.sep).join('/');
    if (TYPES[path.extname(relative)])
      copies.set(relative, readFileSync(path.join(staticDir, name)));
  }
  builds.set(staticDir, copies);
  return copies;
}

/** How many Brotli copies are held for a build (what a flood of missing names must not change). */
export function brotliCopyCount(staticDir: string): number {
  return brotliCopies(staticDir).size;
}

/**
 * Answers a request for a build asset with its Brotli copy (made by scripts/build/precompress.ts) when
 * the browser accepts br. Returns false to let Next.js answer (other files, other encodings).
 */
export function serveBrotliAsset(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string,
): boolean {
  const url = req.url ?? '';
  if (!url.startsWith(PREFIX) || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  if (!/\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) return false;
  const relative = url.slice(PREFIX.length).split('?')[0]!;
  const type = TYPES[path.extname(relative)];
  if (!type || relative.includes('..') || relative.includes('%')) return false;
  const body = brotliCopies(staticDir).get(relative);
  if (!body) return false;
  res.writeHead(200, {
    'content-type': type,
    'content-encoding': 'br',
    'content-length': body.length,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'Accept-Encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** A server step: build assets with their Brotli copies, before anything else looks at them. */
export function staticAssets(staticDir: string): Step {
  return (req, res, next) => {
    if (!serveBrotliAsset(req, res, staticDir)) next();
  };
}
