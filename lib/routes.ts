/** Path builders: the only place that knows the URL shapes. Segments are percent-encoded. */

const segment = (value: string) => encodeURIComponent(value);

export function articlePath(id: number, slug: string): string {
  return `/news/${id}/${segment(slug)}`;
}

/** The id-only address of an article: it redirects to the canonical URL and never changes. */
export function articleShortPath(id: number): string {
  return `/news/${id}`;
}

export function categoryPath(slug: string, page = 1): string {
  return withPage(`/category/${segment(slug)}`, page);
}

export function tagPath(slug: string, page = 1): string {
  return withPage(`/tag/${segment(slug)}`, page);
}

export function authorPath(slug: string, page = 1): string {
  return withPage(`/author/${segment(slug)}`, page);
}

function withPage(base: string, page: number): string {
  return page > 1 ? `${base}/page/${page}` : base;
}

/** The public list of corrections and clarifications, newest first. */
export function correctionsPath(page = 1): string {
  return withPage('/corrections', page);
}

export const FEED_PATHS = { rss: '/feeds/rss.xml', atom: '/feeds/atom.xml' } as const;

export function categoryFeedPath(slug: string, format: 'rss' | 'atom'): string {
  return `/feeds/category/${segment(slug)}/${format}.xml`;
}

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export function sitemapPath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/*
 * Matchers for the server in front of Next.js (server.ts, lib/http/): which requests are which
 * kind of page, read from the raw request target.
 */

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0]!;

/** Reader pages whose every spelling but one redirects to it (lib/http/guard.ts). */
export const CANONICAL_PATH_PREFIXES = [
  '/news/',
  '/category/',
  '/tag/',
  '/author/',
  '/feeds/',
] as const;

/** Pages that are the same for every reader and may be kept by shared caches. */
const SHARED_PAGE =
  /^\/($|news\/|category\/|tag\/|author\/|feeds\/|corrections($|\/)|sitemap\.xml$|sitemaps\/|news-sitemap\.xml$)/;
export const isSharedPage = (url: string | undefined) => SHARED_PAGE.test(pathOf(url));

export const SEARCH_PATH = '/search';

/** Next.js's image optimizer, which this site does not use. */
export const IMAGE_OPTIMIZER_PATH = '/_next/image';
export const isSearchPage = (url: string | undefined) => pathOf(url) === SEARCH_PATH;

export const isNewsroom = (url: string | undefined) => {
  const path = pathOf(url);
  return path === '/admin' || path.startsWith('/admin/');
};

/**
 * A provider's player inside a page of ours (lib/http/embed-frames.ts): the article page frames
 * only its own origin, and this page's policy allows that provider's frame and nothing else.
 */
export const EMBED_PREFIX = '/embed/';
export const embedFramePath = (provider: string, id: string) =>
  `${EMBED_PREFIX}${segment(provider)}/${segment(id)}`;

/** Our progressive-enhancement scripts (public/enhance/, served by lib/http/enhancements.ts). */
export const ENHANCE_PREFIX = '/enhance/';
export const enhancementPath = (name: string, version: string) =>
  `${ENHANCE_PREFIX}${segment(name)}.js?v=${version}`;

/**
 * Where an HTML answer is a reader page, sent without framework JavaScript (lib/http/reader-html.ts):
 * everything but the newsroom, the API and static files.
 */
export const isReaderDocument = (url: string | undefined) => {
  const path = pathOf(url);
  return (
    !isNewsroom(path) &&
    !path.startsWith('/api/') &&
    !path.startsWith('/_next/') &&
    !path.startsWith(ENHANCE_PREFIX) &&
    !path.startsWith(MEDIA_PREFIX)
  );
};

/** Photo files (lib/media/renditions.ts names them), served by lib/http/media-files.ts. */
export const MEDIA_PREFIX = '/media/';
export const mediaPath = (name: string) => `${MEDIA_PREFIX}${segment(name)}`;
export const isMediaFile = (url: string | undefined) => pathOf(url).startsWith(MEDIA_PREFIX);

export const articleAdminPath = (id: number) => `/admin/articles/${id}`;
export const articleDeletePath = (id: number) => `${articleAdminPath(id)}/delete`;
export const articleRevisionsPath = (id: number) => `${articleAdminPath(id)}/revisions`;
export const articleRevisionPath = (id: number, revisionId: number) =>
  `${articleRevisionsPath(id)}/${revisionId}`;
