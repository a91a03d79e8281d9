import 'server-only';
import type { Metadata } from 'next';
import { cache } from 'react';
import { categoryFeedPath } from '../routes';
import { NOINDEX_FOLLOW, NOT_FOUND_METADATA, pageMetadata } from '../seo/metadata';
import { SITE } from '../site';
import { loadListing, type ListingKind, type ListingResult } from './listings';

export type ListingParams = { slug: string; page?: string[] };

/** One lookup per request, shared by generateMetadata and the page. */
const loadCached = cache((kind: ListingKind, slug: string, tail: string) =>
  loadListing(kind, slug, tail ? tail.split('/') : undefined),
);

export async function loadListingFromParams(
  kind: ListingKind,
  params: Promise<ListingParams>,
): Promise<ListingResult> {
  const { slug, page } = await params;
  return loadCached(kind, slug, (page ?? []).join('/'));
}

export function listingMetadata(listing: ListingResult): Metadata {
  if (listing.status === 'not-found') return NOT_FOUND_METADATA;
  if (listing.status !== 'ok') return {};
  const { kind, term, articles, pathFor } = listing;
  const base = kind === 'author' ? `مقالات ${term.name}` : `أخبار ${term.name}`;
  const title = articles.page > 1 ? `${base} - الصفحة ${articles.page}` : base;
  return pageMetadata({
    title,
    description: term.description || `${base} على ${SITE.name}، من الأحدث إلى الأقدم.`,
    path: pathFor(articles.page),
    // Later pages and empty listings are for readers, not for the index.
    robots: articles.page > 1 || articles.total === 0 ? NOINDEX_FOLLOW : undefined,
    categoryFeed:
      kind === 'category'
        ? {
            title: `${SITE.name} - ${term.name}`,
            rss: categoryFeedPath(term.slug, 'rss'),
            atom: categoryFeedPath(term.slug, 'atom'),
          }
        : undefined,
  });
}
