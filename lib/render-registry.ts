/**
 * Reader pages being rendered right now, with the time each render began, kept on globalThis
 * because server.ts (which starts renders) and the Next.js bundle (which writes content) load
 * separate copies of this module.
 *
 * Why: a render that reads the database before a write and is stored in the Next.js cache after
 * the write's tags were expired is dated by its end, so it passes for fresh. Waiting for such
 * renders to finish before expiring the tags makes them older than the expiry, so the next reader
 * request renders again.
 */
const KEY = Symbol.for('homepress.renders');
type Holder = { [KEY]?: Set<{ startedAt: number }> };

function renders(): Set<{ startedAt: number }> {
  return ((globalThis as Holder)[KEY] ??= new Set());
}

/** Records a render that begins now; call the result once it has ended. */
export function renderStarted(): () => void {
  const render = { startedAt: Date.now() };
  renders().add(render);
  return () => void renders().delete(render);
}

/**
 * Resolves once every render that began before `time` has ended, or after `capMs` regardless;
 * true when there was any such render to wait for.
 */
export async function rendersStartedBefore(time: number, capMs: number): Promise<boolean> {
  const deadline = Date.now() + capMs;
  const running = () => [...renders()].some((render) => render.startedAt <= time);
  if (!running()) return false;
  while (Date.now() < deadline && running()) await new Promise((resolve) => setTimeout(resolve, 10));
  return true;
}
