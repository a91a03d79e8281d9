import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The cache tags of the page being answered: what its queries read (cachedQuery declares them
 * here while the page renders) and, when Next.js answers from its own cache without running a
 * query, the tags it kept with that copy (its `x-next-cache-tags` header, which our patch of
 * Next.js leaves on the response: ADR 0005). The response cache stores them with each page and
 * drops pages by them; reader responses carry them to a CDN as `Cache-Tag`.
 *
 * Kept on globalThis: server.ts and the Next.js bundle load separate copies of this module.
 */
const KEY = Symbol.for('homepress.pageTags');
type Holder = { [KEY]?: AsyncLocalStorage<Set<string>> };

function storage(): AsyncLocalStorage<Set<string>> {
  return ((globalThis as Holder)[KEY] ??= new AsyncLocalStorage());
}

/** Runs `render` with `tags` collecting what the page reads (the set keeps filling while it streams). */
export function collectingPageTags<T>(tags: Set<string>, render: () => T): T {
  return storage().run(tags, render);
}

/** Adds tags to the page being rendered, if any (queries outside a request declare nothing). */
export function declarePageTags(tags: readonly string[]): void {
  const page = storage().getStore();
  if (page) for (const tag of tags) page.add(tag);
}

/** The response header Next.js keeps a cached page's tags in. */
export const NEXT_TAGS_HEADER = 'x-next-cache-tags';

/**
 * Next.js's implicit tags name routes and paths (`_N_T_/news/5/…`); nothing here expires by path,
 * so they stay out of what the response cache indexes and what a CDN is told.
 */
export function ownTags(tags: Iterable<string>): string[] {
  return [...tags].filter((tag) => tag && !tag.startsWith('_N_T_'));
}

/** Splits a tags header (comma-separated, as Next.js writes it). */
export function parseTagsHeader(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(parseTagsHeader);
  return typeof value === 'string'
    ? value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
    : [];
}
