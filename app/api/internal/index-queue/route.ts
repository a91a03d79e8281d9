import { isInternalRequest } from '@/lib/newsroom/internal-token';
import { drainIndexQueue } from '@/lib/search/index-queue';

export const dynamic = 'force-dynamic';

/** Called by the background clock in server.ts (one worker), in process, with a token. */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get('authorization'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  return Response.json(await drainIndexQueue(), { headers: { 'cache-control': 'no-store' } });
}
