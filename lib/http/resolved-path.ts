import type { OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { errorPage } from './request-guards';
import type { Step } from './steps';

/** A segment that is `.` or `..` once `%2e` is read as the dot it stands for. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * The path Next.js routes a request target on: absolute-form (`http://host/path`, as proxies
 * send) reduced to its path, `.` and `..` segments (also as `%2e`) resolved, and runs of slashes
 * collapsed. Null: not a request target for this site (`*`, or no leading slash).
 */
export function resolveTarget(target: string): string | null {
  const withoutOrigin = target.replace(ABSOLUTE_FORM, '') || '/';
  if (!withoutOrigin.startsWith('/')) return null;
  const queryAt = withoutOrigin.search(/[?#]/);
  const path = queryAt === -1 ? withoutOrigin : withoutOrigin.slice(0, queryAt);
  const rest = queryAt === -1 ? '' : withoutOrigin.slice(queryAt);
  const resolved: string[] = [];
  const segments = path.split('/').slice(1);
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (DOT_SEGMENT.test(segment)) {
      if (segment.replace(/%2e/gi, '.') === '..') resolved.pop();
      if (last) resolved.push('');
    } else if (segment !== '' || last) {
      resolved.push(segment);
    }
  });
  return `/${resolved.join('/')}${rest}`;
}

/** A Location that stays on this site: another host (or `//host`, `/\host`) becomes `/`. */
export function sameSiteLocation(location: string, siteOrigin: string): string {
  if (/^[/\\]{2}/.test(location) || /^\/\\/.test(location)) return '/';
  if (!ABSOLUTE_FORM.test(location)) return location;
  try {
    return new URL(location).origin === siteOrigin ? location : '/';
  } catch {
    return '/';
  }
}

function guardLocations(res: ServerResponse, siteOrigin: string): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name: string, value: number | string | readonly string[]) =>
    setHeader(
      name,
      name.toLowerCase() === 'location' && typeof value === 'string'
        ? sameSiteLocation(value, siteOrigin)
        : value,
    );
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...args: unknown[]) => {
    const headers = args.find((a) => a && typeof a === 'object') as
      OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
    if (headers && !Array.isArray(headers))
      for (const name of Object.keys(headers))
        if (name.toLowerCase() === 'location' && typeof headers[name] === 'string')
          headers[name] = sameSiteLocation(headers[name], siteOrigin);
    return writeHead(status, ...args);
  }) as ServerResponse['writeHead'];
}

/**
 * A server step, before any decision: every later step (CSP, method guard, caching) and Next.js
 * see the same path. A target that resolves to another spelling is redirected to it (browsers
 * never send one), absolute-form is read as its path, and no answer's Location leaves this site
 * (Next.js built its redirects from an absolute-form target's host: `GET http://evil.example/news/1`
 * was a 308 to evil.example).
 */
export function resolvedPath(siteUrl: string): Step {
  const siteOrigin = new URL(siteUrl).origin;
  return (req, res, next) => {
    guardLocations(res, siteOrigin);
    const raw = req.url ?? '/';
    const resolved = resolveTarget(raw);
    if (resolved === null) {
      res
        .writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(errorPage('طلب غير صالح', 'هذا الرابط غير صالح.'));
      return;
    }
    const relative = raw.startsWith('/') ? raw : resolved;
    if (resolved !== relative) {
      res.writeHead(308, { location: resolved, 'cache-control': 'no-store' }).end();
      return;
    }
    req.url = resolved;
    next();
  };
}
