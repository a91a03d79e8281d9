import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  createGunzip,
  gunzipSync,
  gzipSync,
} from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { expiredSince, onExpiry } from '../cache/expiry-log';
import { SHARED_CACHE_CONTROL } from '../cache/tags';

/**
 * A small in-process cache of finished reader pages, in front of Next.js: a cached article is
 * answered in microseconds instead of the milliseconds Next.js takes to find, read and send its
 * own cached copy (ADR 0002 has the figures). It keeps 200 answers without Set-Cookie, at most
 * MAX_ENTRY_BYTES each, within `maxBytes`, each with the cache tags of its page
 * (lib/http/page-tags.ts); an expiry of any of those tags (lib/cache/expiry-log.ts) drops it, and a
 * page whose tags were expired while it rendered is not kept. Entries are gzip-compressed (a sixth
 * of the size), with a Brotli copy made on first need; a client that accepts neither gets the
 * bytes unzipped on the fly (about 0.1 ms for an article; above STREAM_UNZIP_BYTES, piece by
 * piece as they are sent).
 *
 * Least-recently-used eviction, staleness and request collapsing are lru-cache's (`maxSize`,
 * `allowStale`, `fetchMethod`): the first request for a missing page renders it, the others for
 * the same URL wait for that render; a stale page is served while one background request
 * refreshes it.
 *
 * Two policies, chosen per request by `policyFor`:
 * - `shared` pages (what Next.js marks SHARED_CACHE_CONTROL): fresh for `ttlSeconds`, then served
 *   stale for up to STALE_FACTOR times that while one background request refreshes them, so no
 *   reader waits for a render just because a minute went by;
 * - `private` answers (search results: the same for everyone, but not for shared caches): the same,
 *   with their own short time; their Cache-Control goes out unchanged. Never served stale, the
 *   popular searches cached together expired together, and readers waited for dozens of renders
 *   at once every SEARCH_CACHE_SECONDS.
 */
export type CachePolicy = { kind: 'shared' | 'private'; ttlSeconds: number };

type Entry = {
  headers: OutgoingHttpHeaders;
  gzip: Buffer;
  br?: Buffer;
  /** A best-quality Brotli copy is being made off the event loop (LONG_PAGE). */
  brPending?: boolean;
  storedAt: number;
  policy: CachePolicy;
  /** Bytes of the compressed copies: what `size.bytes` reports. */
  body: number;
  /** Bytes of its headers and tags, counted against the cache's size with the body. */
  meta: number;
  tags: readonly string[];
};

/**
 * A kept page as another worker receives it (lib/server/worker-link.ts): each worker would
 * otherwise render every page once for itself.
 */
export type SharedPage = {
  headers: OutgoingHttpHeaders;
  gzip: Uint8Array;
  policy: CachePolicy;
  tags: readonly string[];
  /** When its render began: a change expired since then in the receiving worker refuses it. */
  startedAt: number;
  storedAt: number;
};

/** The request whose render fills an entry. */
type Fill = {
  req: IncomingMessage;
  res: ServerResponse;
  render: () => void;
  policy: CachePolicy;
  rendering: boolean;
};

export type ResponseCacheOptions = {
  maxBytes: number;
  /** null: this request neither reads nor fills the cache. */
  policyFor: (req: IncomingMessage) => CachePolicy | null;
  /** The entry a request reads: what of its URL the page reads (lib/routes.ts `readerCacheKey`). */
  keyOf: (req: IncomingMessage) => string;
  /** The tags of the page answered on `res` (lib/http/page-tags.ts). */
  tagsOf: (res: ServerResponse) => readonly string[];
  /**
   * Asks the server for a fresh copy of a stale page, without the cache (the request then comes
   * back through `handle` marked by `isRefresh`), and settles when that answer is complete.
   */
  refresh: (url: string) => Promise<void>;
  isRefresh: (req: IncomingMessage) => boolean;
  /** Told of every page this cache keeps from a render here (not of adopted ones). */
  onKept?: (key: string, page: SharedPage) => void;
};

/** Answers of megabytes as sent (a sitemap file to a client that takes no gzip) are not worth holding twice. */
const MAX_ENTRY_BYTES = 1024 * 1024;
const STALE_FACTOR = 10;
/** What an entry costs besides its bodies: the key, its headers and the bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 512;
/**
 * Entries at most, whatever their size: tiny answers (a short 404-free page) would otherwise let
 * the count, and lru-cache's bookkeeping per entry, grow up to the byte budget's worth.
 */
export const MAX_ENTRIES = 20_000;
/** How often entries too old to be served even stale are swept out. */
const SWEEP_MS = 60_000;
/**
 * Background refreshes in flight at once. Pages cached together go stale together: unbounded, a
 * warm cache of 1,600 articles sent 1,600 refreshes at the same second, holding every page's bytes
 * at once (the heap ran out under the soak test) and queueing readers behind them. The others are
 * served stale a little longer and refreshed on a later hit.
 */
