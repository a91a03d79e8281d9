import { Feed } from 'feed';
import type { ArticleView } from '../articles/types';
import { asHtml, bodyHtml } from './body-html';
import { absoluteRenditionUrl, largestJpeg } from '../media/urls';
import { articleShortPath, authorPath, categoryPath } from '../routes';
import { absoluteUrl } from '../seo/urls';
import { SITE_LOGO } from '../share-images/urls';
import { SITE } from '../site';
import { cleanText } from '../text/clean';

export type FeedFormat = 'rss' | 'atom';

export type FeedChannel = {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  pagePath: string;
  rssPath: string;
  atomPath: string;
};

/**
 * RSS 2.0 or Atom 1.0 from the feed package, which escapes every value it writes (with our patch
 * to xml-js, which it writes through: every `]]>` of a CDATA section split, attributes escaped).
 * Text goes through the stored-text cleaning again, for rows saved before that cleaning existed:
 * one control character would make the whole feed unparseable.
 */
export function buildFeed(
  channel: FeedChannel,
  articles: ArticleView[],
  format: FeedFormat,
): string {
  const latest = articles[0] ? new Date(articles[0].updatedAt) : new Date(0);
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: absoluteUrl(channel.pagePath),
    link: absoluteUrl(channel.pagePath),
    language: SITE.language,
    image: absoluteUrl(SITE_LOGO.path),
    favicon: absoluteUrl('/favicon.ico'),
    copyright: `© ${SITE.name}`,
    updated: latest,
    generator: SITE.name,
    feedLinks: { rss: absoluteUrl(channel.rssPath), atom: absoluteUrl(channel.atomPath) },
    author: { name: SITE.name, link: absoluteUrl('/') },
  });
  for (const article of articles) {
    const link = absoluteUrl(article.path);
    const photo = article.photo ? largestJpeg(article.photo, 'wide') : null;
    feed.addItem({
      // RSS <enclosure> and Atom <link rel="enclosure">: the photo readers see at the head of the
      // story. Its length is not kept per file, and 0 is what the RSS profile says to write then.
      ...(photo
        ? { image: { url: absoluteRenditionUrl(photo.name), type: 'image/jpeg', length: 0 } }
        : {}),
      // Atom marks its title as HTML; RSS titles are plain text.
      title: format === 'atom' ? asHtml(article.title) : cleanText(article.title),
      // The id-only URL never changes, even when an editor changes the slug.
      id: absoluteUrl(articleShortPath(article.id)),
      link,
      // Readers render a description (and an Atom summary) as HTML: a dek is text.
      description: asHtml(article.dek),
      // The whole story as HTML (RSS content:encoded, Atom content), built from its blocks.
      content: bodyHtml(article.blocks, article.bodyPhotos),
      date: new Date(article.publishedAt),
      published: new Date(article.publishedAt),
      author: [
        {
          name: cleanText(article.author.name),
          link: absoluteUrl(authorPath(article.author.slug)),
        },
      ],
      category: [
        {
          name: cleanText(article.category.name),
          domain: absoluteUrl(categoryPath(article.category.slug)),
        },
      ],
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

export function feedResponse(body: string, format: FeedFormat): Response {
  const type = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
}

const feedFile = /^(rss|atom)\.xml$/;

export function parseFeedFile(file: string): FeedFormat | null {
  const match = feedFile.exec(file);
  return match ? (match[1] as FeedFormat) : null;
}
