import type { ArticleSummary } from '@/lib/articles/types';
import { readingTimeLabel } from '@/lib/articles/reading-time';
import { authorPath, categoryPath } from '@/lib/routes';
import { DateTime } from '@/components/ui/DateTime';
import { IsolatedText } from '@/components/ui/IsolatedText';
import { Picture } from '@/components/media/Picture';

export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article aria-labelledby="lead-story" className="border-s-4 border-brand bg-wash p-5 md:p-8">
      {article.photo && (
        <a href={article.path} tabIndex={-1} aria-hidden="true" className="mb-4 block">
          <Picture
            photo={article.photo}
            crop="wide"
            sizes="(min-width: 64rem) 40rem, 92vw"
            priority
            className="rounded"
          />
        </a>
      )}
      <p className="flex items-center gap-2 text-sm font-bold">
        <span className="rounded bg-brand px-2 py-0.5 text-white">الخبر الرئيسي</span>
        <a
          href={categoryPath(article.category.slug)}
          className="inline-block min-w-6 py-1 text-brand hover:underline"
        >
          {article.category.name}
        </a>
      </p>
      <h2 id="lead-story" className="mt-3 text-3xl font-bold md:text-4xl md:leading-[1.35]">
        <a href={article.path} className="hover:text-brand hover:underline">
          <IsolatedText text={article.title} />
        </a>
      </h2>
      <p className="mt-4 text-lg">
        <IsolatedText text={article.dek} />
      </p>
      <p className="mt-4 text-sm text-muted">
        <a
          href={authorPath(article.author.slug)}
          className="font-bold text-ink hover:text-brand hover:underline"
        >
          {article.author.name}
        </a>
        <span aria-hidden="true"> · </span>
        <DateTime value={article.publishedAt} />
        <span aria-hidden="true"> · </span>
        {readingTimeLabel(article.wordCount)}
      </p>
      <p className="mt-5">
        <a
          href={article.path}
          className="inline-block rounded bg-ink px-4 py-2 font-bold text-white hover:bg-brand"
        >
          اقرأ الخبر كاملاً
        </a>
      </p>
    </article>
  );
}
