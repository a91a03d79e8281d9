import { urlsetXml, xmlResponse } from '@/lib/seo/sitemap-xml';
import { getSitemapUrls, parseSitemapFile } from '@/lib/seo/sitemaps';

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** One sitemap file: an id range of articles (SITEMAP_CHUNK_SIZE, 2,000 URLs), or the pages/categories/tags/authors. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseSitemapFile((await params).file);
  const urls = name ? await getSitemapUrls(name) : null;
  if (!urls)
    return new Response('Not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return xmlResponse(urlsetXml(urls));
}
