import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeHref, resolveHref } from './links';

const SITE = 'https://homepress.example';

describe('isSafeHref', () => {
  it('accepts web and mail addresses and our own paths', () => {
    for (const href of [
      'https://example.com/a?b=c#d',
      'http://example.com',
      'mailto:desk@example.com',
      '/category/politics',
      '/news/12/slug',
    ])
      assert.equal(isSafeHref(href), true, href);
  });
  it('refuses scripts, data, other-host tricks, credentials and control characters', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/path',
      '/\\evil.example',
      'https://bank.example@evil.example/',
      'https://user:pass@example.com/',
      'https:\\\\evil.example',
      'https://exa mple.com',
      'https://example.com/\u202Eevil',
      'file:///etc/passwd',
      'mailto:',
      '',
      'relative/path',
    ])
      assert.equal(isSafeHref(href), false, JSON.stringify(href));
  });
});

describe('resolveHref', () => {
  it('keeps our articles by id, from a path or our own absolute URL', () => {
    assert.deepEqual(resolveHref('/news/42/any-slug', SITE), { articleId: 42 });
    assert.deepEqual(resolveHref('/news/42', SITE), { articleId: 42 });
    assert.deepEqual(resolveHref(`${SITE}/news/7/%D8%AE%D8%A8%D8%B1?utm=x`, SITE), {
      articleId: 7,
    });
  });
  it('turns our other absolute URLs into paths and leaves other sites alone', () => {
    assert.deepEqual(resolveHref(`${SITE}/tag/x`, SITE), { href: '/tag/x' });
    assert.deepEqual(resolveHref('https://other.example/news/7', SITE), {
      href: 'https://other.example/news/7',
    });
  });
  it('refuses what isSafeHref refuses', () => {
    assert.equal(resolveHref('javascript:alert(1)', SITE), null);
  });
});
