import type { MetadataRoute } from 'next';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/search'] }],
    sitemap: [absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
