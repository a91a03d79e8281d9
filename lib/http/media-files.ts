import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeOfName, isRenditionName } from '../media/renditions';
import type { MediaStore } from '../media/storage';
import { MEDIA_PREFIX } from '../routes';
import { logger } from './log';
import type { Step } from './steps';

/**
 * Answers `/media/<name>` with a photo rendition from the media store. Names are content keys
 * (lib/media/renditions.ts), so a file is cached for a year; nothing is resized here: a name that
 * was not made at upload is a 404, whatever its width says.
 */
export async function serveMediaFile(
  req: IncomingMessage,
  res: ServerResponse,
  store: MediaStore,
): Promise<void> {
  const name = (req.url ?? '').slice(MEDIA_PREFIX.length).split('?')[0]!;
  const body = isRenditionName(name) ? await store.getRendition(name) : null;
  if (!body) {
    res.writeHead(404, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, max-age=60',
    });
    res.end('لا توجد صورة بهذا الاسم.');
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypeOfName(name),
    'content-length': body.length,
    'cache-control': 'public, max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function mediaFiles(store: () => MediaStore): Step {
  return (req, res, next) => {
    if (
      !(req.url ?? '').startsWith(MEDIA_PREFIX) ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    )
      return next();
    serveMediaFile(req, res, store()).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
      logger.error({ err: error, path: req.url }, 'media file could not be read');
    });
  };
}
