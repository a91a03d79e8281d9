/**
 * Reader pages being rendered right now, with their path and the time each render began, kept on
 * globalThis because server.ts (which starts renders) and the Next.js bundle (which writes content)
 * load separate copies of this module.
 *
 * Why: a render that reads the database before a write and is stored in the Next.js cache after
 * the write's tags were expired is dated by its end, so it passes for fresh. Waiting for such
 * renders to finish before expiring the tags again makes them older than the expiry, so the next
 * reader request renders again.
 */
const KEY = Symbol.for('homepress.renders');
type Render = { startedAt: number; path: string };
type Holder = { [KEY]?: Set<Render> };

function renders(): Set<Render> {
  return ((globalThis as Holder)[KEY] ??= new Set());
}

/** Records a render of `path` (with its query) that begins now; call the result once it has ended. */
export function renderStarted(path: string): () => void {
  const render = { startedAt: Date.now(), path };
  renders().add(render);
  return () => void renders().delete(render);
}

/**
 * Waits until every render that began before `time` and concerns the change (`concerns(path)`)
 * has ended, or `capMs` has passed. `none`: there was no such render; `ended`: they all ended in
 * time; `running`: some were still running at the cap.
 */
export async function rendersStartedBefore(time: number, capMs: number, concerns: (path: string) => boolean = () => true): Promise<'none' | 'ended' | 'running'> {
  const deadline = Date.now() + capMs;
  const running = () => [...renders()].some((render) => render.startedAt <= time && concerns(render.path));
  if (!running()) return 'none';
  while (Date.now() < deadline && running()) await new Promise((resolve) => setTimeout(resolve, 10));
  return running() ? 'running' : 'ended';
}
