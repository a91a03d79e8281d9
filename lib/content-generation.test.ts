import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bumpContentGeneration, changedSince, contentGeneration } from './content-generation';

describe('content generation', () => {
  it('collects the articles changed since a generation', () => {
    const start = contentGeneration();
    assert.deepEqual(changedSince(start), new Set());
    bumpContentGeneration([3]);
    bumpContentGeneration([4, 3]);
    assert.deepEqual(changedSince(start), new Set([3, 4]));
    assert.deepEqual(changedSince(start + 1), new Set([4, 3]));
  });

  it('says «all» when a change has unknown reach or the history no longer reaches back', () => {
    const start = contentGeneration();
    bumpContentGeneration('all');
    bumpContentGeneration([1]);
    assert.equal(changedSince(start), 'all');
    assert.deepEqual(changedSince(start + 1), new Set([1]));
    const old = contentGeneration();
    for (let i = 0; i < 300; i++) bumpContentGeneration([i]);
    assert.equal(changedSince(old), 'all');
  });
});
