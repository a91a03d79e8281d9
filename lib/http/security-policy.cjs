// @ts-check
/**
 * The security headers' values, in plain CommonJS because two loaders read them: server.ts (its
 * `securityHeaders` step, lib/http/security-headers.ts) and next.config.js, which Node loads as it
 * is. A TypeScript config would make Next.js load its compiler into every server process at start
 * (about 43 MB more resident memory, measured idle on this machine).
 *
 * Reader pages are cached HTML shared by every reader, so their Content-Security-Policy cannot
 * carry a per-request nonce; and Next.js writes its page data as inline <script> elements whose
 * contents differ per page, so hashes cannot list them either. Reader pages therefore allow inline
 * scripts from this origin only ('self' 'unsafe-inline'): no third-party origin may run script,
 * plugins are off, and the page cannot be framed, rebased or made to post forms elsewhere. Their
 * content is escaped text (React, and the one JSON-LD serializer), which is what keeps injected
 * markup inert. The newsroom is rendered per request, so it gets a strict nonce-based policy
 * (ADR 0004).
 */
const COMMON = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** Also the newsroom's policy under plain `next start`, which cannot give a nonce per request. */
const READER_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join('; ');

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
    'content-security-policy': READER_CSP,
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

module.exports = { COMMON, READER_CSP, BASE_HEADERS, HSTS, SERVED_BY_US, nextConfigHeaders };
