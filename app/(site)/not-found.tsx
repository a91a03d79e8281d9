import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/ui/NotFoundContent';
import { NOT_FOUND_METADATA } from '@/lib/seo/metadata';

export const metadata: Metadata = NOT_FOUND_METADATA;

/** notFound() from a reader page: the (site) layout around it already draws the chrome. */
export default function NotFound() {
  return <NotFoundContent />;
}
