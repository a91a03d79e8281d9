import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ENHANCE_PREFIX, enhancementPath } from '../routes';
import type { Step } from './steps';

type Script = { version: string; plain: Buffer; gzip: Buffer; br: Buffer };

export type Enhancements = {
  /** name → the URL reader pages load it from (lib/html/reader-scripts.ts). */
  urls: ReadonlyMap<string, string>;
  scripts: ReadonlyMap<string, Script>;
};

/**
 * The progressive-enhancement scripts in public/enhance/ (`copy-link.js` is «copy-link»), read
 * once at start with a content version for their URLs and their compressed copies.
 */
export function loadEnhancements(publicDir: string): Enhancements {
  const dir = path.join(publicDir, 'enhance');
  const scripts = new Map<string, Script>();
  const urls = new Map<string, string>();
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!/^[a-z][a-z-]*\.js$/.test(file)) continue;
    const name = file.slice(0, -3);
    const plain = readFileSync(path.join(dir, file));
    const version = createHash('sha256').update(plain).digest('base64url').slice(0, 10);
    scripts.set(name, {
      version,
      plain,
      gzip: gzipSync(plain, { level: 9 }),
      br: brotliCompressSync(plain),
    });
    urls.set(name, enhancementPath(name, version));
  }
  return { urls, scripts };
}

/**
 * A server step: answers `/enhance/<name>.js` from memory, compressed as the client accepts;
 * cached for a year when the version in the URL is the current one (the URL changes with the
 * file), five minutes otherwise. Unknown names are 404s without touching Next.js.
 */
export function enhancementScripts({ scripts }: Enhancements): Step {
  return (req, res, next) => {
    const url = req.url ?? '/';
    if (!url.startsWith(ENHANCE_PREFIX)) return next();
    const [pathname, query = ''] = url.split('?', 2) as [string, string?];
    const script = scripts.get(pathname.slice(ENHANCE_PREFIX.length).replace(/\.js$/, ''));
    if (!script || !pathname.endsWith('.js') || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const [body, encoding] = /\bbr\b/.test(accepts)
      ? [script.br, 'br']
      : /\bgzip\b/.test(accepts)
        ? [script.gzip, 'gzip']
        : [script.plain, undefined];
    const current = new URLSearchParams(query).get('v') === script.version;
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': body.length,
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
