/**
 * The tags expired in this process, with when, and who wants to know. Every cache that is not
 * Next.js's own (the response cache in server.ts, the other workers through lib/server/) listens
 * here, so a change is said once, as tags, and every cache obeys the same words.
 *
 * Kept on globalThis: server.ts and the Next.js bundle load separate copies of this module.
 */
const KEY = Symbol.for('homepress.expiryLog');

type Expiry = { at: number; tags: ReadonlySet<string> };
/**
 * Where an expiry began: `local`, a change made in this process; `peer`, one another worker made
 * and relayed here (lib/server/worker-link.ts), which is not relayed again.
 */
export type ExpiryOrigin = 'local' | 'peer';
/** A listener that returns a promise is waited for (the relay to the other workers does). */
type Listener = (tags: ReadonlySet<string>, origin: ExpiryOrigin) => void | Promise<void>;
type State = { log: Expiry[]; listeners: Set<Listener> };
type Holder = { [KEY]?: State };

/** Enough for a cache to judge a render of a few seconds against the changes made meanwhile. */
const HISTORY = 256;

function state(): State {
  return ((globalThis as Holder)[KEY] ??= { log: [], listeners: new Set() });
}

/**
 * Records that `tags` were expired now and tells every listener at once; settles when the
 * listeners that answer with a promise have settled (a listener's failure is its own to log).
 */
export async function announceExpiry(
  tags: Iterable<string>,
  origin: ExpiryOrigin = 'local',
): Promise<void> {
  const expired = new Set(tags);
  if (expired.size === 0) return;
  const { log, listeners } = state();
  log.push({ at: Date.now(), tags: expired });
  if (log.length > HISTORY) log.splice(0, log.length - HISTORY);
  const waiting: Promise<void>[] = [];
  for (const listener of listeners) {
    const answer = listener(expired, origin);
    if (answer) waiting.push(answer.catch(() => undefined));
  }
  await Promise.all(waiting);
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
