import type { ArticleSummary, CategoryView } from '@/lib/articles/types';
import { categoryPath } from '@/lib/routes';
import { ArticleCard } from '@/components/listing/ArticleCard';

export function CategorySection({
  category,
  articles,
}: {
  category: CategoryView;
  articles: ArticleSummary[];
}) {
  const headingId = `section-${category.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex items-baseline justify-between border-b-2 border-brand pb-1">
        <h2 id={headingId} className="text-2xl font-bold">
          <a href={categoryPath(category.slug)} className="hover:text-brand">
            {category.name}
          </a>
        </h2>
        <a
          href={categoryPath(category.slug)}
          className="text-sm font-bold text-brand hover:underline"
        >
          المزيد من {category.name}
        </a>
      </div>
      {category.description && <p className="mt-2 text-sm text-muted">{category.description}</p>}
      <div className="grid gap-x-8 md:grid-cols-2">
        {articles.map((article, index) => (
          // Only the section's first story carries its lead: the front page stays light.
          <ArticleCard
            key={article.id}
            article={article}
            headingLevel="h3"
            showCategory={false}
            showDek={index === 0}
          />
        ))}
      </div>
    </section>
  );
}
