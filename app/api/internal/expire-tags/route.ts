import { z } from 'zod';
import { expireTags } from '@/lib/cache/expire';
import { isInternalRequest } from '@/lib/newsroom/internal-token';

export const dynamic = 'force-dynamic';

/** Next.js tags are at most 256 characters; a change expires a few thousand at most. */
const expirySchema = z.object({ tags: z.array(z.string().min(1).max(256)).min(1).max(50_000) });

/**
 * Applies a change another worker made to this worker's caches (lib/server/worker-link.ts calls
 * it in process, with this process's token); refused to anyone else. Not relayed again.
 */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get('authorization'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  const expiry = expirySchema.safeParse(await request.json().catch(() => null));
  if (!expiry.success)
    return Response.json({ error: 'expected {tags: string[]}' }, { status: 400 });
  await expireTags(expiry.data.tags, 'peer');
  return Response.json(
    { expired: expiry.data.tags.length },
    { headers: { 'cache-control': 'no-store' } },
  );
}
