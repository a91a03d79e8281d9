import { permanentRedirect } from 'next/navigation';
import { parseArticleId } from '@/lib/articles/params';
import { getPublishedArticle } from '@/lib/articles/queries';
import { formatDate } from '@/lib/arabic/dates';
import { renderShareImage } from '@/lib/share-images/render';
import { pngResponse } from '@/lib/share-images/responses';
import { parseShareImageFile, shareImagePath, shareImageVersion } from '@/lib/share-images/urls';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ id: string; file: string }>;

/**
 * The share image of an article at /images/articles/<id>/<variant>-<version>.png. The version is a
 * hash of what the image shows, so a changed title gets a new URL; an outdated URL redirects to the
 * current picture.
 */
export async function GET(_request: Request, { params }: { params: Params }) {
  const { id: rawId, file } = await params;
  const id = parseArticleId(rawId);
  const requested = parseShareImageFile(file);
  const article = id && requested ? await getPublishedArticle(id) : null;
  if (!article || !requested) return new Response('Not found', { status: 404 });
  if (requested.version !== shareImageVersion(article))
    permanentRedirect(shareImagePath(article, requested.variant));
  const png = renderShareImage(
    {
      headline: article.title,
      kicker: article.category.name,
      siteName: SITE.name,
      footnote: formatDate(article.publishedAt),
    },
    requested.variant,
  );
  return pngResponse(png, true);
}
