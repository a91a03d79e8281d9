import type { ReactNode } from 'react';
import { getNavigationCategories } from '@/lib/articles/queries';
import { MAIN_CONTENT_ID } from './SkipLink';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Header, main landmark and footer around every reader page (and the 404 page). */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const categories = await getNavigationCategories();
  return (
    <>
      <SiteHeader categories={categories} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter categories={categories} />
    </>
  );
}
