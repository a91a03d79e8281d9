/**
 * A counter of content changes in this process, with what each change touched, kept on globalThis
 * because the request handler of server.ts and the Next.js bundle load separate copies of this
 * module. The response cache in server.ts reads it to drop what a change made outdated.
 */
const KEY = Symbol.for('homepress.contentGeneration');

/** The articles a change touched; `all` when it may touch every page (or is not known). */
export type ContentChange = { generation: number; articles: number[] | 'all' };

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

export function bumpContentGeneration(articles: number[] | 'all' = 'all'): void {
  const current = state();
  current.generation += 1;
  current.changes.push({ generation: current.generation, articles });
  if (current.changes.length > HISTORY) current.changes.splice(0, current.changes.length - HISTORY);
}

/**
 * The articles changed after `since`, or `all` when any of those changes may touch every page (or
 * the history no longer reaches back that far).
 */
export function changedSince(since: number): Set<number> | 'all' {
  const { generation, changes } = state();
  if (since === generation) return new Set();
  const first = changes[0];
  if (!first || first.generation > since + 1) return 'all';
  const ids = new Set<number>();
  for (const change of changes) {
    if (change.generation <= since) continue;
    if (change.articles === 'all') return 'all';
    for (const id of change.articles) ids.add(id);
  }
  return ids;
}
