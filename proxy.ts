import { NextResponse, type NextRequest } from 'next/server';
import { canonicalPathEncoding, errorPage, isDecodablePath, MAX_PATH_LENGTH, READER_METHODS } from './lib/http/request-guards';
import { PAGE_PARAM } from './lib/search/params';

const htmlHeaders = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

/**
 * Reader routes only answer GET and HEAD, and Next.js answers a path with broken percent-encoding
 * in a dynamic segment with a bare 500: both are turned into clear 4xx pages here. Other spellings
 * of a valid path (lower-case hex, NFD Arabic) redirect to the one canonical spelling.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!READER_METHODS.has(request.method)) {
    return new NextResponse(errorPage('الطريقة غير مسموح بها', 'هذه الصفحة للقراءة فقط.'), {
      status: 405,
      headers: { ...htmlHeaders, allow: 'GET, HEAD' },
    });
  }
  if (pathname.length > MAX_PATH_LENGTH || !isDecodablePath(pathname)) {
    return new NextResponse(errorPage('رابط غير صالح', 'هذا الرابط غير صالح. تحققوا منه أو ابدؤوا من الصفحة الرئيسية.'), {
      status: 400,
      headers: htmlHeaders,
    });
  }
  if (pathname === '/search') {
    const pages = request.nextUrl.searchParams.getAll('page');
    if (pages.length > 1 || (pages.length === 1 && !PAGE_PARAM.test(pages[0]!))) {
      return new NextResponse(errorPage('طلب غير صالح', 'رقم الصفحة يجب أن يكون عدداً صحيحاً موجباً، مثل 2.'), {
        status: 400,
        headers: htmlHeaders,
      });
    }
  }
  const canonical = canonicalPathEncoding(pathname);
  if (canonical !== pathname) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/', '/news/:path*', '/category/:path*', '/tag/:path*', '/author/:path*', '/search'],
};
