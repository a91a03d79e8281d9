import type { ArticleSummary, TermRef } from '@/lib/articles/types';
import { categoryPath } from '@/lib/routes';
import { ArticleCard } from '@/components/listing/ArticleCard';

export function RelatedArticles({
  articles,
  category,
}: {
  articles: ArticleSummary[];
  category: TermRef;
}) {
  return (
    <section aria-labelledby="related-heading" className="mt-12 border-t-4 border-ink pt-4">
      <h2 id="related-heading" className="text-2xl font-bold">
        أخبار ذات صلة
      </h2>
      {articles.length > 0 ? (
        <div>
          {articles.map((article) => (
            <ArticleCard key={article.id} article={article} headingLevel="h3" showDek={false} />
          ))}
        </div>
      ) : (
        <p className="mt-3 text-muted">لا توجد أخبار أخرى مرتبطة بهذا الموضوع حالياً.</p>
      )}
      <p className="mt-4">
        <a href={categoryPath(category.slug)} className="font-bold text-brand hover:underline">
          كل أخبار قسم {category.name} ←
        </a>
      </p>
    </section>
  );
}
