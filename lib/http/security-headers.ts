import { randomBytes } from 'node:crypto';
import { isNewsroom } from '../routes';
import type { Step } from './steps';

/**
 * Security headers for every response: set by server.ts (the `securityHeaders` step) and, for
 * anyone running plain `next start`, by next.config.ts (`nextConfigHeaders`).
 *
 * Reader pages are cached HTML shared by every reader, so their Content-Security-Policy cannot
 * carry a per-request nonce; and Next.js writes its page data as inline <script> elements whose
 * contents differ per page, so hashes cannot list them either. Reader pages therefore allow inline
 * scripts from this origin only ('self' 'unsafe-inline'): no third-party origin may run script,
 * plugins are off, and the page cannot be framed, rebased or made to post forms elsewhere. Their
 * content is escaped text (React, and the one JSON-LD serializer), which is what keeps injected
 * markup inert. The newsroom is rendered per request, so it gets a strict nonce-based policy.
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
export const READER_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'"].join('; ');

export function newsroomCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join('; ');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export const BASE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * A server step: the headers above on every answer; HSTS when the site is HTTPS (or the proxy we
 * trust says the request came over HTTPS); the newsroom gets a fresh nonce per request, which
 * Next.js reads from the request's own CSP header and puts on its scripts.
 */
export function securityHeaders(options: { siteIsHttps: boolean; trustProxy: boolean }): Step {
  return (req, res, next) => {
    req.headers[SERVED_BY_US] = '1';
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    if (options.siteIsHttps || (options.trustProxy && req.headers['x-forwarded-proto'] === 'https'))
      res.setHeader('strict-transport-security', HSTS);
    if (isNewsroom(req.url)) {
      const csp = newsroomCsp(newNonce());
      req.headers['content-security-policy'] = csp;
      res.setHeader('content-security-policy', csp);
    } else {
      res.setHeader('content-security-policy', READER_CSP);
    }
    next();
  };
}

/**
 * Set on every request by the step above. Next.js applies next.config.ts's headers after ours, so
 * they apply only where it is missing: under plain `next start` (it would otherwise replace the
 * newsroom's nonce policy). A client that sends it to plain `next start` only loses its own headers.
 */
const SERVED_BY_US = 'x-homepress-server';

/** The same headers in next.config.ts's form, so plain `next start` sends them too. */
export function nextConfigHeaders(siteIsHttps: boolean) {
  const headers = Object.entries({
    ...BASE_HEADERS,
    'content-security-policy': READER_CSP,
    ...(siteIsHttps ? { 'strict-transport-security': HSTS } : {}),
  });
  return [
    {
      source: '/:path*',
      missing: [{ type: 'header' as const, key: SERVED_BY_US }],
      headers: headers.map(([key, value]) => ({ key, value })),
    },
  ];
}
