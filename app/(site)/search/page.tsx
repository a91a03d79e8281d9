import type { Metadata } from 'next';
import { SearchForm } from '@/components/search/SearchForm';
import { resultCount, SearchResultList } from '@/components/search/SearchResultList';
import { PageHeading } from '@/components/ui/PageHeading';
import { Pagination } from '@/components/ui/Pagination';
import { searchArticles } from '@/lib/search';
import { readSearchParams, searchPath } from '@/lib/search/params';
import { NOINDEX_FOLLOW } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readSearchParams(await searchParams);
  return {
    title: q ? `نتائج البحث عن «${q}»` : 'البحث',
    robots: NOINDEX_FOLLOW,
    alternates: { canonical: '/search' },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = readSearchParams(await searchParams);
  const results = await searchArticles(q, page);
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <PageHeading
        title="البحث"
        description="ابحثوا في أرشيف هومبريس: بالهمزة أو بدونها، بالتشكيل أو بدونه."
      />
      <div className="mt-6">
        <SearchForm defaultValue={q} id="search-page-query" />
      </div>
      {results.status === 'empty' ? (
        <p className="mt-8 text-lg text-muted">
          {q
            ? 'لا يحتوي ما كتبتموه على كلمات يمكن البحث عنها.'
            : 'اكتبوا كلمة أو أكثر للبحث في الأخبار.'}{' '}
          مثال: «كأس العالم 2030».
        </p>
      ) : results.total === 0 ? (
        <p className="mt-8 text-lg" role="status">
          لم نجد نتائج لـ «<bdi>{results.text}</bdi>». جرّبوا كلمات أخرى أو كلمة أقصر.
        </p>
      ) : (
        <section aria-label="نتائج البحث" className="mt-8">
          <p role="status" className="text-muted">
            {results.capped
              ? `أكثر من ${results.total.toLocaleString('en-US')} نتيجة`
              : resultCount(results.total)}{' '}
            لـ «<bdi>{results.text}</bdi>»
            {results.page > 1 &&
              results.page <= results.pageCount &&
              ` - الصفحة ${results.page} من ${results.pageCount}`}
          </p>
          {results.items.length > 0 ? (
            <SearchResultList items={results.items} />
          ) : (
            <p className="mt-6 text-lg">{`لا توجد نتائج في الصفحة ${results.page}؛ عدد الصفحات ${results.pageCount}.`}</p>
          )}
          <Pagination
            page={Math.min(results.page, results.pageCount)}
            pageCount={results.pageCount}
            hrefFor={(n) => searchPath(results.text, n)}
          />
        </section>
      )}
    </div>
  );
}
