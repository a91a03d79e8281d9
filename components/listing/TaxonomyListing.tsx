import { notFound, permanentRedirect } from 'next/navigation';
import type { ListingKind, ListingResult } from '@/lib/articles/listings';
import { ListingPage } from './ListingPage';

const TEXTS: Record<ListingKind, { kicker: string; crumb: string; empty: string }> = {
  category: { kicker: 'قسم', crumb: 'الأقسام', empty: 'لا توجد أخبار منشورة في هذا القسم بعد.' },
  tag: { kicker: 'وسم', crumb: 'المواضيع', empty: 'لا توجد أخبار منشورة بهذا الوسم بعد.' },
  author: { kicker: 'كاتب', crumb: 'الكتّاب', empty: 'لا توجد أخبار منشورة لهذا الكاتب بعد.' },
};

export function TaxonomyListing({ listing }: { listing: ListingResult }) {
  if (listing.status === 'not-found') notFound();
  if (listing.status === 'redirect') permanentRedirect(listing.to);
  const { kind, term, articles, pathFor } = listing;
  const texts = TEXTS[kind];
  const title = kind === 'author' ? `مقالات ${term.name}` : term.name;
  return (
    <ListingPage
      kicker={texts.kicker}
      title={title}
      description={term.description || undefined}
      breadcrumbs={[{ name: 'الرئيسية', href: '/' }, { name: texts.crumb }, { name: term.name }]}
      articles={articles}
      empty={texts.empty}
      hrefFor={pathFor}
      showCategory={kind !== 'category'}
    />
  );
}
