import { createHash } from 'node:crypto';

/**
 * What the database stores for a secret token (a session's, a reset link's): its SHA-256, so a
 * copy of the tables opens no session and resets no password. The tokens are 192 random bits or
 * more, so a fast hash is enough; no salt is needed.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
