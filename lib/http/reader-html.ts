import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { withoutFrameworkScripts, type EnhancementUrls } from '../html/reader-scripts';
import { isReaderDocument } from '../routes';
import type { Step } from './steps';

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

/** writeHead's headers, in either of the forms Node accepts, as name/value pairs. */
function headerPairs(headers: unknown): [string, string | string[] | number][] {
  if (!headers || typeof headers !== 'object') return [];
  if (!Array.isArray(headers))
    return Object.entries(headers as OutgoingHttpHeaders).filter(
      (pair): pair is [string, string | string[] | number] => pair[1] !== undefined,
    );
  const pairs: [string, string][] = [];
  if (Array.isArray(headers[0]))
    for (const [name, value] of headers as [string, string][]) pairs.push([name, value]);
  else for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  return pairs;
}

const toBuffer = (chunk: unknown, encoding: unknown) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : chunk instanceof Uint8Array
      ? Buffer.from(chunk)
      : Buffer.from(
          String(chunk),
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        );

/**
 * Next.js answers notFound() from a page with an empty «error shell» that only its client runtime
 * fills (vercel/next.js#62228): without the runtime that would be a blank page. Such an answer is
 * replaced with the not-found page Next.js renders in full for an unmatched URL.
 */
const ERROR_SHELL = /^<!DOCTYPE html><html id="__next_error__"/i;

/**
 * A server step right before Next.js: a reader page's HTML is held until Next.js has written all
 * of it, then sent without the framework's scripts (lib/html/reader-scripts.ts), with its length
 * set again. It sits inside the response cache, which keeps the result: a hit costs nothing
 * more. Anything that is not HTML passes untouched from its first byte. Next.js may have
 * compressed the page (gzip): it is unzipped, rewritten and zipped again.
 */
export function readerHtml(
  enhancements: EnhancementUrls,
  notFoundPage: () => Promise<string | undefined>,
): Step {
  return (req, res, next) => {
    if (req.method !== 'GET' || !isReaderDocument(req.url)) return next();
    const write = res.write.bind(res) as Write;
    const end = res.end.bind(res) as End;
    const writeHead = res.writeHead.bind(res);
    // The wrappers stay in place once decided: Next.js's compression patches the response after
    // this step and calls what it found, and putting the originals back would undo its patches
    // (an answer streamed in several writes then went out half compressed and cut short).
    let holding: boolean | undefined;
    const chunks: Buffer[] = [];
    const decide = () => {
      if (holding !== undefined) return holding;
      holding =
        res.statusCode !== 304 &&
        res.statusCode !== 204 &&
        /^text\/html\b/.test(String(res.getHeader('content-type') ?? ''));
      return holding;
    };
    // Headers stay settable until the rewritten page goes out (its length changes).
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (holding === false)
        return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
      res.statusCode = status;
      if (typeof rest[0] === 'string') res.statusMessage = rest[0];
      for (const [name, value] of headerPairs(rest.at(-1))) res.setHeader(name, value);
      return res;
    }) as ServerResponse['writeHead'];
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      if (!decide()) return write(chunk, encoding, callback);
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done as () => void);
      return true;
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      const done = [chunk, encoding, callback].find((a) => typeof a === 'function');
      const data = typeof chunk === 'function' ? undefined : chunk;
      if (!decide()) return end(chunk, encoding, callback);
      if (data !== undefined && data !== null) chunks.push(toBuffer(data, encoding));
      const gzipped = res.getHeader('content-encoding') === 'gzip';
      const raw = Buffer.concat(chunks);
      let html: string;
      try {
        html = (gzipped ? gunzipSync(raw) : raw).toString('utf8');
      } catch {
        // Not what Next.js normally writes: send it as it came rather than fail the request.
        return end(raw, done);
      }
      const send = (page: string) => {
        const plain = Buffer.from(withoutFrameworkScripts(page, enhancements), 'utf8');
        const body = gzipped ? gzipSync(plain) : plain;
        res.removeHeader('transfer-encoding');
        res.setHeader('content-length', body.length);
        // Explicitly, as Next.js would: the steps outside (page tags, the response cache) finish
        // the headers in writeHead and read them at end.
        writeHead(res.statusCode);
        end(body, done);
      };
      if (res.statusCode === 404 && ERROR_SHELL.test(html))
        void notFoundPage().then(
          (page) => send(page ?? html),
          () => send(html),
        );
      else send(html);
      return res;
    }) as ServerResponse['end'];
    next();
  };
}
