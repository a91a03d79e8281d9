import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { internalToken, isInternalRequest } from './internal-token';

describe('internal publication token', () => {
  it('is random per process, the same for every caller in it, and the only key to the route', () => {
    assert.match(internalToken(), /^[0-9a-f]{64}$/);
    assert.equal(internalToken(), internalToken());
    assert.equal(isInternalRequest(`Bearer ${internalToken()}`), true);
    for (const wrong of [
      null,
      '',
      internalToken(),
      `Bearer ${internalToken().slice(1)}`,
      'Bearer 1234',
    ]) {
      assert.equal(isInternalRequest(wrong), false, String(wrong));
    }
    // What the route accepted before, with AUTH_SECRET unset: a constant anyone could compute.
    const old = createHmac('sha256', 'development-only-secret-that-is-not-used-in-production')
      .update('publish-due')
      .digest('hex');
    assert.equal(isInternalRequest(`Bearer ${old}`), false);
  });
});
