import type { PrismaClient } from '../../generated/prisma/client';

/**
 * Sign-in throttling that an attacker cannot turn against a colleague. Failures count per
 * (address, client): five lock that pair, for a minute and then twice as long at each further
 * failure (at most an hour), so someone typing a colleague's address from elsewhere locks only
 * themselves. A client is locked after twenty failures whatever the addresses. An address has a
 * ceiling across every client (a distributed guess at one account), which its owner passes from a
 * device they signed in on before (lib/auth/known-device.ts). Rows are bounded: finished windows
 * are deleted at each failure and at most MAX_ROWS are kept.
 */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_IP = 20;
export const MAX_FAILURES_PER_EMAIL = 50;
export const WINDOW_MS = 15 * 60_000;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;
export const MAX_ROWS = 10_000;
/** Failed sign-ins written to the audit trail per window, at most, whatever the traffic. */
export const MAX_AUDITED_FAILURES = 500;

const AUDIT_KEY = 'audit:failures';

export type ThrottleKeys = { pair: string; ip: string | null; email: string };

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  const address = email.trim().toLowerCase();
  return {
    pair: `pair:${address}|${ip ?? '-'}`,
    ip: ip ? `ip:${ip}` : null,
    email: `email:${address}`,
  };
}

/** The keys that refuse this attempt: a known device is not held by its address's ceiling. */
function checkedKeys(keys: ThrottleKeys, knownDevice: boolean): string[] {
  return [keys.pair, ...(keys.ip ? [keys.ip] : []), ...(knownDevice ? [] : [keys.email])];
}

/** When the last of the locks that apply ends, or null when none does. */
export async function lockedUntil(
  db: PrismaClient,
  keys: ThrottleKeys,
  options: { knownDevice?: boolean; now?: Date } = {},
): Promise<Date | null> {
  const now = options.now ?? new Date();
  const rows = await db.signInThrottle.findMany({
    where: {
      key: { in: checkedKeys(keys, options.knownDevice ?? false) },
      lockedUntil: { gt: now },
    },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

function limitOf(key: string): number {
  if (key.startsWith('ip:')) return MAX_FAILURES_PER_IP;
  if (key.startsWith('email:')) return MAX_FAILURES_PER_EMAIL;
  if (key === AUDIT_KEY) return Number.POSITIVE_INFINITY;
  return MAX_FAILURES;
}

/** A lock that doubles with each failure past the limit: 1, 2, 4 … 60 minutes. */
export function lockFor(failures: number, limit: number): number {
  return Math.min(FIRST_LOCK_MS * 2 ** Math.max(0, failures - limit), MAX_LOCK_MS);
}

/**
 * Counts a failure against every key; says whether it should go to the audit trail (the first of
 * its pair's window, or one that locked it, while the window's audit budget lasts).
 */
export async function recordFailure(
  db: PrismaClient,
  keys: ThrottleKeys,
  now = new Date(),
): Promise<{ audit: boolean }> {
  return db.$transaction(async (tx) => {
    await tx.signInThrottle.deleteMany({
      where: {
        windowStart: { lt: new Date(now.getTime() - WINDOW_MS) },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
    });
    let pairFailures = 0;
    let audited = 0;
    for (const key of [keys.pair, ...(keys.ip ? [keys.ip] : []), keys.email, AUDIT_KEY]) {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const limit = limitOf(key);
      const data = {
        failures,
        windowStart: fresh ? now : row.windowStart,
        lockedUntil:
          failures >= limit
            ? new Date(now.getTime() + lockFor(failures, limit))
            : (row?.lockedUntil ?? null),
      };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
      if (key === keys.pair) pairFailures = failures;
      if (key === AUDIT_KEY) audited = failures;
    }
    const excess = (await tx.signInThrottle.count()) - MAX_ROWS;
    if (excess > 0) {
      const oldest = await tx.signInThrottle.findMany({
        where: { key: { not: AUDIT_KEY } },
        orderBy: { windowStart: 'asc' },
        take: excess,
        select: { key: true },
      });
      await tx.signInThrottle.deleteMany({ where: { key: { in: oldest.map((r) => r.key) } } });
    }
    const notable = pairFailures === 1 || pairFailures >= MAX_FAILURES;
    return { audit: notable && audited <= MAX_AUDITED_FAILURES };
  });
}

/** A successful sign-in forgets the failures of that address from this client and overall. */
export async function clearFailures(db: PrismaClient, keys: ThrottleKeys): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: [keys.pair, keys.email] } } });
}
