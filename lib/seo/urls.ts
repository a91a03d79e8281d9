import { env } from '../runtime/env';

/**
 * Absolute URL on the public origin (SITE_URL), never derived from a request's Host header.
 * Paths are ours and already percent-encoded, so plain concatenation is exact (and cheap enough
 * for 50,000-URL sitemaps).
 */
export function absoluteUrl(path: string): string {
  return `${env().SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The public origin, for telling our own absolute links from other sites'. */
export function siteOrigin(): string {
  return new URL(env().SITE_URL).origin;
}
