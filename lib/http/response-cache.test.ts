import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { searchTerm } from '../arabic/normalize';
import { tagsForArticleChange } from '../publishing/change-tags';
import { announceExpiry } from '../cache/expiry-log';
import { declarePageTags } from '../cache/page-tags';
import { SHARED_CACHE_CONTROL, TAGS } from '../cache/tags';
import { readerCacheKey } from '../routes';
import { parseQuery } from '../search/query';
import { searchTags } from '../search/tags';
import { pageTags, trackPageTags } from './page-tags';
import {
  LONG_PAGE,
  MAX_REFRESHES,
  ResponseCache,
  STREAM_UNZIP_BYTES,
  type CachePolicy,
  type SharedPage,
} from './response-cache';

/** The tags each kind of page reads, as the real pages declare them (lib/articles/queries.ts, lib/search). */
function tagsOfPage(url: string): string[] {
  const [path = '', query = ''] = url.split('?');
  const decoded = decodeURIComponent(path);
  const article = /^\/news\/(\d+)/.exec(decoded);
  if (article) return [TAGS.article(Number(article[1])), TAGS.categories];
  if (decoded === '/') return [TAGS.home, TAGS.latest, TAGS.categories];
  if (decoded === '/search')
    return searchTags(parseQuery(new URLSearchParams(query).get('q') ?? ''));
  const listing: Record<string, string[]> = {
    '/category/أمن': [TAGS.category(1), TAGS.categories],
    '/feeds/category/أمن': [TAGS.category(1)],
    '/category/أمن-x': [TAGS.category(9), TAGS.categories],
    '/category/ثقافة': [TAGS.category(2), TAGS.categories],
    '/feeds/category/ثقافة': [TAGS.category(2)],
    '/tag/طقس': [TAGS.tagSlug('طقس'), TAGS.tag(4)],
    '/author/كاتب': [TAGS.authorSlug('كاتب'), TAGS.author(3)],
  };
  for (const [prefix, tags] of Object.entries(listing))
    if (decoded === prefix || decoded.startsWith(`${prefix}/`)) return tags;
  if (decoded.startsWith('/feeds/')) return [TAGS.feed, TAGS.latest];
  if (decoded.startsWith('/sitemaps/articles-')) return [TAGS.sitemapArticles(0)];
  return [];
}

