import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectingPageTags, NEXT_TAGS_HEADER, ownTags, parseTagsHeader } from '../cache/page-tags';

const TAGS_OF = Symbol('homepress.pageTags');
type Tracked = ServerResponse & { [TAGS_OF]?: Set<string> };

/**
 * A server step: collects the cache tags of the page this request renders (lib/cache/page-tags.ts)
 * and, as the headers go out, sends them as `Cache-Tag` (comma-separated, as Cloudflare reads it;
 * docs/operations.md maps it for Fastly and nginx) in place of Next.js's internal header.
 */
export function trackPageTags(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const tags = new Set<string>();
  (res as Tracked)[TAGS_OF] = tags;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const tag of parseTagsHeader(res.getHeader(NEXT_TAGS_HEADER))) tags.add(tag);
    res.removeHeader(NEXT_TAGS_HEADER);
    const own = ownTags(tags);
    if (own.length > 0 && !res.hasHeader('cache-tag')) res.setHeader('cache-tag', own.join(','));
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  collectingPageTags(tags, next);
}

/** The tags of the page answered on `res` so far (complete once the response has ended). */
export function pageTags(res: ServerResponse): string[] {
  const tags = (res as Tracked)[TAGS_OF];
  if (!tags) return [];
  for (const tag of parseTagsHeader(res.getHeader(NEXT_TAGS_HEADER))) tags.add(tag);
  return ownTags(tags);
}
