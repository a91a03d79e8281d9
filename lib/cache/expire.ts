import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { announceExpiry, type ExpiryOrigin } from './expiry-log';
import { rendersStartedBy } from './racing-renders';

/** Longest an editor's save waits for reader renders that raced it (lib/cache/racing-renders.ts). */
export const RACING_RENDERS_CAP_MS = 2_000;

/**
 * Longest a change waits for the other workers to say they expired it (lib/server/): a worker
 * that hangs must not hang the newsroom; the change is still applied there when it answers.
 */
export const PEER_EXPIRY_CAP_MS = 2_000;

/** Several instances share Next.js's cache in Redis: one worker's expiry already covers it. */
const nextCacheShared = () => Boolean(process.env.REDIS_URL);

/**
 * Expires a change, said as its cache tags, in every cache: Next.js's data and page caches (in
 * memory, on disk or in Redis) and, through the expiry log, the response cache in front and the
 * other workers' caches (waiting up to PEER_EXPIRY_CAP_MS for them). Call it from a server action
 * or route handler (Next.js needs the request's context to expire tags). `origin: 'peer'` is a
 * change another worker made, relayed to this one by the internal expiry route.
 *
 * Reader renders that began before the change and end after it may have stored what they read
 * before it in Next.js's caches: once they have ended (waiting at most RACING_RENDERS_CAP_MS
 * before answering the editor, the rest after the answer), the tags are expired once more if any
 * of those renders read one of them.
 */
export async function expireTags(
  tags: readonly string[],
  origin: ExpiryOrigin = 'local',
): Promise<void> {
  if (tags.length === 0) return;
  const expire = async () => {
    if (origin === 'local' || !nextCacheShared())
      for (const tag of tags) revalidateTag(tag, { expire: 0 });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      announceExpiry(tags, origin),
      new Promise((resolve) => (timer = setTimeout(resolve, PEER_EXPIRY_CAP_MS))),
    ]);
    clearTimeout(timer);
  };
  const racing = rendersStartedBy(Date.now());
  await expire();
  if (racing.length === 0) return;
  const wanted = new Set(tags);
  const readAny = (read: readonly (readonly string[])[]) =>
    read.some((renderTags) => renderTags.some((tag) => wanted.has(tag)));
  const settled: (readonly string[])[] = [];
  const tracked = racing.map((render) =>
    render.then((renderTags) => void settled.push(renderTags)),
  );
  await Promise.race([
    Promise.all(tracked),
    new Promise((resolve) => setTimeout(resolve, RACING_RENDERS_CAP_MS).unref()),
  ]);
  if (readAny(settled)) return expire();
  if (settled.length < racing.length) {
    after(async () => {
      if (readAny(await Promise.all(racing))) await expire();
    });
  }
}