export const MAX_REFRESHES = 2;

/** Not replayed: connection-level headers, the id of the request that filled the entry, Next.js's cache status. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'x-request-id',
  'x-nextjs-cache',
]);

/**
 * The bytes in a buffer of their own. zlib hands back a view into a 16 KB block (a 7.6 KB gzip
 * front page held 16 KB, its Brotli copy 16 KB more), and small buffers are views into a shared
 * 8 KB pool: kept as they come, the cache held about twice the bytes it counted.
 */
function owned(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

/**
 * Unzips into one buffer of the right size (a gzip stream ends with its length) instead of 16 KB
 * pieces joined at the end: a 750 KB sitemap file sent uncompressed at 32 connections went from
 * 790 to 940-960 answers a second.
 */
function unzip(gzip: Buffer): Buffer {
  return gunzipSync(gzip, { chunkSize: Math.max(16 * 1024, plainLength(gzip)) });
}

/** The length of the unzipped bytes, from the gzip trailer (below 4 GiB, as every entry is). */
function plainLength(gzip: Buffer): number {
  return gzip.readUInt32LE(gzip.length - 4);
}

/**
 * Above this, an answer to a client that takes no compression is unzipped as it is sent, in 256 KB
 * pieces on zlib's threads, instead of into one buffer on the event loop: a 760 KB sitemap file
 * sent to 32 such clients at once held 32 such buffers (about 20 MB of the bench's peak memory),
 * and each unzip held up every other request. Measured alone (10 s, 32 connections): 555 answers
 * a second, p99 158 ms, against 680 and 373 ms unzipped in one piece (64 KB pieces: 398, 213 ms).
 */
export const STREAM_UNZIP_BYTES = 256 * 1024;

/**
 * Pages this long (a 3,000-word story: its words are on the page and again in JSON-LD's
 * articleBody) get their Brotli copy at the best quality, made on libuv's thread pool while
 * readers are sent the gzip copy: on that story 10.3 KB instead of 12.2 KB at quality 5, for
 * 65 ms of a pool thread once (docs/performance.md). Shorter pages keep quality 5, made on the
 * spot in about 2 ms: at quality 11 they would gain 0.5 KB for 20–30 ms each, thousands of
 * times over when a cache fills. At most one such copy is made at a time per process.
 */
export const LONG_PAGE = { minBytes: 48 * 1024, maxBytes: 1024 * 1024 } as const;
const LONG_PAGE_QUALITY = 11;

/** A refresh that was not started (too many at once) or not kept: the stale copy stays. */
class NotRefreshed extends Error {}

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry, Fill | undefined>;
  private refreshesInFlight = 0;
  private longCompressions = 0;
  /** Stale URLs being refreshed, with what to call once the refresh request's answer is captured. */
  private readonly refreshes = new Map<string, (entry: Entry | undefined) => void>();

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, Entry, Fill | undefined>({
      maxSize: Math.max(1, options.maxBytes),
      maxEntrySize: MAX_ENTRY_BYTES * 2,
      max: MAX_ENTRIES,
      sizeCalculation: (entry, key) =>
        entry.body + entry.meta + Buffer.byteLength(key) + ENTRY_OVERHEAD_BYTES,
      ttlAutopurge: false,
      allowStale: true,
      noDeleteOnStaleGet: true,
      allowStaleOnFetchRejection: true,
      noDeleteOnFetchRejection: true,
      // A stale entry is refreshed in the background; a missing one is filled by the request asking.
      fetchMethod: (key, stale, { context }) =>
        stale ? this.refreshStale(key) : context ? this.fill(context) : undefined,
    });
    if (this.enabled) {
      setInterval(() => this.sweep(), SWEEP_MS).unref();
      onExpiry((tags) => {
        const dropped = [...this.entries.entries()].filter(([, entry]) =>
          entry.tags.some((tag) => tags.has(tag)),
        );
        for (const [key] of dropped) this.entries.delete(key);
      });
    }
  }

  /** Drops entries past the time they may be served stale: they only hold memory. */
  sweep(now = Date.now()): number {
    let swept = 0;
    for (const [key, entry] of this.entries.entries()) {
      if (now - entry.storedAt > entry.policy.ttlSeconds * 1000 * STALE_FACTOR) {
        this.entries.delete(key);
        swept++;
      }
    }
    return swept;
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /** `bytes` is what the cache counts of its bodies; `held` is the memory their buffers occupy. */
  get size(): { entries: number; bytes: number; held: number } {
    let held = 0;
    let bytes = 0;
    for (const entry of this.entries.values()) {
      bytes += entry.body;
      held += entry.gzip.buffer.byteLength + (entry.br?.buffer.byteLength ?? 0);
    }
    return { entries: this.entries.size, bytes, held };
  }

  /**
   * Answers from the cache, or lets `render` (Next.js) answer and keeps a copy when the policy
   * allows. Requests for a URL already being rendered wait for that render; when it is not kept,
   * each renders for itself.
   */
  handle(req: IncomingMessage, res: ServerResponse, render: () => void): void {
    const policy = this.enabled ? this.options.policyFor(req) : null;
    if (!policy) return render();
    const key = this.options.keyOf(req);
    if (this.options.isRefresh(req)) {
      const deliver = this.refreshes.get(key);
      this.capture(req, res, policy, (entry) => deliver?.(entry));
      return render();
    }
    // A hit, fresh or stale, is answered at once: most requests are, and a promise for each costs
    // throughput (the cached sitemap index: 5,500 instead of 8,700 requests/s through fetch alone).
    const current = this.entries.get(key);
    if (current) {
      const age = Date.now() - current.storedAt;
      const ttl = current.policy.ttlSeconds * 1000;
      if (age <= ttl * STALE_FACTOR) {
        // Stale: one background request refreshes it (fetchMethod) while this one is answered.
        if (age > ttl && this.refreshesInFlight < MAX_REFRESHES && !this.refreshes.has(key)) {
          this.entries.fetch(key, { ttl, context: undefined }).catch(() => {});
        }
        return this.send(req, res, current);
      }
      this.entries.delete(key);
    }
    if (req.method !== 'GET') return render();
    const fill: Fill = { req, res, render, policy, rendering: false };
    // In this request's own async context, not in that of the render it waited for (see RenderQueue).
    const answer = AsyncResource.bind((entry: Entry | undefined) => {
      if (fill.rendering) return;
      if (entry) return this.send(req, res, entry);
      fill.rendering = true;
      this.capture(
        req,
        res,
        policy,
        (kept) => kept && this.entries.set(key, kept, { ttl: policy.ttlSeconds * 1000 }),
      );
      render();
    });
    this.entries
      .fetch(key, { context: fill, ttl: policy.ttlSeconds * 1000 })
      .then(answer, () => answer(undefined));
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * Keeps a page another worker rendered, unless a change this worker knows of was expired after
   * that render began (it may hold what was there before) or this worker holds a newer copy.
   */
  adopt(key: string, page: SharedPage): boolean {
    if (!this.enabled || expiredSince(page.startedAt, page.tags)) return false;
    const current = this.entries.peek(key, { allowStale: true });
    if (current && current.storedAt >= page.storedAt) return false;
    const gzip = owned(Buffer.from(page.gzip.buffer, page.gzip.byteOffset, page.gzip.byteLength));
    const entry: Entry = {
      headers: page.headers,
      gzip,
      storedAt: page.storedAt,
      policy: page.policy,
      body: gzip.length,
      meta: Buffer.byteLength(JSON.stringify(page.headers)) + Buffer.byteLength(page.tags.join()),
      tags: page.tags,
    };
    this.entries.set(key, entry, { ttl: page.policy.ttlSeconds * 1000 });
    return true;
  }

  /** The first request for a missing page: it renders, and its answer becomes the entry. */
  private fill(fill: Fill): Promise<Entry | undefined> {
    fill.rendering = true;
    return new Promise((resolve) => {
      this.capture(fill.req, fill.res, fill.policy, resolve);
      fill.render();
    });
  }

  private async refreshStale(key: string): Promise<Entry> {
    if (this.refreshesInFlight >= MAX_REFRESHES || this.refreshes.has(key))
      throw new NotRefreshed(key);
    this.refreshesInFlight++;
    try {
      const entry = await new Promise<Entry | undefined>((resolve) => {
        this.refreshes.set(key, resolve);
        void this.options.refresh(key).finally(() => resolve(undefined));
      });
      if (!entry) throw new NotRefreshed(key);
      return entry;
    } finally {
      this.refreshes.delete(key);
      this.refreshesInFlight--;
    }
  }

  /**
   * Watches Next.js answer and hands `done` a copy the policy allows (undefined otherwise). The
   * answer itself goes out unchanged: gzip-compressed by Next.js when the reader accepts gzip (the
   * copy is then kept as it is), plain otherwise (the copy is compressed here). Next.js compresses
   * only with gzip, so it is asked for nothing else.
   */
  private capture(
    req: IncomingMessage,
    res: ServerResponse,
    policy: CachePolicy,
    done: (entry: Entry | undefined) => void,
  ): void {
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
      req.headers['accept-encoding'] = 'gzip';
    else delete req.headers['accept-encoding'];
    const startedAt = Date.now();
    const key = this.options.keyOf(req);
    let settled = false;
    const settle = (entry: Entry | undefined) => {
      if (settled) return;
      settled = true;
      done(entry);
      if (entry && this.options.onKept)
        this.options.onKept(key, {
          headers: entry.headers,
          gzip: entry.gzip,
          policy: entry.policy,
          tags: entry.tags,
          startedAt,
          storedAt: entry.storedAt,
        });
    };
    res.once('close', () => settle(undefined));
    const chunks: Buffer[] = [];
    let length = 0;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (!chunk || typeof chunk === 'function' || length > MAX_ENTRY_BYTES) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      length += buffer.length;
      // Too big to keep: stop collecting (a sitemap file would otherwise be held twice).
      if (length > MAX_ENTRY_BYTES) chunks.length = 0;
      else chunks.push(buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk);
      res.write = write as ServerResponse['write'];
      res.end = end as ServerResponse['end'];
      settle(this.keepable(req, res, policy, startedAt, chunks, length));
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
  }

  private keepable(
    req: IncomingMessage,
    res: ServerResponse,
    policy: CachePolicy,
    startedAt: number,
    chunks: Buffer[],
    length: number,
  ): Entry | undefined {
    const headers = res.getHeaders();
    const cacheControl = headers['cache-control'];
    const allowed =
      policy.kind === 'shared'
        ? cacheControl === SHARED_CACHE_CONTROL
        : typeof cacheControl === 'string' && !cacheControl.includes('s-maxage');
    const encoding = headers['content-encoding'];
    if (
      req.method !== 'GET' ||
      res.statusCode !== 200 ||
      length > MAX_ENTRY_BYTES ||
      !allowed ||
      headers['set-cookie']
    )
      return undefined;
    if (encoding !== undefined && encoding !== 'gzip') return undefined;
    const tags = this.options.tagsOf(res);
    // Content that changed while this answer rendered may be missing from it.
    if (expiredSince(startedAt, tags)) return undefined;
    const body = Buffer.concat(chunks);
    const gzip = owned(encoding === 'gzip' ? body : gzipSync(body, { level: 6 }));
    const kept = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)),
    );
    return {
      headers: kept,
      gzip,
      storedAt: Date.now(),
      policy,
      body: gzip.length,
      meta: Buffer.byteLength(JSON.stringify(kept)) + Buffer.byteLength(tags.join()),
      tags,
    };
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    const accepts = String(req.headers['accept-encoding'] ?? '');
    /** null: a large page for a client that takes no compression, unzipped as it is sent. */
    let body: Buffer | null;
    let encoding: string | undefined;
    const gzipToo = /\bgzip\b/.test(accepts);
    if (
      /\bbr\b/.test(accepts) &&
      (entry.br || !gzipToo || !this.brotliLater(req.url ?? '', entry))
    ) {
      body = entry.br ?? this.addBrotli(req.url ?? '', entry);
      encoding = 'br';
    } else if (gzipToo) {
      body = entry.gzip;
      encoding = 'gzip';
    } else {
      body = plainLength(entry.gzip) > STREAM_UNZIP_BYTES ? null : unzip(entry.gzip);
    }
    res.writeHead(200, {
      ...entry.headers,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      vary: 'Accept-Encoding',
      'x-cache': 'HIT',
      'content-length': body ? body.length : plainLength(entry.gzip),
    });
    if (req.method === 'HEAD' || body) {
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const gunzip = createGunzip({ chunkSize: 256 * 1024 });
    // A client that goes away ends both streams; there is nothing else to do about it.
    pipeline(gunzip, res, () => {});
    gunzip.end(entry.gzip);
  }

  /**
   * For a long page: true while its best-quality Brotli copy is on its way (this answer takes
   * the gzip copy), false for other pages, which get theirs made now.
   */
  private brotliLater(key: string, entry: Entry): boolean {
    const plain = plainLength(entry.gzip);
    if (plain < LONG_PAGE.minBytes || plain > LONG_PAGE.maxBytes) return false;
    if (entry.brPending || this.longCompressions > 0) return true;
    entry.brPending = true;
    this.longCompressions++;
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: LONG_PAGE_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain,
    };
    brotliCompress(unzip(entry.gzip), { params }, (error, br) => {
      this.longCompressions--;
      entry.brPending = false;
      if (!error && !entry.br) this.keepBrotli(key, entry, owned(br));
    });
    return true;
  }

  /** Makes the Brotli copy and counts it, keeping the entry's place and age. */
  private addBrotli(key: string, entry: Entry): Buffer {
    const br = owned(
      brotliCompressSync(unzip(entry.gzip), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    );
    this.keepBrotli(key, entry, br);
    return br;
  }

  private keepBrotli(key: string, entry: Entry, br: Buffer): void {
    entry.br = br;
    entry.body += br.length;
    if (this.entries.peek(key, { allowStale: true }) === entry) {
      this.entries.set(key, entry, { noUpdateTTL: true, noDisposeOnSet: true });
    }
  }
}
