import { authorize } from '@/lib/auth/session';
import { PhotoError } from '@/lib/media/errors';
import { PhotoBusyError, photoQueueFull, uploadPhoto } from '@/lib/media/library';
import { PHOTO_LIMITS } from '@/lib/media/limits';
import { photoAdminPath } from '@/lib/routes';
import { env } from '@/lib/runtime/env';
import { logger } from '@/lib/http/log';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * One photo per request, the file as the body (the library page sends a batch one after another,
 * each with its progress). Refused unless it comes from our own pages (a cross-site form cannot
 * send it) and from a signed-in colleague.
 */
export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  const site = new URL(env().SITE_URL).origin;
  if (request.headers.get('sec-fetch-site') === 'cross-site' || (origin && origin !== site))
    return json({ ok: false, error: 'طلب من خارج غرفة الأخبار.' }, 403);
  const authorized = await authorize('contributor');
  if (!authorized.ok) return json({ ok: false, error: authorized.error }, 401);
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > PHOTO_LIMITS.maxBytes)
    return json({ ok: false, error: new PhotoError('too-large').message, code: 'too-large' }, 413);
  // Before reading up to 25 MB that could not be processed anyway.
  if (photoQueueFull()) return json({ ok: false, error: new PhotoBusyError().message }, 503);
  const bytes = new Uint8Array(await request.arrayBuffer());
  try {
    const { photo, reused } = await uploadPhoto(bytes, {
      id: authorized.user.id,
      name: authorized.user.name,
    });
    return json({ ok: true, reused, id: photo.id, alt: photo.alt, href: photoAdminPath(photo.id) });
  } catch (error) {
    if (error instanceof PhotoError)
      return json(
        { ok: false, error: error.message, code: error.code },
        error.code === 'too-large' ? 413 : 422,
      );
    if (error instanceof PhotoBusyError) return json({ ok: false, error: error.message }, 503);
    logger.error({ err: error }, 'photo upload failed');
    return json({ ok: false, error: 'تعذر حفظ الصورة الآن: أعيدوا المحاولة بعد قليل.' }, 503);
  }
}
