import type { PrismaClient } from '../../generated/prisma/client';

/**
 * Five failures within 15 minutes lock the e-mail address for 15 minutes; twenty lock the client IP
 * (higher, so one office behind a shared address is not locked out by a single mistyping colleague).
 */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_IP = 20;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
}

/** When the earliest of these keys unlocks, or null when none is locked. */
export async function lockedUntil(
  db: PrismaClient,
  keys: string[],
  now = new Date(),
): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(
  db: PrismaClient,
  keys: string[],
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const data = {
        failures,
        windowStart: fresh ? now : row.windowStart,
        lockedUntil:
          failures >= (key.startsWith('ip:') ? MAX_FAILURES_PER_IP : MAX_FAILURES)
            ? new Date(now.getTime() + LOCK_MS)
            : (row?.lockedUntil ?? null),
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
  });
}

/** A successful sign-in forgets the failures of that address (the IP keeps its count). */
export async function clearFailures(db: PrismaClient, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys(email, null)[0]! } });
}
