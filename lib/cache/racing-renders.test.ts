import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStarted, rendersStartedBy } from './racing-renders';

describe('racing renders', () => {
  it('lists renders that began by a time, not later ones, and settles each with its tags', async () => {
    const early = renderStarted();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const writeTime = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const late = renderStarted();
    const racing = rendersStartedBy(writeTime);
    assert.equal(racing.length, 1);
    setTimeout(() => early(['article:8']), 20);
    assert.deepEqual(await Promise.all(racing), [['article:8']]);
    late([]);
  });

  it('forgets a render once it has ended', () => {
    const done = renderStarted();
    done([]);
    assert.equal(rendersStartedBy(Date.now()).length, 0);
  });
});
