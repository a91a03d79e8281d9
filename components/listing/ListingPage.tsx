import type { ArticlePage } from '@/lib/articles/types';
import type { BreadcrumbItem } from '@/lib/seo/structured-data';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeading } from '@/components/ui/PageHeading';
import { Pagination } from '@/components/ui/Pagination';
import { ArticleList } from './ArticleList';
import { Picture } from '@/components/media/Picture';
import type { PhotoView } from '@/lib/media/view';

type Props = {
  kicker: string;
  title: string;
  description?: string;
  breadcrumbs: BreadcrumbItem[];
  articles: ArticlePage;
  empty: string;
  hrefFor: (page: number) => string;
  showCategory?: boolean;
  /** An author's photo, beside the heading. */
  portrait?: PhotoView;
};

/** Category, tag and author pages share this shape: heading, newest-first list, pagination. */
export function ListingPage({
  kicker,
  title,
  description,
  breadcrumbs,
  articles,
  empty,
  hrefFor,
  showCategory,
  portrait,
}: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs items={breadcrumbs} />
      <div className="mt-4 flex items-start gap-4">
        {portrait && (
          <div className="w-24 shrink-0" data-role="portrait">
            <Picture
              photo={portrait}
              crop="square"
              sizes="6rem"
              priority
              className="rounded-full"
            />
          </div>
        )}
        <div className="min-w-0 flex-1">
          <PageHeading kicker={kicker} title={title} description={description} />
        </div>
      </div>
      <ArticleList articles={articles.items} empty={empty} showCategory={showCategory} />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
