/**
 * Reader renders in flight, each with when it began and, once it has ended, the tags it read.
 *
 * Why this exists: Next.js dates what it stores by when it stores it. A render that read the
 * database before a write and stored its page after the write expired the page's tags passes for
 * fresh in Next.js's caches (an article for up to an hour). The response cache in front needs no
 * such help: it refuses a page whose tags were expired while it rendered (lib/cache/expiry-log.ts).
 * For Next.js's caches, lib/cache/expire.ts expires a change's tags once more after the renders
 * that raced it have ended, if they read any of those tags. A unit test (racing-renders.test.ts)
 * and the soak's «publication visible on the next request» check rely on it.
 *
 * Kept on globalThis: server.ts (which starts renders) and the Next.js bundle (which writes) load
 * separate copies of this module.
 */
const KEY = Symbol.for('homepress.racingRenders');
type Render = { startedAt: number; ended: Promise<readonly string[]> };
type Holder = { [KEY]?: Set<Render> };

function renders(): Set<Render> {
  return ((globalThis as Holder)[KEY] ??= new Set());
}

/** Records a render that begins now; call the result with the tags it read once it has ended. */
export function renderStarted(): (tags: readonly string[]) => void {
  let end!: (tags: readonly string[]) => void;
  const render: Render = {
    startedAt: Date.now(),
    ended: new Promise((resolve) => (end = resolve)),
  };
  renders().add(render);
  return (tags) => {
    renders().delete(render);
    end(tags);
  };
}

/** The renders running now that began at or before `time`: each settles with its tags when it ends. */
export function rendersStartedBy(time: number): Promise<readonly string[]>[] {
  return [...renders()].filter((render) => render.startedAt <= time).map((render) => render.ended);
}
