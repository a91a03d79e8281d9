import type { Metadata } from 'next';
import { NotFoundContent, notFoundMetadata } from '@/components/ui/NotFoundContent';

export const metadata: Metadata = notFoundMetadata;

/** notFound() from a reader page: the (site) layout around it already draws the chrome. */
export default function NotFound() {
  return <NotFoundContent />;
}
