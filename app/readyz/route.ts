import { readiness } from '@/lib/runtime/readiness';

export const dynamic = 'force-dynamic';

/** Readiness: the database is reachable and migrated. Load balancers stop sending traffic on 503. */
export async function GET() {
  const state = await readiness();
  return Response.json(state, {
    status: state.ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
