/** Checks the proxy runs before routing, so bad input never reaches a page as a 500. */

export const MAX_PATH_LENGTH = 2048;

/** True when every %XX sequence of the path decodes to valid UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A self-contained Arabic error page; title and message are fixed strings, never request data. */
export function errorPage(title: string, message: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head><body style="font-family:serif;text-align:center;padding:4rem 1rem;line-height:1.8"><main><h1>${title}</h1><p>${message}</p><p><a href="/">العودة إلى الصفحة الرئيسية</a></p></main></body></html>`;
}

/**
 * The one spelling of a path we serve: each segment decoded, put in NFC and encoded again with
 * upper-case hex. `/news/1/%d8%ad…` (lower case) or an NFD slug then redirect to it.
 */
export function canonicalPathEncoding(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) =>
      segment ? encodeURIComponent(decodeURIComponent(segment).normalize('NFC')) : segment,
    )
    .join('/');
}