/** A real HTTP server whose «Next.js» counts renders and answers with what the test sets. */
describe('ResponseCache', () => {
  let server: Server;
  let base: string;
  let renders = 0;
  let refreshed: string[] = [];
  let refreshMs = 0;
  let renderMs = 0;
  let pending: Promise<void>[] = [];
  let answer: { status: number; headers: Record<string, string>; body: string } = {
    status: 200,
    headers: {},
    body: '',
  };
  let policy: CachePolicy = { kind: 'shared', ttlSeconds: 60 };
  let cache: ResponseCache;
  let options: ConstructorParameters<typeof ResponseCache>[0];
  /** Each request runs with its own number, as Next.js runs each with its own stores. */
  const requestStore = new AsyncLocalStorage<number>();
  let requestCount = 0;
  let renderedIn: (number | undefined)[] = [];

  before(async () => {
    // The real wiring of server.ts: the page-tags step, then the cache's handle() around «Next.js».
    server = createServer((req, res) =>
      requestStore.run(++requestCount, () =>
        trackPageTags(req, res, () => {
          const render = () => {
            renders++;
            renderedIn.push(requestStore.getStore());
            const { status, headers, body } = answer;
            // Pages that render read their data (and declare its tags); copies from Next.js's own cache
            // carry them in its header instead. Both ways, by turns.
            const tags = tagsOfPage(req.url ?? '/');
            if (renders % 2 === 0) declarePageTags(tags);
            setTimeout(() => {
              // Next.js sets its headers one by one, as here; the cache reads them back with getHeaders().
              res.statusCode = status;
              for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
              if (renders % 2 === 1 && tags.length)
                res.setHeader('x-next-cache-tags', [...tags, '_N_T_/layout'].join(','));
              // Like Next.js: gzip when the request accepts it.
              if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
                res.setHeader('content-encoding', 'gzip');
                const zipped = gzipSync(body);
                res.write(zipped.subarray(0, 10));
                res.end(zipped.subarray(10));
                return;
              }
              res.write(body.slice(0, 10));
              res.end(body.slice(10));
            }, renderMs);
          };
          cache.handle(req, res, render);
        }),
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());
  // A refresh still running from one test must not render into the next one's counts.
  afterEach(async () => {
    await Promise.all(pending);
    pending = [];
  });
  beforeEach(() => {
    options = {
      maxBytes: 1024 * 1024,
      policyFor: () => policy,
      keyOf: (req) => readerCacheKey(req.url),
      tagsOf: pageTags,
      isRefresh: (req) => Boolean(req.headers['x-refresh']),
      refresh: (url) => {
        refreshed.push(url);
        const refresh = (async () => {
          await new Promise((resolve) => setTimeout(resolve, refreshMs));
          await (await fetch(base + url, { headers: { 'x-refresh': '1' } })).text();
        })();
        pending.push(refresh);
        return refresh;
      },
    };
    cache = new ResponseCache(options);
    refreshMs = 100;
    renderMs = 0;
    renders = 0;
    refreshed = [];
    renderedIn = [];
    policy = { kind: 'shared', ttlSeconds: 60 };
    answer = {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': SHARED_CACHE_CONTROL,
      },
      body: 'صفحة خبر '.repeat(200),
    };
  });

  it('answers a shared page from memory after one render, in the encoding asked for', async () => {
    const first = await fetch(`${base}/news/1`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(await first.text(), answer.body);
    const plain = await fetch(`${base}/news/1`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(await plain.text(), answer.body);
    assert.equal(plain.headers.get('cache-control'), SHARED_CACHE_CONTROL);
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
    assert.equal(plain.headers.get('x-cache'), 'HIT');
    assert.equal(first.headers.get('x-cache'), null);
    assert.equal(renders, 1);
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) => {
      import('node:http').then(({ get }) =>
        get(`${base}/news/1`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }),
      );
    });
    assert.equal(raw.encoding, 'gzip');
    assert.equal(gunzipSync(raw.body).toString(), answer.body);
    assert.equal(renders, 1);
  });

  it('compresses the answer of the reader whose request fills the cache, and keeps it', async () => {
    const get = (encoding: string) =>
      new Promise<{ encoding: string | undefined; cache: string | undefined; body: Buffer }>(
        (resolve) => {
          void import('node:http').then(({ get: request }) =>
            request(`${base}/news/2`, { headers: { 'accept-encoding': encoding } }, (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({
                  encoding: res.headers['content-encoding'],
                  cache: res.headers['x-cache'] as string | undefined,
                  body: Buffer.concat(chunks),
                }),
              );
            }),
          );
        },
      );
    const first = await get('gzip, deflate, br');
    assert.equal(first.encoding, 'gzip');
    assert.equal(first.cache, undefined);
    assert.equal(gunzipSync(first.body).toString(), answer.body);
    const plain = await get('identity');
    assert.equal(plain.encoding, undefined);
    assert.equal(plain.cache, 'HIT');
    assert.equal(plain.body.toString(), answer.body);
    assert.equal(renders, 1);
  });

  it('unzips a large answer while sending it to a client that takes no compression, byte for byte', async () => {
    // Sitemap-sized and not repetitive, so the gzip copy is far smaller than the page.
    const lines = Array.from(
      { length: 9000 },
      (_, i) => `<url><loc>https://example.ma/news/${i}/خبر-${(i * 7919) % 10007}</loc></url>`,
    );
    answer = {
      ...answer,
      headers: { ...answer.headers, 'content-type': 'application/xml' },
      body: lines.join('\n'),
    };
    const size = Buffer.byteLength(answer.body);
    assert.ok(size > STREAM_UNZIP_BYTES);
    await (
      await fetch(`${base}/sitemaps/articles-0.xml`, { headers: { 'accept-encoding': 'gzip' } })
    ).arrayBuffer();
    const plain = await fetch(`${base}/sitemaps/articles-0.xml`, {
      headers: { 'accept-encoding': 'identity' },
    });
    assert.equal(plain.headers.get('x-cache'), 'HIT');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(plain.headers.get('content-length'), String(size));
    assert.equal(await plain.text(), answer.body);
    const head = await fetch(`${base}/sitemaps/articles-0.xml`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'identity' },
    });
    assert.equal(head.headers.get('content-length'), String(size));
    assert.equal(await head.text(), '');
    assert.equal(renders, 1);
  });

  it('keeps nothing that is not shareable: other Cache-Control, Set-Cookie, errors', async () => {
    for (const [path, change] of [
      ['/a', { headers: { 'cache-control': 'private, no-store' } }],
      ['/b', { headers: { 'cache-control': SHARED_CACHE_CONTROL, 'set-cookie': 'x=1' } }],
      ['/c', { status: 404 }],
    ] as const) {
      answer = { ...answer, ...change };
      await (await fetch(base + path)).text();
      await (await fetch(base + path)).text();
    }
    assert.equal(renders, 6);
    assert.equal(cache.size.entries, 0);
  });

  it('serves a stale shared page while one background request refreshes it', async () => {
    policy = { kind: 'shared', ttlSeconds: 0.3 };
    refreshMs = 50;
    await (await fetch(`${base}/tag/x`)).text();
    await new Promise((resolve) => setTimeout(resolve, 350));
    await (await fetch(`${base}/tag/x`)).text();
    await (await fetch(`${base}/tag/x`)).text();
    assert.equal(renders, 1);
    assert.deepEqual(refreshed, ['/tag/x']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(renders, 2);
    assert.equal((await fetch(`${base}/tag/x`)).headers.get('x-cache'), 'HIT');
    assert.deepEqual(refreshed, ['/tag/x']);
  });

  it(`refreshes at most ${MAX_REFRESHES} stale pages at once; the others wait for a later hit`, async () => {
    policy = { kind: 'shared', ttlSeconds: 0.3 };
    refreshMs = 50;
    const urls = ['/tag/a', '/tag/b', '/tag/c', '/tag/d'];
    for (const url of urls) await (await fetch(base + url)).text();
    await new Promise((resolve) => setTimeout(resolve, 350));
    for (const url of urls) assert.equal((await fetch(base + url)).headers.get('x-cache'), 'HIT');
    assert.deepEqual(refreshed, urls.slice(0, MAX_REFRESHES));
    // The first refreshes are done (and fresh for 300 ms): the next hits refresh the others.
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const url of urls) await (await fetch(base + url)).text();
    assert.deepEqual(refreshed, [
      ...urls.slice(0, MAX_REFRESHES),
      ...urls.slice(MAX_REFRESHES, 2 * MAX_REFRESHES),
    ]);
  });

  it('answers requests for a URL being rendered with that one render', async () => {
    renderMs = 100;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => fetch(`${base}/category/amn`)),
    );
    const bodies = await Promise.all(responses.map((r) => r.text()));
    assert.equal(renders, 1);
    assert.ok(bodies.every((body) => body === answer.body));
    assert.equal(responses.filter((r) => r.headers.get('x-cache') === 'HIT').length, 4);
  });

  it('lets the waiting requests render for themselves when that render is not kept', async () => {
    renderMs = 100;
    answer.status = 503;
    const responses = await Promise.all(
      Array.from({ length: 3 }, () => fetch(`${base}/category/amn`)),
    );
    await Promise.all(responses.map((r) => r.text()));
    assert.equal(renders, 3);
    assert.deepEqual(
      responses.map((r) => r.status),
      [503, 503, 503],
    );
    // Each in its own request's async context, not in that of the render it waited for.
    assert.equal(new Set(renderedIn).size, 3);
  });

  it('serves a private answer (search results) stale while one background request refreshes it, its Cache-Control unchanged', async () => {
    policy = { kind: 'private', ttlSeconds: 0.3 };
    refreshMs = 50;
    answer.headers['cache-control'] = 'private, no-cache, no-store, max-age=0, must-revalidate';
    await (await fetch(`${base}/search?q=a`)).text();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const stale = await fetch(`${base}/search?q=a`);
    await stale.text();
    assert.equal(stale.headers.get('x-cache'), 'HIT');
    assert.equal(
      stale.headers.get('cache-control'),
      'private, no-cache, no-store, max-age=0, must-revalidate',
    );
    assert.equal(renders, 1);
    assert.deepEqual(refreshed, ['/search?q=a']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(renders, 2);
  });

  it('keeps one entry per page whatever query string is added, and per search its q and page', async () => {
    for (const url of ['/news/5/x', '/news/5/x?utm_source=a', '/news/5/x?junk=1&b=2', '/news/5/x?'])
      await (await fetch(base + url)).text();
    assert.equal(renders, 1);
    for (const url of [
      '/search?q=a',
      '/search?q=a&junk=1',
      '/search?junk=2&q=a',
      '/search?q=a&q=b',
    ])
      await (await fetch(base + url)).text();
    assert.equal(renders, 2);
    await (await fetch(`${base}/search?q=a&page=2`)).text();
    await (await fetch(`${base}/search?q=b`)).text();
    assert.equal(renders, 4);
    assert.equal(cache.size.entries, 4);
  });

  it('drops a page when one of its tags is expired, and sends its tags as Cache-Tag', async () => {
    const first = await fetch(`${base}/`);
    await first.text();
    assert.equal(first.headers.get('cache-tag'), 'home,latest,categories');
    assert.equal(first.headers.get('x-next-cache-tags'), null);
    const hit = await fetch(`${base}/`);
    await hit.text();
    assert.equal(hit.headers.get('x-cache'), 'HIT');
    assert.equal(hit.headers.get('cache-tag'), 'home,latest,categories');
    announceExpiry([TAGS.feed]);
    assert.equal((await fetch(`${base}/`)).headers.get('x-cache'), 'HIT');
    announceExpiry([TAGS.home]);
    await (await fetch(`${base}/`)).text();
    assert.equal(renders, 2);
  });

  it('after an article changes, keeps other articles and other listings, drops that article, its listings and the pages for everyone', async () => {
    const amn = encodeURIComponent('أمن');
    const urls = [
      '/news/7/old-story',
      '/news/8/changed-story',
      '/',
      `/category/${amn}`,
      `/category/${amn}/page/2`,
      `/category/${amn.toLowerCase()}/page/3`,
      `/feeds/category/${amn}/rss.xml`,
      `/category/${amn}-x`,
      `/category/${encodeURIComponent('ثقافة')}`,
      `/feeds/category/${encodeURIComponent('ثقافة')}/rss.xml`,
      `/tag/${encodeURIComponent('طقس')}`,
      `/author/${encodeURIComponent('كاتب')}`,
      '/feeds/rss.xml',
      '/sitemaps/articles-0.xml',
      '/search?q=a',
    ];
    for (const url of urls) await (await fetch(base + url)).text();
    assert.equal(renders, urls.length);
    // Article 8 of category 1 («أمن») by author 3 («كاتب»), its words unknown.
    const keys = { id: 8, slug: 'changed-story', categoryId: 1, authorId: 3, tagIds: [] };
    announceExpiry(tagsForArticleChange(keys, keys));
    const again: Record<string, boolean> = {};
    for (const url of urls) {
      const response = await fetch(base + url);
      await response.text();
      again[url] = response.headers.get('x-cache') === 'HIT';
    }
    assert.deepEqual(again, {
      '/news/7/old-story': true,
      '/news/8/changed-story': false,
      '/': false,
      [`/category/${amn}`]: false,
      [`/category/${amn}/page/2`]: false,
      // The same page, its slug encoded in lower case.
      [`/category/${amn.toLowerCase()}/page/3`]: false,
      [`/feeds/category/${amn}/rss.xml`]: false,
      // Another category whose slug begins with the same letters.
      [`/category/${amn}-x`]: true,
      [`/category/${encodeURIComponent('ثقافة')}`]: true,
      [`/feeds/category/${encodeURIComponent('ثقافة')}/rss.xml`]: true,
      [`/tag/${encodeURIComponent('طقس')}`]: true,
      [`/author/${encodeURIComponent('كاتب')}`]: false,
      '/feeds/rss.xml': false,
      '/sitemaps/articles-0.xml': false,
      '/search?q=a': false,
    });
  });

  it('after an article changes, keeps the searches for words it does not hold', async () => {
    const search = (q: string) => `/search?q=${encodeURIComponent(q)}`;
    const urls = [
      search('مكتبة'),
      search('الرباط الجديدة'),
      search('"طقس حار"'),
      search('طقس'),
      `${search('طقس')}&page=2`,
      search('مكت'),
      search('طقس '),
    ];
    for (const url of urls) await (await fetch(base + url)).text();
    // The article holds the stems of «مكتبة» and «الرباط», not «طقس».
    const keys = {
      id: 8,
      slug: 's',
      categoryId: 1,
      authorId: 3,
      tagIds: [],
      terms: [searchTerm('مكتبة'), searchTerm('الرباط')],
    };
    announceExpiry(tagsForArticleChange(keys, keys));
    const kept: Record<string, boolean> = {};
    for (const url of urls) {
      const response = await fetch(base + url);
      await response.text();
      kept[decodeURIComponent(url)] = response.headers.get('x-cache') === 'HIT';
    }
    assert.deepEqual(kept, {
      '/search?q=مكتبة': false,
      // Every word must match, but a change to one of them may already add or remove the article.
      '/search?q=الرباط الجديدة': false,
      '/search?q="طقس حار"': true,
      '/search?q=طقس': true,
      '/search?q=طقس&page=2': true,
      // A word still being typed may match any new word.
      '/search?q=مكت': false,
      '/search?q=طقس ': true,
    });
  });

  it('hands each page it keeps to the other workers, which answer it without a render of their own', async () => {
    const kept: [string, SharedPage][] = [];
    cache = new ResponseCache({ ...options, onKept: (key, page) => kept.push([key, page]) });
    const first = await (await fetch(`${base}/news/7/story`)).text();
    assert.equal(renders, 1);
    assert.equal(kept.length, 1);
    const [key, page] = kept[0]!;
    assert.equal(key, readerCacheKey('/news/7/story'));

    const otherWorker = new ResponseCache(options);
    assert.equal(otherWorker.adopt(key, page), true);
    cache = otherWorker;
    const response = await fetch(`${base}/news/7/story`);
    assert.equal(response.headers.get('x-cache'), 'HIT');
    assert.equal(await response.text(), first);
    assert.equal(renders, 1);
    // Adopted pages are not handed on again.
    assert.equal(kept.length, 1);

    // A change this worker expired after that render began: the page may predate it.
    announceExpiry([TAGS.article(7)]);
    assert.equal(new ResponseCache(options).adopt(key, page), false);
  });

  it('does not keep a page whose tags were expired while it rendered', async () => {
    renderMs = 60;
    const rendering = fetch(`${base}/news/7/old-story`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 20));
    announceExpiry([TAGS.article(7)]);
    await rendering;
    const response = await fetch(`${base}/news/7/old-story`);
    await response.text();
    assert.equal(response.headers.get('x-cache'), null);
    assert.equal(renders, 2);
    // A change to another article meanwhile does not stop it being kept.
    const other = fetch(`${base}/news/9/x`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 20));
    announceExpiry([TAGS.article(10)]);
    await other;
    assert.equal((await fetch(`${base}/news/9/x`)).headers.get('x-cache'), 'HIT');
  });

  it('does not hold answers of over 1 MB as sent, and holds them gzip-compressed', async () => {
    answer.body = 'x'.repeat(1024 * 1024 + 1);
    const plain = { headers: { 'accept-encoding': 'identity' } };
    await (await fetch(`${base}/sitemaps/articles-0.xml`, plain)).text();
    await (await fetch(`${base}/sitemaps/articles-0.xml`, plain)).text();
    assert.equal(renders, 2);
    await (await fetch(`${base}/sitemaps/articles-0.xml`)).text();
    const again = await fetch(`${base}/sitemaps/articles-0.xml`, plain);
    assert.equal((await again.text()).length, answer.body.length);
    assert.equal(again.headers.get('x-cache'), 'HIT');
    assert.equal(renders, 3);
  });
  it('holds no more memory than it counts against its limit, whatever zlib hands back', async () => {
    // Pages of a few KB compressed: zlib returns them as views into 16 KB blocks.
    answer.body = 'صفحة خبر عاجل '.repeat(3000);
    await (await fetch(`${base}/news/3`, { headers: { 'accept-encoding': 'identity' } })).text();
    await (await fetch(`${base}/news/4`, { headers: { 'accept-encoding': 'gzip' } })).text();
    for (const path of ['/news/3', '/news/4']) {
      const hit = await fetch(base + path, { headers: { 'accept-encoding': 'br' } });
      await hit.arrayBuffer();
      assert.equal(hit.headers.get('x-cache'), 'HIT');
    }
    const { entries, bytes, held } = cache.size;
    assert.equal(entries, 2);
    assert.ok(bytes > 0);
    assert.equal(held, bytes);
  });

  it('gives a long page its best Brotli copy off the event loop, sending gzip meanwhile', async () => {
    // A long story: varied words, twice (the page and its JSON-LD), about 90 KB.
    const words = Array.from({ length: 6000 }, (_, i) => `كلمة${(i * 7919) % 1543}`).join(' ');
    answer.body = `<p>${words}</p><script type="application/ld+json">${words}</script>`;
    assert.ok(Buffer.byteLength(answer.body) >= LONG_PAGE.minBytes);
    await (await fetch(`${base}/news/5`, { headers: { 'accept-encoding': 'gzip' } })).text();
    const both = { 'accept-encoding': 'gzip, br' };
    const first = await fetch(`${base}/news/5`, { headers: both });
    assert.equal(await first.text(), answer.body);
    assert.equal(first.headers.get('content-encoding'), 'gzip');
    let later = await fetch(`${base}/news/5`, { headers: both });
    for (let i = 0; i < 50 && later.headers.get('content-encoding') !== 'br'; i++) {
      await later.text();
      await new Promise((resolve) => setTimeout(resolve, 20));
      later = await fetch(`${base}/news/5`, { headers: both });
    }
    assert.equal(later.headers.get('content-encoding'), 'br');
    assert.equal(await later.text(), answer.body);
    const quick = brotliCompressSync(answer.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
    });
    assert.ok(Number(later.headers.get('content-length')) < quick.length);
    assert.equal(renders, 1);
  });

  it('counts headers and tags against its limit, not only bodies', async () => {
    cache = new ResponseCache({
      maxBytes: 24 * 1024,
      policyFor: () => policy,
      keyOf: (req) => readerCacheKey(req.url),
      tagsOf: pageTags,
      isRefresh: () => false,
      refresh: async () => {},
    });
    // A few bytes of body under 10 KB of headers: three of them cannot fit in 24 KB.
    answer.body = 'خبر';
    answer.headers['x-padding'] = 'p'.repeat(10 * 1024);
    for (const path of ['/news/1', '/news/2', '/news/3']) await (await fetch(base + path)).text();
    assert.ok(cache.size.entries <= 2, `${cache.size.entries} entries`);
    await (await fetch(`${base}/news/1`)).text();
    assert.equal(renders, 4);
  });

  it('sweeps out entries too old to be served even stale', async () => {
    for (const path of ['/news/5', '/news/6']) await (await fetch(base + path)).text();
    assert.equal(cache.size.entries, 2);
    assert.equal(cache.sweep(Date.now() + 60_000 * 5), 0);
    assert.equal(cache.sweep(Date.now() + 60_000 * 10 + 1000), 2);
    assert.equal(cache.size.entries, 0);
  });
});
