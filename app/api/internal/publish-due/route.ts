import { z } from 'zod';
import { isInternalRequest } from '@/lib/newsroom/internal-token';
import { expireArticlesDueBetween } from '@/lib/newsroom/publication';

export const dynamic = 'force-dynamic';

const windowSchema = z.object({ since: z.iso.datetime(), until: z.iso.datetime() });

/** Called by the publication clock in server.ts (one worker), in process, with a token; refused to anyone else. */
export async function POST(request: Request) {
  if (!isInternalRequest(request.headers.get('authorization'))) {
    return Response.json({ error: 'forbidden' }, { status: 403 });
  }
  const window = windowSchema.safeParse(await request.json().catch(() => null));
  if (!window.success)
    return Response.json({ error: 'expected {since, until} ISO datetimes' }, { status: 400 });
  const ids = await expireArticlesDueBetween(
    new Date(window.data.since),
    new Date(window.data.until),
  );
  return Response.json({ ids }, { headers: { 'cache-control': 'no-store' } });
}
