import { randomBytes } from 'node:crypto';
import { isNewsroom } from '../routes';
import policy from './security-policy.cjs';
import type { Step } from './steps';

/**
 * Security headers for every response: the values live in ./security-policy.cjs (read by
 * next.config.js too, for plain `next start`); this adds the newsroom's nonce and the server step.
 */
export const { READER_CSP, BASE_HEADERS, HSTS } = policy;
const { COMMON, SERVED_BY_US } = policy;

export function newsroomCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join('; ');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

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
