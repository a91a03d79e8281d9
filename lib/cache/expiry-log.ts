/**
 * The tags expired in this process, with when, and who wants to know. Every cache that is not
 * Next.js's own (the response cache in server.ts, later the other workers) listens here, so a
 * change is said once, as tags, and every cache obeys the same words.
 *
 * Kept on globalThis: server.ts and the Next.js bundle load separate copies of this module.
 */
const KEY = Symbol.for('homepress.expiryLog');

type Expiry = { at: number; tags: ReadonlySet<string> };
type Listener = (tags: ReadonlySet<string>) => void;
type State = { log: Expiry[]; listeners: Set<Listener> };
type Holder = { [KEY]?: State };

/** Enough for a cache to judge a render of a few seconds against the changes made meanwhile. */
const HISTORY = 256;

function state(): State {
  return ((globalThis as Holder)[KEY] ??= { log: [], listeners: new Set() });
}

/** Records that `tags` were expired now and tells every listener at once. */
export function announceExpiry(tags: Iterable<string>): void {
  const expired = new Set(tags);
  if (expired.size === 0) return;
  const { log, listeners } = state();
  log.push({ at: Date.now(), tags: expired });
  if (log.length > HISTORY) log.splice(0, log.length - HISTORY);
  for (const listener of listeners) listener(expired);
}

/** Calls `listener` with the tags of every expiry from now on; the result stops it. */
export function onExpiry(listener: Listener): () => void {
  state().listeners.add(listener);
  return () => void state().listeners.delete(listener);
}

/**
 * Whether any of `tags` was expired at or after `time` (a render that began then may hold what
 * was there before). When the log no longer reaches back that far, the answer is yes.
 */
export function expiredSince(time: number, tags: Iterable<string>): boolean {
  const { log } = state();
  const oldest = log[0];
  if (!oldest || log[log.length - 1]!.at < time) return false;
  if (log.length >= HISTORY && oldest.at > time) return true;
  const wanted = [...tags];
  for (let i = log.length - 1; i >= 0 && log[i]!.at >= time; i--) {
    if (wanted.some((tag) => log[i]!.tags.has(tag))) return true;
  }
  return false;
}
