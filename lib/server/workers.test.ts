import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_DEFAULT_WORKERS, workerCount } from './workers';

const GiB = 1024 ** 3;

test('WEB_CONCURRENCY wins when set, even above the default cap', () => {
  assert.equal(workerCount(1, { cores: 16, memory: 64 * GiB }), 1);
  assert.equal(workerCount(12, { cores: 2, memory: 4 * GiB }), 12);
});

test('unset: one worker per core', () => {
  assert.equal(workerCount(undefined, { cores: 2, memory: 24 * GiB }), 2);
  assert.equal(workerCount(undefined, { cores: 1, memory: 24 * GiB }), 1);
});

test('unset: capped on a large machine and by memory on a small one', () => {
  assert.equal(workerCount(undefined, { cores: 64, memory: 256 * GiB }), MAX_DEFAULT_WORKERS);
  assert.equal(workerCount(undefined, { cores: 4, memory: 1 * GiB }), 2);
  assert.equal(workerCount(undefined, { cores: 4, memory: 0.3 * GiB }), 1);
});
