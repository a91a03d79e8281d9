// @ts-check
/**
 * The security headers' values, in plain CommonJS because two loaders read them: server.ts (its
 * `securityHeaders` step, lib/http/security-headers.ts) and next.config.js, which Node loads as it
 * is. A TypeScript config would make Next.js load its compiler into every server process at start
 * (about 43 MB more resident memory, measured idle on this machine).
 *
 * Reader pages, as our server sends them, carry no inline script (lib/html/reader-scripts.ts,
 * ADR 0010): only JSON-LD, which is data and never runs, and our enhancement files from this
 * origin. Their policy is therefore `script-src 'self'`: no inline or third-party script runs,
 * plugins are off, and the page cannot be framed, rebased or made to post forms elsewhere. The
 * newsroom is rendered per request, so it gets a strict nonce-based policy (ADR 0004).
 * Plain `next start` serves pages with Next.js's inline scripts; it gets NEXT_START_CSP.
 */
/**
 * Photos may come from a CDN or the bucket (MEDIA_PUBLIC_URL, validated by lib/runtime/env.ts
 * before this file is read): its origin, and only it, is added to img-src.
 */
function mediaOrigin() {
  try {
    return process.env.MEDIA_PUBLIC_URL ? ` ${new URL(process.env.MEDIA_PUBLIC_URL).origin}` : '';
  } catch {
    return '';
  }
}

const COMMON = [
  "default-src 'self'",
  `img-src 'self' data:${mediaOrigin()}`,
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

const READER_CSP = [...COMMON, "script-src 'self'"].join('; ');

/**
 * Every page's policy under plain `next start`, which keeps Next.js's inline scripts on reader
 * pages and cannot give the newsroom a nonce per request.
 */
const NEXT_START_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join('; ');

/** @type {Record<string, string>} */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Set on every request by server.ts. Next.js applies next.config.js's headers after ours, so they
 * apply only where it is missing: under plain `next start` (they would otherwise replace the
 * newsroom's nonce policy). A client that sends it to plain `next start` only loses its own headers.
 */
const SERVED_BY_US = 'x-homepress-server';

/**
 * The same headers in next.config.js's form, so plain `next start` sends them too.
 * @param {boolean} siteIsHttps
 */
function nextConfigHeaders(siteIsHttps) {
  const headers = {
    ...BASE_HEADERS,
    'content-security-policy': NEXT_START_CSP,
    ...(siteIsHttps ? { 'strict-transport-security': HSTS } : {}),
  };
  return [
    {
      source: '/:path*',
      missing: [{ type: /** @type {const} */ ('header'), key: SERVED_BY_US }],
      headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
    },
  ];
}

module.exports = {
  COMMON,
  READER_CSP,
  NEXT_START_CSP,
  BASE_HEADERS,
  HSTS,
  SERVED_BY_US,
  nextConfigHeaders,
};
