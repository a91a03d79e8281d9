/**
 * A counter of content changes in this process, with what each change touched, kept on globalThis
 * because the request handler of server.ts and the Next.js bundle load separate copies of this
 * module. The response cache in server.ts reads it to drop what a change made outdated.
 */
import { searchReached } from './search/tags';

const KEY = Symbol.for('homepress.contentGeneration');

/**
 * What a change touched: its articles, the listings they leave or join as decoded path prefixes
 * (`/category/<slug>`, `/tag/<slug>`, `/author/<slug>`, `/feeds/category/<slug>`), and the words
 * of their text (the searches they can appear in; `all` when not known). Pages for everyone
 * (home, site feeds, sitemaps) change with any article.
 */
export type Reach = { articles: Set<number>; listings: Set<string>; words: Set<string> | 'all' };
export type ContentChange = { generation: number; reach: Reach | 'all' };

type State = { generation: number; changes: ContentChange[] };
type Holder = { [KEY]?: State };

/** Enough history for any cache that looks at least once per few hundred changes. */
const HISTORY = 256;

function state(): State {
  return ((globalThis as Holder)[KEY] ??= { generation: 0, changes: [] });
}

export function contentGeneration(): number {
  return state().generation;
}

/** Records a change; `all` when it may touch every page (or its reach is not known). */
export function bumpContentGeneration(reach: { articles: Iterable<number>; listings?: Iterable<string>; words?: Iterable<string> | 'all' } | 'all' = 'all'): void {
  const current = state();
  current.generation += 1;
  const words = reach === 'all' || reach.words === undefined || reach.words === 'all' ? 'all' : new Set(reach.words);
  current.changes.push({
    generation: current.generation,
    reach: reach === 'all' ? 'all' : { articles: new Set(reach.articles), listings: new Set(reach.listings ?? []), words },
  });
  if (current.changes.length > HISTORY) current.changes.splice(0, current.changes.length - HISTORY);
}

/**
 * What changed after `since`, or `all` when any of those changes may touch every page (or the
 * history no longer reaches back that far).
 */
export function changedSince(since: number): Reach | 'all' {
  const { generation, changes } = state();
  const reach: Reach = { articles: new Set(), listings: new Set(), words: new Set() };
  if (since === generation) return reach;
  const first = changes[0];
  if (!first || first.generation > since + 1) return 'all';
  for (const change of changes) {
    if (change.generation <= since) continue;
    if (change.reach === 'all') return 'all';
    for (const id of change.reach.articles) reach.articles.add(id);
    for (const listing of change.reach.listings) reach.listings.add(listing);
    if (change.reach.words === 'all') reach.words = 'all';
    else if (reach.words !== 'all') for (const word of change.reach.words) reach.words.add(word);
  }
  return reach;
}

const ARTICLE_URL = /^\/news\/(\d+)(?:[/?]|$)/;
/** Pages of one category, tag or author (its feeds included): only a change in that listing alters them. */
const LISTING_URL = /^\/(?:category|tag|author|feeds\/category)\//;
const SEARCH_URL = /^\/search(?:\?|$)/;

/** Whether a change of this reach may alter the page at `url` (a path with its query). */
export function reaches(changed: Reach | 'all', url: string): boolean {
  if (changed === 'all') return true;
  if (changed.articles.size === 0 && changed.listings.size === 0 && changed.words !== 'all' && changed.words.size === 0) return false;
  const article = ARTICLE_URL.exec(url);
  if (article) return changed.articles.has(Number(article[1]));
  if (SEARCH_URL.test(url)) return changed.words === 'all' || searchReached(url, changed.words);
  if (!LISTING_URL.test(url)) return true;
  let path: string;
  try {
    // Listings are named by slug, and a slug can be percent-encoded in more than one way.
    path = decodeURIComponent(url.split('?')[0]!);
  } catch {
    return true;
  }
  for (const listing of changed.listings) if (path === listing || path.startsWith(`${listing}/`)) return true;
  return false;
}
