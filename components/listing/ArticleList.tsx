import type { ArticleSummary } from '@/lib/articles/types';
import { ArticleCard } from './ArticleCard';

export function ArticleList({
  articles,
  empty,
  showCategory = true,
}: {
  articles: ArticleSummary[];
  empty: string;
  showCategory?: boolean;
}) {
  if (articles.length === 0) return <p className="py-10 text-muted">{empty}</p>;
  return (
    <div>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} showCategory={showCategory} />
      ))}
    </div>
  );
}
