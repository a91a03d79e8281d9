import type { Metadata } from 'next';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { NotFoundContent, notFoundMetadata } from '@/components/ui/NotFoundContent';

export const metadata: Metadata = notFoundMetadata;

/** Unmatched URLs: rendered outside the (site) layout, so it brings the site chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
