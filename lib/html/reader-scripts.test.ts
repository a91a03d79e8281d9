import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enhancementsUsed, withoutFrameworkScripts } from './reader-scripts';

const urls = new Map([['copy-link', '/enhance/copy-link.js?v=abc']]);

/** The shapes Next.js 16 writes into a reader page (taken from a production build's HTML). */
const page = (body: string) =>
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
  '<script src="/_next/static/chunks/p.js" noModule=""></script></head><body>' +
  body +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"])</script>' +
  '</body></html>';

describe('reader pages without framework scripts', () => {
  it('removes every script and script preload but JSON-LD, and keeps styles and fonts', () => {
    const ld = '<script type="application/ld+json">{"headline":"\\u003c/script\\u003e"}</script>';
    const out = withoutFrameworkScripts(page(`<h1>عنوان</h1>${ld}`), urls);
    assert.equal(
      out,
      '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
        '<link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2"/>' +
        `</head><body><h1>عنوان</h1>${ld}</body></html>`,
    );
  });

  it('keeps escaped markup in text and attributes as it is', () => {
    const body =
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</p>';
    assert.ok(withoutFrameworkScripts(page(body), urls).includes(body));
  });

  it('adds a deferred script for each known enhancement a page uses, once, and nothing unknown', () => {
    const body =
      '<button hidden data-enhance="copy-link">نسخ</button><i data-enhance="copy-link"></i>' +
      '<b data-enhance="unknown-thing"></b>';
    assert.deepEqual(enhancementsUsed(body), ['copy-link', 'unknown-thing']);
    const out = withoutFrameworkScripts(page(body), urls);
    assert.equal(out.match(/<script/g)?.length, 1);
    assert.ok(out.includes('<script src="/enhance/copy-link.js?v=abc" defer=""></script></head>'));
  });

  it('leaves a page without enhancements without any script', () => {
    assert.doesNotMatch(withoutFrameworkScripts(page('<p>نص</p>'), urls), /<script/);
  });
});
