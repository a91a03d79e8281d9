import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { brotliCompressSync, constants, createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { SHARED_CACHE_CONTROL } from '../cache-tags';
import { changedSince, contentGeneration, reaches } from '../content-generation';

/**
 * A small in-process cache of finished reader pages, in front of Next.js: a cached article is
 * answered in microseconds instead of the milliseconds Next.js takes to find, read and send its
 * own cached copy. It keeps 200 answers without Set-Cookie, at most MAX_ENTRY_BYTES, within
 * `maxBytes`. When content changes in this process (lib/content-generation.ts) it drops the
 * changed articles, the listings they leave or join, and the pages for everyone (home, site feeds,
 * sitemaps, search); other articles and other listings do not show the change. Entries are kept
 * gzip-compressed (a sixth of the size, so a whole day's worth of articles fits), with a Brotli
 * copy made on first need; a client that accepts neither gets the bytes unzipped on the fly (about
 * 0.1 ms for an article; above STREAM_UNZIP_BYTES, piece by piece as they are sent).
 *
 * Two policies, chosen per request by the caller:
 * - `shared` pages (what Next.js marks SHARED_CACHE_CONTROL): fresh for `ttlSeconds`, then served
 *   stale for up to STALE_FACTOR times that while one background request refreshes them, so no
 *   reader waits for a render just because a minute went by;
 * - `private` answers (search results: the same for everyone, but not for shared caches): the same,
 *   with their own short time; their Cache-Control goes out unchanged. They are not served stale
 *   after a publication that may change them: those are dropped (see `reaches`). Never served
 *   stale, the popular searches cached together expired together, and readers waited for dozens
 *   of renders at once every SEARCH_CACHE_SECONDS.
 */
export type CachePolicy = { kind: 'shared' | 'private'; ttlSeconds: number };

type Entry = {
  headers: OutgoingHttpHeaders;
  gzip: Buffer;
  br?: Buffer;
  storedAt: number;
  policy: CachePolicy;
  size: number;
  refreshing: boolean;
};

/** Answers of megabytes as sent (a sitemap file to a client that takes no gzip) are not worth holding twice. */
const MAX_ENTRY_BYTES = 1024 * 1024;
const STALE_FACTOR = 10;
/**
 * Background refreshes in flight at once. Pages cached together go stale together: unbounded, a
 * warm cache of 1,600 articles sent 1,600 refreshes at the same second, holding every page's bytes
 * at once (the heap ran out under the soak test) and queueing readers behind them. The others are
 * served stale a little longer and refreshed on a later hit.
 */
export const MAX_REFRESHES = 2;

/** Not replayed: connection-level headers, the id of the request that filled the entry, Next.js's cache status. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'content-encoding', 'x-request-id', 'x-nextjs-cache']);

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

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = contentGeneration();
  private refreshesInFlight = 0;
  /** URLs being rendered now, with the requests waiting for that render instead of starting their own. */
  private renders = new Map<string, ((entry: Entry | null) => void)[]>();

  /**
   * `refresh(url)` asks the server for a fresh copy of a stale shared page, without the cache,
   * and settles when that answer is complete.
   */
  constructor(
    private readonly maxBytes: number,
    private readonly refresh: (url: string) => Promise<void>,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** `bytes` is what the cache counts against maxBytes; `held` is the memory its buffers occupy. */
  get size(): { entries: number; bytes: number; held: number } {
    let held = 0;
    for (const entry of this.entries.values()) held += entry.gzip.buffer.byteLength + (entry.br?.buffer.byteLength ?? 0);
    return { entries: this.entries.size, bytes: this.bytes, held };
  }

  /** Serves an entry; false means the caller must let Next.js answer (then `capture`). */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    this.syncGeneration();
    const key = req.url ?? '';
    const entry = this.entries.get(key);
    if (!entry) return false;
    const age = Date.now() - entry.storedAt;
    const ttl = entry.policy.ttlSeconds * 1000;
    if (age > ttl) {
      if (age > ttl * STALE_FACTOR) {
        this.delete(key);
        return false;
      }
      if (!entry.refreshing && this.refreshesInFlight < MAX_REFRESHES) {
        entry.refreshing = true;
        this.refreshesInFlight++;
        void this.refresh(key).finally(() => {
          this.refreshesInFlight--;
          // Still this entry (the refresh failed or was not kept): a later hit may try again.
          entry.refreshing = false;
        });
      }
    }
    // Least recently used first in line for eviction: re-insert on every hit.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.send(req, res, entry);
    return true;
  }

  /**
   * When the same URL is being rendered already, waits for that render and answers with its
   * result (true); if it is not kept, `fallback` runs instead. After a publication, or when a
   * popular search expires, dozens of readers ask for the same page within milliseconds: one
   * render serves them all, as nginx's proxy_cache_lock does.
   */
  join(req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean {
    const waiting = req.method === 'GET' ? this.renders.get(req.url ?? '') : undefined;
    if (!waiting) return false;
    // In this request's own async context, not in that of the render it waited for (see RenderQueue).
    waiting.push(AsyncResource.bind((entry: Entry | null) => (entry ? this.send(req, res, entry) : fallback())));
    return true;
  }

  /**
   * Lets Next.js answer and keeps a copy of an answer the policy allows. The answer itself goes
   * out unchanged: gzip-compressed by Next.js when the reader accepts gzip (the copy is then kept
   * as it is), plain otherwise (the copy is compressed here). Next.js compresses only with gzip, so
   * it is asked for nothing else.
   */
  capture(req: IncomingMessage, res: ServerResponse, policy: CachePolicy): void {
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) req.headers['accept-encoding'] = 'gzip';
    else delete req.headers['accept-encoding'];
    const key = req.url ?? '';
    const leads = req.method === 'GET' && !this.renders.has(key);
    let settled = !leads;
    const settle = (entry: Entry | null) => {
      if (settled) return;
      settled = true;
      const waiting = this.renders.get(key) ?? [];
      this.renders.delete(key);
      for (const waiter of waiting) waiter(entry);
    };
    if (leads) {
      this.renders.set(key, []);
      res.once('close', () => settle(null));
    }
    // Content that changes while this answer renders may be missing from it: then it is not kept.
    const generation = contentGeneration();
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
      const headers = res.getHeaders();
      const cacheControl = headers['cache-control'];
      const allowed = policy.kind === 'shared' ? cacheControl === SHARED_CACHE_CONTROL : typeof cacheControl === 'string' && !cacheControl.includes('s-maxage');
      const current = !reaches(changedSince(generation), req.url ?? '');
      const encoding = headers['content-encoding'];
      const keepable = encoding === undefined || encoding === 'gzip';
      if (req.method === 'GET' && res.statusCode === 200 && length <= MAX_ENTRY_BYTES && keepable && allowed && current && !headers['set-cookie']) {
        const body = Buffer.concat(chunks);
        const gzip = owned(encoding === 'gzip' ? body : gzipSync(body, { level: 6 }));
        const entry: Entry = {
          headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name))),
          gzip,
          storedAt: Date.now(),
          policy,
          size: gzip.length,
          refreshing: false,
        };
        this.store(key, entry);
        settle(entry);
      } else if (res.statusCode !== 200) {
        // A refresh that failed (the database is down, say): the stale copy may be tried again.
        const stale = this.entries.get(req.url ?? '');
        if (stale) stale.refreshing = false;
      }
      settle(null);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
    const accepts = String(req.headers['accept-encoding'] ?? '');
    /** null: a large page for a client that takes no compression, unzipped as it is sent. */
    let body: Buffer | null;
    let encoding: string | undefined;
    if (/\bbr\b/.test(accepts)) {
      entry.br ??= this.grow(entry, owned(brotliCompressSync(unzip(entry.gzip), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })));
      body = entry.br;
      encoding = 'br';
    } else if (/\bgzip\b/.test(accepts)) {
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

  private grow(entry: Entry, compressed: Buffer): Buffer {
    entry.size += compressed.length;
    this.bytes += compressed.length;
    this.evict();
    return compressed;
  }

  private store(key: string, entry: Entry): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    this.evict();
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.size;
      this.entries.delete(key);
    }
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(key);
    }
  }

  private syncGeneration(): void {
    const current = contentGeneration();
    if (current === this.generation) return;
    const changed = changedSince(this.generation);
    this.generation = current;
    if (changed === 'all') return this.clear();
    for (const key of [...this.entries.keys()]) if (reaches(changed, key)) this.delete(key);
  }
}
