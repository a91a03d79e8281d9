import { parseSlugParam } from '@/lib/articles/params';
import { getCategoryBySlug, getFeedArticles } from '@/lib/articles/queries';
import { buildFeed, feedResponse, parseFeedFile } from '@/lib/feeds/build';
import { categoryFeedPath, categoryPath } from '@/lib/routes';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug: rawSlug, file } = await params;
  const format = parseFeedFile(file);
  const slug = parseSlugParam(rawSlug);
  const category = format && slug ? await getCategoryBySlug(slug) : null;
  if (!format || !category) return new Response('Not found', { status: 404 });
  const channel = {
    title: `${SITE.name} - ${category.name}`,
    description: category.description || `آخر أخبار قسم ${category.name} على ${SITE.name}.`,
    pagePath: categoryPath(category.slug),
    rssPath: categoryFeedPath(category.slug, 'rss'),
    atomPath: categoryFeedPath(category.slug, 'atom'),
  };
  return feedResponse(buildFeed(channel, await getFeedArticles(category.id), format), format);
}
