import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Step } from './steps';

const PREFIX = '/_next/static/';
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Build assets never change under a given name: their Brotli copies stay in memory once read. */
const cache = new Map<string, Buffer | null>();

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
  let body = cache.get(relative);
  if (body === undefined) {
    try {
      body = readFileSync(path.join(staticDir, `${relative}.br`));
    } catch {
      body = null;
    }
    cache.set(relative, body);
  }
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
