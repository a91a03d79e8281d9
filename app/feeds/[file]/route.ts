import { getFeedArticles } from '@/lib/articles/queries';
import { buildFeed, feedResponse, parseFeedFile } from '@/lib/feeds/build';
import { FEED_PATHS } from '@/lib/routes';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return [{ file: 'rss.xml' }, { file: 'atom.xml' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const format = parseFeedFile((await params).file);
  if (!format) return new Response('Not found', { status: 404 });
  const channel = {
    title: SITE.name,
    description: SITE.description,
    pagePath: '/',
    rssPath: FEED_PATHS.rss,
    atomPath: FEED_PATHS.atom,
  };
  return feedResponse(buildFeed(channel, await getFeedArticles(), format), format);
}
