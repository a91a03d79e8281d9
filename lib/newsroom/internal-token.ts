import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '../runtime/env';

/** How often the publication clock asks for articles that became due. */
export const PUBLICATION_CHECK_MS = 5_000;

/** A token derived from AUTH_SECRET (never the secret itself) for the internal publication route. */
export function internalToken(): string {
  return createHmac(
    'sha256',
    env().AUTH_SECRET ?? 'development-only-secret-that-is-not-used-in-production',
  )
    .update('publish-due')
    .digest('hex');
}

export function isInternalRequest(authorization: string | null): boolean {
  const expected = Buffer.from(`Bearer ${internalToken()}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
