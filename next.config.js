// @ts-check
// Plain JavaScript: a TypeScript config makes Next.js load its compiler into every server process
// (lib/http/security-policy.cjs has the figure). REDIS_URL and SITE_URL are read as they are here;
// server.ts validates every variable (lib/runtime/env.ts) before Next.js loads this file.
const { nextConfigHeaders } = require('./lib/http/security-policy.cjs');

/**
 * One machine: Next.js keeps rendered pages in memory up to this size (and on disk); server.ts
 * keeps the hottest finished pages in its own response cache, so a small share is enough here.
 * Several instances (REDIS_URL): the cache lives in Redis, shared, and nothing is kept locally.
 * @returns {Pick<import('next').NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'>}
 */
function sharedCache() {
  if (!process.env.REDIS_URL) return { cacheMaxMemorySize: 32 * 1024 * 1024 };
  return {
    cacheHandler: require.resolve('./lib/cache/next-cache-handler.mjs'),
    cacheMaxMemorySize: 0,
  };
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // .next/standalone: the server and only the node_modules files it uses, so an instance can be
  // deployed without the source tree (scripts/build/standalone.ts adds server.ts and the static files).
  output: 'standalone',
  poweredByHeader: false,
  compress: true,
  ...sharedCache(),
  reactStrictMode: true,
  // No image optimizer: share images are drawn by our own routes, and server.ts answers its path
  // with 404 (a resizer of any local file at any size is memory and disk for anyone to fill).
  images: { unoptimized: true },
  // Newsroom imports upload several documents (each at most 512 KB) in one server action.
  experimental: {
    serverActions: { bodySizeLimit: '8mb' },
    // Next.js's page cache stays in memory (cacheMaxMemorySize, least recently used first) and is
    // not written under .next/: every unknown slug, page number or one-off search left a file
    // there, and nothing ever removed them (docs/operations.md «Memory and disk»).
    isrFlushToDisk: false,
  },
  // Native modules stay outside the server bundle and are loaded from node_modules at run time.
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@resvg/resvg-js',
    'sharp',
  ],
  // The HEIC decoder runs on a worker thread that loads it by path (lib/media/heic.ts), which the
  // tracer cannot see: ship it with the routes that process photos.
  outputFileTracingIncludes: {
    '/admin/**/*': ['./node_modules/heic-decode/**/*', './node_modules/libheif-js/**/*'],
  },
  // Plain `next start` sends the security headers too; server.ts sets them itself (and a nonce for
  // the newsroom) before Next.js sees the request.
  headers: async () => nextConfigHeaders((process.env.SITE_URL ?? '').startsWith('https://')),
};

module.exports = nextConfig;
