import { readiness } from '@/lib/runtime/readiness';
import { PEER_HEADER, readinessFor } from '@/lib/runtime/readiness-view';

export const dynamic = 'force-dynamic';

/** Said at most this often while not ready, not once per balancer poll. */
const LOG_EVERY_MS = 10_000;
let loggedAt = 0;

/**
 * Readiness: the database is reachable and migrated. Load balancers stop sending traffic on 503.
 * The details go to this machine and to the log; anyone else learns only ready or not.
 */
export async function GET(request: Request) {
  const state = await readiness();
  if (!state.ready && Date.now() - loggedAt > LOG_EVERY_MS) {
    loggedAt = Date.now();
    // server.ts routes the console to the structured log.
    console.warn('not ready:', JSON.stringify(state));
  }
  return Response.json(readinessFor(state, request.headers.get(PEER_HEADER)), {
    status: state.ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
