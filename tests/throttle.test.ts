import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clearFailures,
  LOCK_MS,
  lockedUntil,
  MAX_FAILURES,
  MAX_FAILURES_PER_IP,
  recordFailure,
  throttleKeys,
  WINDOW_MS,
} from '../lib/auth/throttle';
import { createTempDb } from './helpers/temp-db';

describe('sign-in throttling (real SQLite)', () => {
  it('locks an address after five failures in the window, for fifteen minutes', async () => {
    const db = createTempDb();
    try {
      const keys = throttleKeys('Editor@Example.com', null);
      const start = new Date('2026-11-30T10:00:00Z');
      for (let i = 0; i < MAX_FAILURES - 1; i++)
        await recordFailure(db.prisma, keys, new Date(start.getTime() + i * 1000));
      assert.equal(await lockedUntil(db.prisma, keys, start), null);
      await recordFailure(db.prisma, keys, new Date(start.getTime() + 10_000));
      const until = await lockedUntil(
        db.prisma,
        throttleKeys('editor@example.com', null),
        new Date(start.getTime() + 11_000),
      );
      assert.equal(until?.getTime(), start.getTime() + 10_000 + LOCK_MS);
      assert.equal(
        await lockedUntil(db.prisma, keys, new Date(start.getTime() + 10_000 + LOCK_MS + 1)),
        null,
        'unlocks by itself',
      );
    } finally {
      await db.cleanup();
    }
  });

  it('starts counting again after the window and forgets an address on success', async () => {
    const db = createTempDb();
    try {
      const keys = throttleKeys('a@b.c', null);
      const t0 = new Date('2026-11-30T10:00:00Z');
      for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(db.prisma, keys, t0);
      await recordFailure(db.prisma, keys, new Date(t0.getTime() + WINDOW_MS + 1));
      assert.equal(
        await lockedUntil(db.prisma, keys, new Date(t0.getTime() + WINDOW_MS + 2)),
        null,
      );
      await clearFailures(db.prisma, 'a@b.c');
      assert.equal(await db.prisma.signInThrottle.count(), 0);
    } finally {
      await db.cleanup();
    }
  });

  it('locks an IP only after more failures than an address', async () => {
    const db = createTempDb();
    try {
      const now = new Date('2026-11-30T10:00:00Z');
      for (let i = 0; i < MAX_FAILURES_PER_IP - 1; i++)
        await recordFailure(db.prisma, throttleKeys(`user${i}@x.y`, '10.0.0.1'), now);
      assert.equal(await lockedUntil(db.prisma, ['ip:10.0.0.1'], now), null);
      await recordFailure(db.prisma, throttleKeys('last@x.y', '10.0.0.1'), now);
      assert.notEqual(await lockedUntil(db.prisma, ['ip:10.0.0.1'], now), null);
    } finally {
      await db.cleanup();
    }
  });
});
