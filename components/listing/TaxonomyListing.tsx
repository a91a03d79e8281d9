import { notFound, permanentRedirect } from 'next/navigation';
import type { ListingKind, ListingResult } from '@/lib/articles/listings';
import { ListingPage } from './ListingPage';

const TEXTS: Record<ListingKind, { kicker: string; empty: string }> = {
  category: { kicker: 'قسم', empty: 'لا توجد أخبار منشورة في هذا القسم بعد.' },
  tag: { kicker: 'وسم', empty: 'لا توجد أخبار منشورة بهذا الوسم بعد.' },
  author: { kicker: 'كاتب', empty: 'لا توجد أخبار منشورة لهذا الكاتب بعد.' },
};

export function TaxonomyListing({ listing }: { listing: ListingResult }) {
  if (listing.status === 'not-found') notFound();
  if (listing.status === 'redirect') permanentRedirect(listing.to);
  const { kind, term, articles, pathFor } = listing;
  const texts = TEXTS[kind];
  const title = kind === 'author' ? `مقالات ${term.name}` : term.name;
  const page = articles.page;
  const breadcrumbs = [
    { name: 'الرئيسية', path: '/' },
    { name: term.name, path: page > 1 ? pathFor(1) : undefined },
    ...(page > 1 ? [{ name: `الصفحة ${page}` }] : []),
  ];
  return (
    <ListingPage
      kicker={texts.kicker}
      title={title}
      description={term.description || undefined}
      breadcrumbs={breadcrumbs}
      articles={articles}
      empty={texts.empty}
      hrefFor={pathFor}
      showCategory={kind !== 'category'}
      portrait={term.photo ?? undefined}
    />
  );
}