export const articleCorrectionsAdminPath = (id: number) => `${articleAdminPath(id)}/corrections`;

/** Contributors' submissions waiting for an editor. */
export const REVIEW_QUEUE_PATH = '/admin/review';

export const AUTHORS_ADMIN_PATH = '/admin/authors';
export const authorAdminPath = (id: number) => `${AUTHORS_ADMIN_PATH}/${id}`;

export const PHOTOS_PATH = '/admin/photos';
export const PHOTO_UPLOAD_PATH = '/admin/photos/upload';
export const isPhotoUpload = (url: string | undefined) => pathOf(url) === PHOTO_UPLOAD_PATH;
export const photoAdminPath = (id: number) => `${PHOTOS_PATH}/${id}`;

/** A path no route matches: asking Next.js for it gives the full not-found page. */
export const NOT_FOUND_PROBE_PATH = '/_homepress/not-found';

export const ACCOUNT_PATH = '/admin/account';
export const USERS_PATH = '/admin/users';

const RESET_PASSWORD_PREFIX = '/admin/reset-password/';
/** An administrator's one-time reset link for a colleague (lib/auth/accounts.ts). */
export function passwordResetPath(token: string): string {
  return `${RESET_PASSWORD_PREFIX}${segment(token)}`;
}
const isPasswordReset = (path: string) => path.startsWith(RESET_PASSWORD_PREFIX);

/** A request's target as the log may keep it: a reset link's token is a password, not a path. */
export function loggablePath(url: string | undefined): string | undefined {
  if (!url || !isPasswordReset(url)) return url;
  return `${RESET_PASSWORD_PREFIX}…`;
}

/** Where POST is legitimate: newsroom server actions and the internal API. */
export const acceptsWrites = (url: string | undefined) =>
  isNewsroom(url) || pathOf(url).startsWith('/api/');

/**
 * What a write may send, and how long its body may take to arrive, by path: enforced by the server
 * before Next.js reads a byte (lib/http/request-limits.ts). Imports carry several documents of at
 * most 512 KB each; the editor one article; sign-in two fields. `answerMs`, where set, is how long
 * the answer may then take (instead of the server's 60 s), the socket waiting as long: a photo
 * upload waits its turn for processing (lib/media/queue.ts).
 */
export type BodyLimit = { maxBytes: number; deadlineMs: number; answerMs?: number };
const KB = 1024;
export function bodyLimitFor(url: string | undefined): BodyLimit {
  const path = pathOf(url);
  if (path === '/admin/sign-in' || isPasswordReset(path))
    return { maxBytes: 16 * KB, deadlineMs: 10_000 };
  // One photo per request (the page sends a batch one file after another), from a phone's network.
  if (path === PHOTO_UPLOAD_PATH)
    return { maxBytes: 25 * KB * KB + 64 * KB, deadlineMs: 300_000, answerMs: 180_000 };
  if (path === '/admin/import') return { maxBytes: 8 * KB * KB + 64 * KB, deadlineMs: 120_000 };
  if (isNewsroom(path)) return { maxBytes: KB * KB, deadlineMs: 30_000 };
  return { maxBytes: 16 * KB, deadlineMs: 10_000 };
}

export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;
export const isHealthCheck = (url: string | undefined) =>
  url === HEALTH_PATHS.live || url === HEALTH_PATHS.ready;

/** Answers that must come from the application even while the database is down. */
export const answersDuringOutage = (url: string | undefined) =>
  isHealthCheck(pathOf(url)) || pathOf(url).startsWith('/api/');

/**
 * What of a reader URL its page reads, as the response cache's key: the path, and for search its
 * first `q` and `page`. Other query strings (`?utm_…`, junk) do not change the page, so they share
 * its entry instead of each adding one.
 */
export function readerCacheKey(url: string | undefined): string {
  const raw = url ?? '/';
  const at = raw.indexOf('?');
  const path = at === -1 ? raw : raw.slice(0, at);
  if (path !== SEARCH_PATH || at === -1) return path;
  const given = new URLSearchParams(raw.slice(at + 1));
  const kept = new URLSearchParams();
  for (const name of ['q', 'page']) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
}
