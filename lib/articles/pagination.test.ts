import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PAGE, pageCount, PAGE_SIZE, parsePageTail } from './pagination';

describe('parsePageTail', () => {
  it('treats no tail as the canonical first page', () => {
    assert.deepEqual(parsePageTail(undefined), { page: 1, canonical: true });
    assert.deepEqual(parsePageTail([]), { page: 1, canonical: true });
  });
  it('accepts page/<n> and marks page/1 as non-canonical', () => {
    assert.deepEqual(parsePageTail(['page', '7']), { page: 7, canonical: true });
    assert.deepEqual(parsePageTail(['page', '1']), { page: 1, canonical: false });
  });
  it('rejects everything else', () => {
    for (const tail of [
      ['page'],
      ['page', '0'],
      ['page', '-1'],
      ['page', 'abc'],
      ['page', '1.5'],
      ['page', '01'],
      ['page', '2', 'x'],
      ['other', '2'],
      ['page', String(MAX_PAGE + 1)],
      ['page', '١'],
    ]) {
      assert.equal(parsePageTail(tail), null, tail.join('/'));
    }
  });
});

describe('pageCount', () => {
  it('has at least one page and rounds up', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(PAGE_SIZE), 1);
    assert.equal(pageCount(PAGE_SIZE + 1), 2);
  });
});
