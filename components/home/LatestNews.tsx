import type { ArticleSummary } from '@/lib/articles/types';
import { formatDate, formatTime, toZonedIso } from '@/lib/arabic/dates';
import { IsolatedText } from '@/components/ui/IsolatedText';

/** The running «latest news» column: time, then headline. */
export function LatestNews({ articles }: { articles: ArticleSummary[] }) {
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-xl font-bold">
        آخر الأخبار
      </h2>
      <ol className="divide-y divide-line">
        {articles.map((article) => (
          <li key={article.id} className="flex gap-3 py-3">
            <time
              dateTime={toZonedIso(article.publishedAt)}
              className="shrink-0 text-sm font-bold text-brand"
              title={formatDate(article.publishedAt)}
            >
              {formatTime(article.publishedAt)}
            </time>
            <a href={article.path} className="font-bold hover:text-brand hover:underline">
              <IsolatedText text={article.title} />
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
