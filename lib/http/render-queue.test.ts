import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import { RenderQueue } from './render-queue';

function fakeResponse(): ServerResponse & { finish: () => void } {
  const res = new EventEmitter() as ServerResponse & { finish: () => void };
  Object.assign(res, { destroyed: false, finish: () => res.emit('close') });
  return res;
}

describe('RenderQueue', () => {
  it('runs at most `limit` at once and starts the next in arrival order', () => {
    const queue = new RenderQueue(2, 10);
    const started: number[] = [];
    const responses = [0, 1, 2, 3].map(() => fakeResponse());
    responses.forEach((res, i) =>
      assert.equal(
        queue.enter(res, () => started.push(i)),
        true,
      ),
    );
    assert.deepEqual(started, [0, 1]);
    assert.deepEqual(queue.stats, { running: 2, waiting: 2 });
    responses[1]!.finish();
    assert.deepEqual(started, [0, 1, 2]);
    responses[0]!.finish();
    responses[0]!.finish();
    assert.deepEqual(started, [0, 1, 2, 3]);
    assert.deepEqual(queue.stats, { running: 2, waiting: 0 });
  });

  it('refuses when the line is full, and forgets clients that left while waiting', () => {
    const queue = new RenderQueue(1, 1);
    const started: string[] = [];
    const [a, b, c] = [fakeResponse(), fakeResponse(), fakeResponse()];
    queue.enter(a, () => started.push('a'));
    assert.equal(
      queue.enter(b, () => started.push('b')),
      true,
    );
    assert.equal(
      queue.enter(c, () => started.push('c')),
      false,
    );
    b.finish();
    a.finish();
    assert.deepEqual(started, ['a']);
    assert.deepEqual(queue.stats, { running: 0, waiting: 0 });
  });

  it('starts a waiting request in its own async context, not in that of the request that made room', () => {
    // Next.js keeps a request's stores in AsyncLocalStorage: inherited, they chain requests together.
    const store = new AsyncLocalStorage<string>();
    const queue = new RenderQueue(1, 10);
    const seen: (string | undefined)[] = [];
    const [a, b] = [fakeResponse(), fakeResponse()];
    store.run('request a', () => queue.enter(a, () => seen.push(store.getStore())));
    store.run('request b', () => queue.enter(b, () => seen.push(store.getStore())));
    store.run('request a', () => a.finish());
    assert.deepEqual(seen, ['request a', 'request b']);
  });
});
