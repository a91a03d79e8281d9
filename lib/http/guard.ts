import { PAGE_PARAM } from '../search/params';
import { canonicalPathEncoding, errorPage, isDecodablePath, MAX_PATH_LENGTH } from './request-guards';

/**
 * Checks run by server.ts before a request reaches Next.js, in plain Node (a Next.js proxy costs
 * about 2 ms a request; these cost microseconds). Reader pages answer GET and HEAD only; broken
 * percent-encoding (which Next.js answers with a bare 500) and malformed search pages get 400; other
 * spellings of a reader URL redirect to the one canonical spelling.
 */
export type GuardDecision =
  | { kind: 'pass' }
  | { kind: 'redirect'; location: string }
  | { kind: 'reject'; status: 400 | 405 | 414; headers: Record<string, string>; body: string };

const READER_PREFIXES = ['/news/', '/category/', '/tag/', '/author/', '/feeds/'];
/** Where POST is legitimate: newsroom server actions and the internal publication route. */
const isWritable = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/') || pathname.startsWith('/api/');
const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

function reject(status: 400 | 405 | 414, title: string, message: string, extra: Record<string, string> = {}): GuardDecision {
  return { kind: 'reject', status, headers: { ...HTML, ...extra }, body: errorPage(title, message) };
}

export function guardRequest(method: string | undefined, rawUrl: string | undefined): GuardDecision {
  const url = rawUrl ?? '/';
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? '' : url.slice(queryAt);

  if (pathname.length > MAX_PATH_LENGTH) return reject(414, 'الرابط طويل جداً', 'هذا الرابط أطول من المسموح به.');
  if (method !== 'GET' && method !== 'HEAD' && !isWritable(pathname)) {
    return reject(405, 'الطريقة غير مسموح بها', 'هذه الصفحة للقراءة فقط.', { allow: 'GET, HEAD' });
  }
  if (!isDecodablePath(pathname)) return reject(400, 'رابط غير صالح', 'هذا الرابط غير صالح. تحققوا منه أو ابدؤوا من الصفحة الرئيسية.');
  if (pathname === '/search') {
    const pages = new URLSearchParams(search).getAll('page');
    if (pages.length > 1 || (pages.length === 1 && !PAGE_PARAM.test(pages[0]!))) {
      return reject(400, 'طلب غير صالح', 'رقم الصفحة يجب أن يكون عدداً صحيحاً موجباً، مثل 2.');
    }
  }
  if (READER_PREFIXES.some((p) => pathname.startsWith(p))) {
    const canonical = canonicalPathEncoding(pathname);
    if (canonical !== pathname) return { kind: 'redirect', location: `${canonical}${search}` };
  }
  return { kind: 'pass' };
}
