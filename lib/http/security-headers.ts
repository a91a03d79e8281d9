import { randomBytes } from 'node:crypto';

/**
 * Security headers for every response (set by server.ts).
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
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export const HSTS = 'max-age=63072000; includeSubDomains';
