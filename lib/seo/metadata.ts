import type { Metadata } from 'next';
import { modifiedAt } from '../articles/modified';
import type { ArticleView } from '../articles/types';
import { toZonedIso } from '../arabic/dates';
import { env } from '../runtime/env';
import { authorPath, categoryFeedPath, FEED_PATHS } from '../routes';
import { absoluteRenditionUrl, shareRendition } from '../media/urls';
import { shareImagePath, SITE_SHARE_IMAGE } from '../share-images/urls';
import { SITE } from '../site';
import { truncateAtWord } from './text';
import { absoluteUrl } from './urls';

export { truncateAtWord };

export { absoluteUrl };

type Robots = NonNullable<Metadata['robots']>;

/** Public pages: indexable, with large image previews for Discover. */
export const INDEX_ROBOTS: Robots = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  'max-snippet': -1,
  'max-video-preview': -1,
};
/** Search results, later pages of listings, empty listings: followed but not indexed. */
export const NOINDEX_FOLLOW: Robots = { index: false, follow: true };
/** Errors and the newsroom. */
export const NOINDEX_NOFOLLOW: Robots = { index: false, follow: false };

/** For 404 pages, and from generateMetadata when the page is about to call notFound(). */
export const NOT_FOUND_METADATA: Metadata = {
  title: 'الصفحة غير موجودة',
  robots: NOINDEX_NOFOLLOW,
};

export const DESCRIPTION_MAX = 160;

type FeedLinks = { title: string; rss: string; atom: string };

const siteFeeds: FeedLinks = { title: SITE.name, rss: FEED_PATHS.rss, atom: FEED_PATHS.atom };

function feedAlternates(
  extra?: FeedLinks,
): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  const feeds = extra ? [siteFeeds, extra] : [siteFeeds];
  return {
    'application/rss+xml': feeds.map((f) => ({ url: f.rss, title: f.title })),
    'application/atom+xml': feeds.map((f) => ({ url: f.atom, title: f.title })),
  };
}

export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(`${env().SITE_URL}/`),
    title: { default: `${SITE.name}: ${SITE.tagline}`, template: `%s | ${SITE.name}` },
    description: SITE.description,
    applicationName: SITE.name,
    robots: INDEX_ROBOTS,
    alternates: { types: feedAlternates() },
    openGraph: {
      type: 'website',
      siteName: SITE.name,
      locale: SITE.openGraphLocale,
      images: [{ ...SITE_SHARE_IMAGE, url: SITE_SHARE_IMAGE.path, alt: SITE.name }],
    },
    twitter: { card: 'summary_large_image' },
    formatDetection: { telephone: false, email: false, address: false },
  };
}

type PageInput = {
  title: string;
  description: string;
  /** Canonical path, already percent-encoded. */
  path: string;
  robots?: Robots;
  categoryFeed?: FeedLinks;
};

/**
 * Title, description, canonical URL, feeds, Open Graph and Twitter for a listing or static page.
 * Next.js replaces (does not merge) nested metadata objects, so each page gets complete ones.
 */
export function pageMetadata({
  title,
  description,
  path,
  robots,
  categoryFeed,
}: PageInput): Metadata {
  const text = truncateAtWord(description, DESCRIPTION_MAX);
  const image = {
    url: SITE_SHARE_IMAGE.path,
    width: SITE_SHARE_IMAGE.width,
    height: SITE_SHARE_IMAGE.height,
    alt: SITE.name,
  };
  return {
    title,
    description: text,
    alternates: { canonical: path, types: feedAlternates(categoryFeed) },
    ...(robots ? { robots } : {}),
    openGraph: {
      type: 'website',
      siteName: SITE.name,
      locale: SITE.openGraphLocale,
      title,
      description: text,
      url: path,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description: text, images: [image.url] },
  };
}

export function articleMetadata(article: ArticleView): Metadata {
  const description = truncateAtWord(article.dek, DESCRIPTION_MAX);
  const share = article.photo ? shareRendition(article.photo) : null;
  const image =
    article.photo && share
      ? {
          url: absoluteRenditionUrl(share.name),
          width: share.width,
          height: share.height,
          alt: article.photo.alt,
        }
      : { url: shareImagePath(article, 'wide'), width: 1200, height: 630, alt: article.title };
  return {
    title: article.title,
    description,
    authors: [{ name: article.author.name, url: authorPath(article.author.slug) }],
    keywords: article.tags.map((tag) => tag.name),
    alternates: {
      canonical: article.path,
      types: feedAlternates({
        title: `${SITE.name} - ${article.category.name}`,
        rss: categoryFeedPath(article.category.slug, 'rss'),
        atom: categoryFeedPath(article.category.slug, 'atom'),
      }),
    },
    openGraph: {
      type: 'article',
      siteName: SITE.name,
      locale: SITE.openGraphLocale,
      title: article.title,
      description,
      url: article.path,
      images: [image],
      publishedTime: toZonedIso(article.publishedAt),
      modifiedTime: toZonedIso(modifiedAt(article)),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      authors: [absoluteUrl(authorPath(article.author.slug))],
    },
    twitter: {
      card: 'summary_large_image',
      title: article.title,
      description,
      images: [image.url],
    },
  };
}
