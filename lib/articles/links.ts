/**
 * Which addresses a link in an article may have. A body is written by staff and by imports of
 * other people's copy, and a reader clicks what it holds: only web and mail addresses and our
 * own paths pass. `javascript:` and `data:` (scripts), `//host` and `/\host` (another site
 * behind a path's look), addresses with credentials (`https://bank.example@evil.example`) and any
 * control or space character (which browsers strip, turning `java\tscript:` into a script) are
 * refused, whatever their case.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
// A string source: the pattern is all control characters, which lint refuses in a literal.
const CONTROL_OR_SPACE = new RegExp(
  '[\\u0000-\\u0020\\u007F-\\u00A0\\u00AD\\u061C\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF]',
);
/** `/news/123` or `/news/123/any-slug`: one of our articles, kept by id. */
const OWN_ARTICLE_PATH = /^\/news\/([1-9][0-9]{0,9})(?:\/[^/?#]*)?\/?$/;

export function isSafeHref(href: string): boolean {
  if (!href || CONTROL_OR_SPACE.test(href)) return false;
  if (href.startsWith('/')) return !href.startsWith('//') && !href.startsWith('/\\');
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return Boolean(url.hostname) && !url.username && !url.password && !href.includes('\\');
}

export type ResolvedLink = { href: string } | { articleId: number };

/**
 * A written address as a stored link: one of our articles (by path or by our own absolute URL)
 * becomes its id, another of our pages its path, the rest stays as written. Null when refused.
 */
export function resolveHref(written: string, siteOrigin: string): ResolvedLink | null {
  const href = written.trim();
  if (!isSafeHref(href)) return null;
  let path: string | null = href.startsWith('/') ? href : null;
  if (!path) {
    const url = new URL(href);
    if (url.origin === siteOrigin) path = `${url.pathname}${url.search}${url.hash}` || '/';
  }
  if (!path) return { href };
  const article = OWN_ARTICLE_PATH.exec(path.split(/[?#]/, 1)[0] ?? '');
  return article ? { articleId: Number(article[1]) } : { href: path };
}

export const isExternalHref = (href: string) => !href.startsWith('/');
