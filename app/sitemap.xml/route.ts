import { sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemap-xml';
import { getSitemapIndex } from '@/lib/seo/sitemaps';

export const dynamic = 'force-static';
export const revalidate = 300;

/** A sitemap index: Next.js's generateSitemaps writes the files but no index. */
export async function GET() {
  return xmlResponse(sitemapIndexXml(await getSitemapIndex()));
}
