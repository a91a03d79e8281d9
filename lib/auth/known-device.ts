import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A device its owner signed in on before: a cookie signed with AUTH_SECRET for that address, set
 * at each successful sign-in, read only by the sign-in page. It lets the owner through the
 * per-address ceiling (lib/auth/throttle.ts) that a distributed attack on their account reaches,
 * never through the lock of a pair or of a client.
 */
export const KNOWN_DEVICE_COOKIE = 'homepress_device';
export const KNOWN_DEVICE_MAX_AGE_S = 365 * 24 * 3600;

function signature(secret: string, email: string): string {
  return createHmac('sha256', secret)
    .update(`known-device:${email.trim().toLowerCase()}`)
    .digest('base64url');
}

export function knownDeviceValue(secret: string, email: string): string {
  return signature(secret, email);
}

export function isKnownDevice(secret: string, email: string, cookie: string | undefined): boolean {
  if (!cookie) return false;
  const expected = Buffer.from(signature(secret, email));
  const given = Buffer.from(cookie);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
