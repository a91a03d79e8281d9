import { renderBrandMark, renderShareImage } from '@/lib/share-images/render';
import { pngResponse } from '@/lib/share-images/responses';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';

const images: Record<string, () => Buffer> = {
  // The default share image, for pages that have none of their own.
  'share.png': () =>
    renderShareImage(
      { headline: SITE.tagline, kicker: 'أخبار', siteName: SITE.name, footnote: '' },
      'wide',
    ),
  // The publisher logo in structured data.
  'logo.png': () => renderBrandMark(SITE.name, 512),
};

export function generateStaticParams() {
  return Object.keys(images).map((file) => ({ file }));
}

export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const render = images[(await params).file];
  if (!render) return new Response('Not found', { status: 404 });
  return pngResponse(render(), false);
}
