import { z } from 'zod';

/**
 * What the primary process and its workers tell each other over the cluster's IPC channel. Both
 * ends are ours, but a message is still checked before it is acted on: a malformed one is
 * ignored, not trusted.
 */
const tags = z.array(z.string()).min(1);

/** A page one worker's response cache kept (lib/http/response-cache.ts `SharedPage`). */
const page = z.object({
  key: z.string(),
  page: z.object({
    headers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    gzip: z.instanceof(Uint8Array),
    policy: z.object({ kind: z.enum(['shared', 'private']), ttlSeconds: z.number() }),
    tags: z.array(z.string()),
    startedAt: z.number(),
    storedAt: z.number(),
  }),
});

/** From a worker. */
export const workerMessage = z.discriminatedUnion('type', [
  /** A change made in this worker: expire it in the others, then answer `expire-done`. */
  z.object({ type: z.literal('expire'), id: z.number().int(), tags }),
  /** This worker applied the peer expiry `id`. */
  z.object({ type: z.literal('expired'), id: z.number().int() }),
  /** A page this worker rendered and kept: the others keep it too, without rendering it. */
  z.object({ type: z.literal('page'), ...page.shape }),
]);
export type WorkerMessage = z.infer<typeof workerMessage>;

/** The whole server, as every worker's /readyz reports it. */
export const serverState = z.object({
  listening: z.number().int(),
  expected: z.number().int(),
  stopping: z.boolean(),
});
export type ServerState = z.infer<typeof serverState>;

/** From the primary. */
export const primaryMessage = z.discriminatedUnion('type', [
  /** Another worker's change: apply it here, then answer `expired` with this id. */
  z.object({ type: z.literal('expire'), id: z.number().int(), tags }),
  /** Every other worker applied this worker's change `id` (or is gone). */
  z.object({ type: z.literal('expire-done'), id: z.number().int() }),
  /** This worker runs the background clock (publication, search queue), or stops running it. */
  z.object({ type: z.literal('clock'), run: z.boolean() }),
  z.object({ type: z.literal('server'), state: serverState }),
  /** Another worker's rendered page, for this worker's response cache. */
  z.object({ type: z.literal('page'), ...page.shape }),
]);
export type PrimaryMessage = z.infer<typeof primaryMessage>;
