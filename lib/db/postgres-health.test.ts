import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnreachable } from './postgres-health';

describe('PostgreSQL outage detection', () => {
  it('takes unreachable, timed-out and closed connections for an outage, and nothing else', () => {
    for (const code of ['P1001', 'P1002', 'P1017'])
      assert.equal(isUnreachable({ code }), true, code);
    const raw = (kind: string) => ({
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind } } },
    });
    for (const kind of ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout'])
      assert.equal(isUnreachable(raw(kind)), true, kind);
    assert.equal(isUnreachable(raw('ColumnNotFound')), false);
    for (const error of [
      { code: 'P2002' },
      { code: 'P2010' },
      new Error('boom'),
      null,
      undefined,
      'P1001',
    ])
      assert.equal(isUnreachable(error), false, String(error));
  });
});
