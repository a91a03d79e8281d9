import type { Metadata } from 'next';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { NotFoundContent } from '@/components/ui/NotFoundContent';
import { NOT_FOUND_METADATA } from '@/lib/seo/metadata';

export const metadata: Metadata = NOT_FOUND_METADATA;

/** Unmatched URLs: rendered outside the (site) layout, so it brings the site chrome itself. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
