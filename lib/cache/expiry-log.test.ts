import assert from 'node:assert/strict';
import { test } from 'node:test';
import { announceExpiry, expiredSince, onExpiry, type ExpiryOrigin } from './expiry-log';

test('an expiry settles once the listeners that answer with a promise have', async () => {
  const heard: [string[], ExpiryOrigin][] = [];
  let release = () => {};
  const slow = new Promise<void>((resolve) => (release = resolve));
  const stopSync = onExpiry((tags, origin) => void heard.push([[...tags], origin]));
  const stopSlow = onExpiry(() => slow);
  try {
    let settled = false;
    const announced = announceExpiry(['home', 'article:1'], 'peer').then(() => (settled = true));
    // Every listener hears it at once, with its origin; the announcement waits for the slow one.
    assert.deepEqual(heard, [[['home', 'article:1'], 'peer']]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(settled, false);
    release();
    await announced;
    assert.equal(settled, true);
    assert.equal(expiredSince(Date.now() - 1_000, ['article:1']), true);
  } finally {
    stopSync();
    stopSlow();
  }
});

test('a listener that fails does not fail the expiry, and local is the default origin', async () => {
  const origins: ExpiryOrigin[] = [];
  const stopFailing = onExpiry(() => Promise.reject(new Error('worker gone')));
  const stopRecording = onExpiry((_tags, origin) => void origins.push(origin));
  try {
    await announceExpiry(['feed']);
    assert.deepEqual(origins, ['local']);
  } finally {
    stopFailing();
    stopRecording();
  }
});
