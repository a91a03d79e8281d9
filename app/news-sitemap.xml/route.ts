import { newsSitemapXml, xmlResponse } from '@/lib/seo/sitemap-xml';
import { getNewsSitemapEntries } from '@/lib/seo/sitemaps';

export const dynamic = 'force-static';
export const revalidate = 60;

/** Google News sitemap: the last 48 hours, empty but valid when nothing is recent. */
export async function GET() {
  return xmlResponse(newsSitemapXml(await getNewsSitemapEntries()));
}
