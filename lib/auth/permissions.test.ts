import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasRole, mayEditArticle, mayPublish } from './permissions';

const contributor = { id: 'c1', role: 'contributor' as const };
const editor = { id: 'e1', role: 'editor' as const };
const admin = { id: 'a1', role: 'admin' as const };

describe('newsroom permissions', () => {
  it('ranks contributor below editor below admin', () => {
    assert.equal(hasRole(contributor, 'editor'), false);
    assert.equal(hasRole(editor, 'editor'), true);
    assert.equal(hasRole(editor, 'admin'), false);
    assert.equal(hasRole(admin, 'contributor'), true);
  });

  it('lets only editors and admins publish', () => {
    assert.deepEqual([contributor, editor, admin].map(mayPublish), [false, true, true]);
  });

  it('lets a contributor edit only their own never-published draft', () => {
    const own = { createdById: 'c1', status: 'draft', publishedAt: null };
    assert.equal(mayEditArticle(contributor, own), true);
    assert.equal(mayEditArticle(contributor, { ...own, createdById: 'someone' }), false);
    assert.equal(mayEditArticle(contributor, { ...own, createdById: null }), false);
    assert.equal(mayEditArticle(contributor, { ...own, status: 'published' }), false);
    assert.equal(mayEditArticle(contributor, { ...own, status: 'unpublished' }), false);
    // A draft with a publication date was scheduled or published once by an editor.
    assert.equal(mayEditArticle(contributor, { ...own, publishedAt: new Date() }), false);
    assert.equal(mayEditArticle(editor, { ...own, createdById: 'someone' }), true);
  });
});
