import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  clearFailures,
  FIRST_LOCK_MS,
  lockedUntil,
  MAX_AUDITED_FAILURES,
  MAX_FAILURES,
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
  MAX_LOCK_MS,
  MAX_ROWS,
  recordFailure,
  throttleKeys,
  WINDOW_MS,
} from '../lib/auth/throttle';
import { isKnownDevice, knownDeviceValue } from '../lib/auth/known-device';
import { createTempDb, type TempDb } from './helpers/temp-db';

const t0 = new Date('2026-11-30T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttling (real SQLite)', () => {
  let db: TempDb;
  beforeEach(() => {
    db = createTempDb();
  });
  afterEach(() => db.cleanup());

  it('locks an (address, client) pair after five failures, longer at each further one', async () => {
    const keys = throttleKeys('Editor@Example.com', '198.51.100.1');
    for (let i = 0; i < MAX_FAILURES - 1; i++) await recordFailure(db.prisma, keys, at(i * 1000));
    assert.equal(await lockedUntil(db.prisma, keys, { now: at(5000) }), null);
    await recordFailure(db.prisma, keys, at(10_000));
    const same = throttleKeys('editor@example.com', '198.51.100.1');
    assert.equal(
      (await lockedUntil(db.prisma, same, { now: at(11_000) }))?.getTime(),
      at(10_000 + FIRST_LOCK_MS).getTime(),
    );
    await recordFailure(db.prisma, keys, at(12_000));
    assert.equal(
      (await lockedUntil(db.prisma, same, { now: at(13_000) }))?.getTime(),
      at(12_000 + 2 * FIRST_LOCK_MS).getTime(),
      'twice as long',
    );
    for (let i = 0; i < 20; i++) await recordFailure(db.prisma, keys, at(14_000 + i));
    const longest = await lockedUntil(db.prisma, same, { now: at(15_000) });
    assert.ok(longest!.getTime() - at(14_019).getTime() <= MAX_LOCK_MS, 'at most an hour');
  });

  it('someone typing a colleague’s address elsewhere does not lock the colleague out', async () => {
    const attacker = throttleKeys('colleague@example.com', '203.0.113.66');
    for (let i = 0; i < MAX_FAILURES + 5; i++) await recordFailure(db.prisma, attacker, at(i));
    assert.notEqual(await lockedUntil(db.prisma, attacker, { now: at(100) }), null);
    const colleague = throttleKeys('colleague@example.com', '198.51.100.7');
    assert.equal(await lockedUntil(db.prisma, colleague, { now: at(100) }), null);
  });

  it('an address attacked from many clients reaches its ceiling, which a known device passes', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      await recordFailure(db.prisma, throttleKeys('owner@example.com', `10.1.0.${i}`), at(i));
    const fromNewPlace = throttleKeys('owner@example.com', '198.51.100.9');
    assert.notEqual(await lockedUntil(db.prisma, fromNewPlace, { now: at(100) }), null);
    assert.equal(
      await lockedUntil(db.prisma, fromNewPlace, { now: at(100), knownDevice: true }),
      null,
    );
    const cookie = knownDeviceValue('s'.repeat(48), 'Owner@example.com');
    assert.equal(isKnownDevice('s'.repeat(48), 'owner@example.com', cookie), true);
    assert.equal(isKnownDevice('s'.repeat(48), 'other@example.com', cookie), false);
    assert.equal(isKnownDevice('t'.repeat(48), 'owner@example.com', cookie), false);
  });

  it('locks a client only after more failures than a pair', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP - 1; i++)
      await recordFailure(db.prisma, throttleKeys(`user${i}@x.y`, '10.0.0.1'), t0);
    const next = throttleKeys('next@x.y', '10.0.0.1');
    assert.equal(await lockedUntil(db.prisma, next, { now: t0 }), null);
    await recordFailure(db.prisma, throttleKeys('last@x.y', '10.0.0.1'), t0);
    assert.notEqual(await lockedUntil(db.prisma, next, { now: t0 }), null);
  });

  it('forgets finished windows and a successful pair; keeps at most MAX_ROWS rows', async () => {
    const keys = throttleKeys('a@b.c', '10.0.0.2');
    await recordFailure(db.prisma, keys, t0);
    await recordFailure(db.prisma, throttleKeys('z@b.c', '10.0.0.3'), at(WINDOW_MS + 1));
    // The first failure's rows (pair, client, address) went with their window.
    assert.equal(
      await db.prisma.signInThrottle.count({ where: { key: { contains: 'a@b.c' } } }),
      0,
    );
    await clearFailures(db.prisma, throttleKeys('z@b.c', '10.0.0.3'));
    assert.equal(
      await db.prisma.signInThrottle.count({ where: { key: { contains: 'z@b.c' } } }),
      0,
    );
    await db.prisma.signInThrottle.createMany({
      data: Array.from({ length: MAX_ROWS + 50 }, (_, i) => ({
        key: `pair:flood${i}@x.y|10.2.${i >> 8}.${i & 255}`,
        failures: 1,
        windowStart: at(WINDOW_MS + 2 + i),
      })),
    });
    await recordFailure(db.prisma, throttleKeys('again@x.y', '10.0.0.4'), at(WINDOW_MS + 100_000));
    assert.ok((await db.prisma.signInThrottle.count()) <= MAX_ROWS);
  });

  it('audits a pair’s first failure and its locks, within a budget per window', async () => {
    const keys = throttleKeys('a@b.c', '10.0.0.5');
    const audits: boolean[] = [];
    for (let i = 0; i < MAX_FAILURES + 1; i++)
      audits.push((await recordFailure(db.prisma, keys, at(i))).audit);
    assert.deepEqual(audits, [true, false, false, false, true, true]);
    let audited = 0;
    for (let i = 0; i < MAX_AUDITED_FAILURES + 100; i++)
      if (
        (
          await recordFailure(
            db.prisma,
            throttleKeys(`u${i}@x.y`, `10.3.${i >> 8}.${i & 255}`),
            at(10 + i),
          )
        ).audit
      )
        audited++;
    assert.ok(audited <= MAX_AUDITED_FAILURES, `${audited} audited`);
  });
});
