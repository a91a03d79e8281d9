import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TAGS } from '../cache/tags';
import { chunkOf, chunkRange, SITEMAP_CHUNK_SIZE } from '../seo/sitemap-data';
import { tagsForArticleChange } from './change-tags';

describe('tagsForArticleChange', () => {
  it('covers the article, old and new listings, home, sitemaps, feeds and search', () => {
    const before = { id: 7, slug: 'old', categoryId: 1, authorId: 2, tagIds: [3, 4] };
    const after = { id: 7, slug: 'new', categoryId: 5, authorId: 2, tagIds: [4, 6] };
    assert.deepEqual(
      new Set(tagsForArticleChange(before, after)),
      new Set([
        'home',
        'latest',
        'sitemap',
        'feed',
        'search',
        'article:7',
        'sitemap:articles-0',
        'category:1',
        'category:5',
        'author:2',
        'tag:3',
        'tag:4',
        'tag:6',
      ]),
    );
  });
  it('expires the searches for the words of the article before and after, not every search', () => {
    const before = {
      id: 7,
      slug: 's',
      categoryId: 1,
      authorId: 2,
      tagIds: [],
      terms: ['مكتب', 'رباط'],
    };
    const after = { ...before, terms: ['مكتب', 'قراء'] };
    const tags = tagsForArticleChange(before, after);
    assert.ok(!tags.includes(TAGS.search));
    assert.ok(tags.includes(TAGS.searchLong));
    assert.deepEqual(
      tags.filter((tag) => tag.startsWith('search-term:')).sort(),
      ['مكتب', 'رباط', 'قراء'].map(TAGS.searchTerm).sort(),
    );
    // Searches still being typed: every prefix (a lone digit is a query of its own).
    assert.deepEqual(
      tags.filter((tag) => tag.startsWith('search-prefix:')).sort(),
      ['م', 'مك', 'مكت', 'مكتب', 'ر', 'رب', 'ربا', 'رباط', 'ق', 'قر', 'قرا', 'قراء']
        .map(TAGS.searchPrefix)
        .sort(),
    );
    assert.match(TAGS.searchTerm('مكتب'), /^search-term:[\w-]{16}$/);
    // One side's words unknown: every search goes.
    assert.ok(tagsForArticleChange({ ...before, terms: undefined }, after).includes(TAGS.search));
    assert.ok(tagsForArticleChange(null, after).every((tag) => tag !== TAGS.search));
    assert.deepEqual(
      tagsForArticleChange(before, after, { searchWords: false }).filter((tag) =>
        tag.startsWith('search'),
      ),
      [TAGS.search],
    );
  });
  it('expires the one article sitemap file whose id range holds the article', () => {
    const keys = (id: number) => ({ id, slug: 's', categoryId: 1, authorId: 1, tagIds: [] });
    const files = (id: number) =>
      tagsForArticleChange(keys(id), keys(id)).filter((tag) => tag.startsWith('sitemap:'));
    assert.deepEqual(files(1), [TAGS.sitemapArticles(0)]);
    assert.deepEqual(files(SITEMAP_CHUNK_SIZE), [TAGS.sitemapArticles(0)]);
    assert.deepEqual(files(SITEMAP_CHUNK_SIZE + 1), [TAGS.sitemapArticles(1)]);
    assert.deepEqual(files(100_000), [TAGS.sitemapArticles(49)]);
    // The same ranges the sitemap files list.
    for (const id of [1, 2000, 2001, 99_999]) {
      const { gte, lte } = chunkRange(chunkOf(id));
      assert.ok(gte <= id && id <= lte, `id ${id}`);
    }
  });
  it('expires the slug lookups of the tags and author a change created, and no others', () => {
    const keys = { id: 9, slug: 's', categoryId: 1, authorId: 1, tagIds: [2, 3] };
    assert.ok(!tagsForArticleChange(keys, keys).some((tag) => tag.includes('-slug:')));
    const created = tagsForArticleChange(null, {
      ...keys,
      created: { tags: ['مكتبات'], author: 'ج-السماوي' },
    });
    assert.deepEqual(
      created.filter((tag) => tag.includes('-slug:')).sort(),
      [TAGS.authorSlug('ج-السماوي'), TAGS.tagSlug('مكتبات')].sort(),
    );
    assert.notEqual(TAGS.tagSlug('مكتبات'), TAGS.tagSlug('قراءة'));
    assert.match(TAGS.tagSlug('مكتبات'), /^tag-slug:[\w-]{16}$/);
  });
  it('works for creations and deletions', () => {
    const keys = { id: 9, slug: 's', categoryId: 1, authorId: 1, tagIds: [] };
    assert.ok(tagsForArticleChange(null, keys).includes('article:9'));
    assert.ok(tagsForArticleChange(keys, null).includes('category:1'));
  });
});
