import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromLoopback, readinessFor } from './readiness-view';

describe('readiness for the public', () => {
  it('shows the details only to this machine', () => {
    const state = {
      ready: false,
      database: 'file is missing: /srv/data/portal.db',
      migrations: 'unknown',
    };
    for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3'])
      assert.deepEqual(readinessFor(state, peer), state, peer);
    for (const peer of [
      '203.0.113.5',
      '10.0.0.8',
      '::ffff:10.0.0.8',
      '',
      null,
      '127.0.0.1, 203.0.113.5',
    ]) {
      assert.deepEqual(readinessFor(state, peer), { ready: false }, String(peer));
    }
    assert.equal(fromLoopback('1127.0.0.1'), false);
  });
});
