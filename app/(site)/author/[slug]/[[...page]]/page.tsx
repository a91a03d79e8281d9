import type { Metadata } from 'next';
import { TaxonomyListing } from '@/components/listing/TaxonomyListing';
import {
  listingMetadata,
  loadListingFromParams,
  type ListingParams,
} from '@/lib/articles/listing-route';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<ListingParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata(await loadListingFromParams('author', params));
}

export default async function AuthorPage({ params }: Props) {
  return <TaxonomyListing listing={await loadListingFromParams('author', params)} />;
}
