import {
  acceptsWrites,
  CANONICAL_PATH_PREFIXES,
  IMAGE_OPTIMIZER_PATH,
  SEARCH_PATH,
} from '../routes';
import { PAGE_PARAM } from '../search/params';
import {
  canonicalPathEncoding,
  errorPage,
  isDecodablePath,
  MAX_PATH_LENGTH,
} from './request-guards';
import type { Step } from './steps';

/**
 * Checks run by server.ts before a request reaches Next.js, in plain Node (a Next.js proxy costs
 * about 2 ms a request; these cost microseconds). Reader pages answer GET and HEAD only; broken
 * percent-encoding (which Next.js answers with a bare 500) and malformed search pages get 400; other
 * spellings of a reader URL redirect to the one canonical spelling.
 */
export type GuardDecision =
  | { kind: 'pass' }
  | { kind: 'redirect'; location: string }
  | {
      kind: 'reject';
      status: 400 | 404 | 405 | 414;
      headers: Record<string, string>;
      body: string;
    };

const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function reject(
  status: 400 | 404 | 405 | 414,
  title: string,
  message: string,
  extra: Record<string, string> = {},
): GuardDecision {
  return {
    kind: 'reject',
    status,
    headers: { ...HTML, ...extra },
    body: errorPage(title, message),
  };
}

export function guardRequest(
  method: string | undefined,
  rawUrl: string | undefined,
): GuardDecision {
  const url = rawUrl ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? '' : url.slice(queryAt);

  if (pathname.length > MAX_PATH_LENGTH)
    return reject(414, 'الرابط طويل جداً', 'هذا الرابط أطول من المسموح به.');
  if (method !== 'GET' && method !== 'HEAD' && !acceptsWrites(pathname)) {
    return reject(405, 'الطريقة غير مسموح بها', 'هذه الصفحة للقراءة فقط.', { allow: 'GET, HEAD' });
  }
  // Next.js's image optimizer is not used (next.config.js `images.unoptimized`): its route would
  // resize any local file for any width and quality a client asks, and cache each answer.
  if (pathname === IMAGE_OPTIMIZER_PATH || pathname.startsWith(`${IMAGE_OPTIMIZER_PATH}/`))
    return reject(404, 'الصفحة غير موجودة', 'هذا الرابط غير موجود.');
  if (!isDecodablePath(pathname))
    return reject(
      400,
      'رابط غير صالح',
      'هذا الرابط غير صالح. تحققوا منه أو ابدؤوا من الصفحة الرئيسية.',
    );
  if (pathname === SEARCH_PATH) {
    const pages = new URLSearchParams(search).getAll('page');
    if (pages.length > 1 || (pages.length === 1 && !PAGE_PARAM.test(pages[0]!))) {
      return reject(400, 'طلب غير صالح', 'رقم الصفحة يجب أن يكون عدداً صحيحاً موجباً، مثل 2.');
    }
  }
  if (CANONICAL_PATH_PREFIXES.some((p) => pathname.startsWith(p))) {
    const canonical = canonicalPathEncoding(pathname);
    if (canonical !== pathname) return { kind: 'redirect', location: `${canonical}${search}` };
  }
  return { kind: 'pass' };
}

/** A server step: answers what guardRequest rejects or redirects, and hands the rest on. */
export const guard: Step = (req, res, next) => {
  const decision = guardRequest(req.method, req.url);
  if (decision.kind === 'redirect') {
    res
      .writeHead(308, { location: decision.location, 'cache-control': 'public, max-age=3600' })
      .end();
  } else if (decision.kind === 'reject') {
    res
      .writeHead(decision.status, decision.headers)
      .end(req.method === 'HEAD' ? undefined : decision.body);
  } else {
    next();
  }
};
