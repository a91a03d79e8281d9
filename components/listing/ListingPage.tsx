import type { ArticlePage } from '@/lib/articles/types';
import type { BreadcrumbItem } from '@/lib/seo/structured-data';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PageHeading } from '@/components/ui/PageHeading';
import { Pagination } from '@/components/ui/Pagination';
import { ArticleList } from './ArticleList';

type Props = {
  kicker: string;
  title: string;
  description?: string;
  breadcrumbs: BreadcrumbItem[];
  articles: ArticlePage;
  empty: string;
  hrefFor: (page: number) => string;
  showCategory?: boolean;
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
}: Props) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs items={breadcrumbs} />
      <div className="mt-4">
        <PageHeading kicker={kicker} title={title} description={description} />
      </div>
      <ArticleList articles={articles.items} empty={empty} showCategory={showCategory} />
      <Pagination page={articles.page} pageCount={articles.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
