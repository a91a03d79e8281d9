import Link from 'next/link';
import type { ArticleSummary, CategoryView } from '@/lib/articles/types';
import { categoryPath } from '@/lib/routes';
import { ArticleCard } from '@/components/listing/ArticleCard';

export function CategorySection({ category, articles }: { category: CategoryView; articles: ArticleSummary[] }) {
  const headingId = `section-${category.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex items-baseline justify-between border-b-2 border-brand pb-1">
        <h2 id={headingId} className="text-2xl font-bold">
          <Link href={categoryPath(category.slug)} className="hover:text-brand">
            {category.name}
          </Link>
        </h2>
        <Link href={categoryPath(category.slug)} className="text-sm font-bold text-brand hover:underline">
          المزيد من {category.name}
        </Link>
      </div>
      {category.description && <p className="mt-2 text-sm text-muted">{category.description}</p>}
      <div className="grid gap-x-8 md:grid-cols-2">
        {articles.map((article) => (
          <ArticleCard key={article.id} article={article} headingLevel="h3" showCategory={false} />
        ))}
      </div>
    </section>
  );
}
