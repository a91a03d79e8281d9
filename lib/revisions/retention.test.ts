import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisionsToPrune } from './retention';

const now = new Date('2026-12-03T12:00:00Z');
const daysAgo = (days: number, hour = 10) =>
  new Date(now.getTime() - days * 24 * 3600_000 + (hour - 12) * 3600_000);

describe('revision retention', () => {
  it('keeps every revision of the last 30 days', () => {
    const revisions = [1, 2, 3, 4].map((id) => ({ id, at: daysAgo(29, 8 + id) }));
    assert.deepEqual(revisionsToPrune(revisions, now), []);
  });

  it('keeps only the last revision of each older day', () => {
    const revisions = [
      { id: 1, at: daysAgo(40, 9) },
      { id: 2, at: daysAgo(40, 11) },
      { id: 3, at: daysAgo(40, 15) },
      { id: 4, at: daysAgo(35, 9) },
      { id: 5, at: daysAgo(31, 9) },
      { id: 6, at: daysAgo(31, 10) },
      { id: 7, at: daysAgo(2) },
      { id: 8, at: daysAgo(2) },
    ];
    assert.deepEqual(revisionsToPrune(revisions, now), [1, 2, 5]);
  });

  it('counts days in Casablanca time, not UTC', () => {
    // 23:30 UTC on 1 November is 00:30 on 2 November in Casablanca (UTC+1): two different days.
    const revisions = [
      { id: 1, at: new Date('2026-11-01T22:30:00Z') },
      { id: 2, at: new Date('2026-11-01T23:30:00Z') },
    ];
    assert.deepEqual(revisionsToPrune(revisions, new Date('2026-12-20T00:00:00Z')), []);
  });
});
