import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bumpContentGeneration, changedSince, contentGeneration } from './content-generation';

describe('content generation', () => {
  it('collects the articles and listings changed since a generation', () => {
    const start = contentGeneration();
    assert.deepEqual(changedSince(start), { articles: new Set(), listings: new Set(), words: new Set() });
    bumpContentGeneration({ articles: [3], listings: ['/category/أمن'], words: ['امن'] });
    bumpContentGeneration({ articles: [4, 3], listings: ['/tag/طقس', '/category/أمن'], words: ['طقس'] });
    assert.deepEqual(changedSince(start), { articles: new Set([3, 4]), listings: new Set(['/category/أمن', '/tag/طقس']), words: new Set(['امن', 'طقس']) });
    assert.deepEqual(changedSince(start + 1), { articles: new Set([4, 3]), listings: new Set(['/tag/طقس', '/category/أمن']), words: new Set(['طقس']) });
    bumpContentGeneration({ articles: [5] });
    assert.equal((changedSince(start) as { words: unknown }).words, 'all');
  });

  it('says «all» when a change has unknown reach or the history no longer reaches back', () => {
    const start = contentGeneration();
    bumpContentGeneration('all');
    bumpContentGeneration({ articles: [1] });
    assert.equal(changedSince(start), 'all');
    assert.deepEqual(changedSince(start + 1), { articles: new Set([1]), listings: new Set(), words: 'all' });
    const old = contentGeneration();
    for (let i = 0; i < 300; i++) bumpContentGeneration({ articles: [i] });
    assert.equal(changedSince(old), 'all');
  });
});
