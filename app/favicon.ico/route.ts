import { pngToIco } from '@/lib/share-images/ico';
import { renderBrandMark } from '@/lib/share-images/render';

export const dynamic = 'force-static';

/** Browsers, feed readers and crawlers still ask for /favicon.ico. */
export function GET() {
  return new Response(new Uint8Array(pngToIco(renderBrandMark('ه', 32), 32)), {
    headers: { 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' },
  });
}
