/**
 * A counter of content changes in this process, with what each change touched, kept on globalThis
 * because the request handler of server.ts and the Next.js bundle load separate copies of this
 * module. The response cache in server.ts reads it to drop what a change made outdated.
 */
const KEY = Symbol.for('homepress.contentGeneration');

/**
 * What a change touched: its articles, and the listings they leave or join as decoded path
 * prefixes (`/category/<slug>`, `/tag/<slug>`, `/author/<slug>`, `/feeds/category/<slug>`).
 * Pages for everyone (home, site feeds, sitemaps, search) change with any article.
 */
export type Reach = { articles: Set<number>; listings: Set<string> };
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
export function bumpContentGeneration(reach: { articles: number[]; listings?: string[] } | 'all' = 'all'): void {
  const current = state();
  current.generation += 1;
  current.changes.push({
    generation: current.generation,
    reach: reach === 'all' ? 'all' : { articles: new Set(reach.articles), listings: new Set(reach.listings ?? []) },
  });
  if (current.changes.length > HISTORY) current.changes.splice(0, current.changes.length - HISTORY);
}

/**
 * What changed after `since`, or `all` when any of those changes may touch every page (or the
 * history no longer reaches back that far).
 */
export function changedSince(since: number): Reach | 'all' {
  const { generation, changes } = state();
  const reach: Reach = { articles: new Set(), listings: new Set() };
  if (since === generation) return reach;
  const first = changes[0];
  if (!first || first.generation > since + 1) return 'all';
  for (const change of changes) {
    if (change.generation <= since) continue;
    if (change.reach === 'all') return 'all';
    for (const id of change.reach.articles) reach.articles.add(id);
    for (const listing of change.reach.listings) reach.listings.add(listing);
  }
  return reach;
}
