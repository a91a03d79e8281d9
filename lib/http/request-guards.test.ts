import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalPathEncoding, isDecodablePath } from './request-guards';

describe('request guards', () => {
  it('detects broken percent-encoding', () => {
    assert.equal(isDecodablePath('/category/%E0%A4%A'), false);
    assert.equal(isDecodablePath('/%'), false);
    assert.equal(isDecodablePath('/category/%D8%A3%D9%85%D9%86'), true);
  });

  it('spells every path one way: upper-case hex, NFC', () => {
    assert.equal(
      canonicalPathEncoding('/category/%d8%a3%d9%85%d9%86'),
      '/category/%D8%A3%D9%85%D9%86',
    );
    assert.equal(canonicalPathEncoding('/category/أمن'), '/category/%D8%A3%D9%85%D9%86');
    // ا + combining hamza above (NFD) is the same word as أ.
    assert.equal(
      canonicalPathEncoding(`/category/${encodeURIComponent('\u0627\u0654\u0645\u0646')}`),
      '/category/%D8%A3%D9%85%D9%86',
    );
    assert.equal(canonicalPathEncoding('/news/1/abc-def'), '/news/1/abc-def');
    assert.equal(canonicalPathEncoding('/'), '/');
  });
});
