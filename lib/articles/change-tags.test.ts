import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagsForArticleChange } from './change-tags';

describe('tagsForArticleChange', () => {
  it('covers the article, old and new listings, home, sitemaps, feeds and search', () => {
    const before = { id: 7, slug: 'old', categoryId: 1, authorId: 2, tagIds: [3, 4] };
    const after = { id: 7, slug: 'new', categoryId: 5, authorId: 2, tagIds: [4, 6] };
    assert.deepEqual(new Set(tagsForArticleChange(before, after)), new Set([
      'home', 'latest', 'sitemap', 'feed', 'search',
      'article:7', 'category:1', 'category:5', 'author:2', 'tag:3', 'tag:4', 'tag:6',
    ]));
  });
  it('works for creations and deletions', () => {
    const keys = { id: 9, slug: 's', categoryId: 1, authorId: 1, tagIds: [] };
    assert.ok(tagsForArticleChange(null, keys).includes('article:9'));
    assert.ok(tagsForArticleChange(keys, null).includes('category:1'));
  });
});
