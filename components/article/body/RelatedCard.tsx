import { articleShortPath } from '@/lib/routes';
import { IsolatedText } from '@/components/ui/IsolatedText';
import type { BodyContext } from './context';

/** «اقرأ أيضاً»: another of our stories with its current title and URL, or nothing if unpublished. */
export function RelatedCard({ articleId, context }: { articleId: number; context: BodyContext }) {
  if (!context.articles) {
    return (
      <p className="my-6 rounded border border-dashed border-line p-4 text-base text-muted">
        اقرأ أيضاً: المقال رقم {articleId}
      </p>
    );
  }
  const article = context.articles.get(articleId);
  if (!article) return null;
  return (
    <aside data-role="related-card" className="my-6 border-s-4 border-brand bg-wash p-4 text-base">
      <p className="text-sm font-bold text-brand">اقرأ أيضاً</p>
      <a href={article.path || articleShortPath(article.id)} className="mt-1 block font-bold">
        <IsolatedText text={article.title} />
      </a>
    </aside>
  );
}
