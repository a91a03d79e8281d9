import { randomBytes, timingSafeEqual } from 'node:crypto';

/** How often the publication clock asks for articles that became due. */
export const PUBLICATION_CHECK_MS = 5_000;

const KEY = Symbol.for('homepress.internalToken');
type Holder = { [KEY]?: string };

/**
 * The token of the internal publication route: random, made once per process, and never written
 * anywhere. Only this process calls the route (server.ts's clock, in process), so nothing needs to
 * know it in advance, and there is no constant or derived secret to guess. Kept on globalThis:
 * server.ts and the Next.js bundle load separate copies of this module.
 */
export function internalToken(): string {
  return ((globalThis as Holder)[KEY] ??= randomBytes(32).toString('hex'));
}

export function isInternalRequest(authorization: string | null): boolean {
  const expected = Buffer.from(`Bearer ${internalToken()}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
