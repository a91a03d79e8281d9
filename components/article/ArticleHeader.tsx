import type { ArticleView } from '@/lib/articles/types';
import { revisedAfterPublication } from '@/lib/articles/modified';
import { readingTimeLabel } from '@/lib/articles/reading-time';
import { authorPath, categoryPath } from '@/lib/routes';
import { DateTime } from '@/components/ui/DateTime';
import { Picture } from '@/components/media/Picture';
import type { PhotoView } from '@/lib/media/view';
import { IsolatedText } from '@/components/ui/IsolatedText';

export function ArticleHeader({
  article,
  authorPhoto = null,
}: {
  article: ArticleView;
  authorPhoto?: PhotoView | null;
}) {
  // Only what the newsroom called an update (or a correction) moves this line, never a typo fix.
  const revisedAt = revisedAfterPublication(article);
  return (
    <header className="border-b border-line pb-5">
      <a
        href={categoryPath(article.category.slug)}
        className="inline-block min-w-6 py-1 font-bold text-brand hover:underline"
      >
        {article.category.name}
      </a>
      <h1 className="mt-1 text-3xl font-bold md:text-[2.5rem] md:leading-[1.35]">
        <IsolatedText text={article.title} />
      </h1>
      <p className="mt-4 text-lg font-bold text-ink/85 md:text-xl" data-role="dek">
        <IsolatedText text={article.dek} />
      </p>
      <div className="mt-5 flex flex-col gap-1 text-sm text-muted">
        <p className="flex items-center gap-2">
          {authorPhoto && (
            <span className="w-10 shrink-0" data-role="byline-portrait">
              <Picture
                photo={authorPhoto}
                crop="square"
                sizes="2.5rem"
                decorative
                className="rounded-full"
              />
            </span>
          )}
          <span>
            <span className="font-bold text-ink">{article.outlet}</span>
            <span aria-hidden="true"> – </span>
            <a
              href={authorPath(article.author.slug)}
              rel="author"
              className="font-bold text-brand hover:underline"
            >
              {article.author.name}
            </a>
          </span>
        </p>
        <p>
          نُشر في <DateTime value={article.publishedAt} />
          {revisedAt && (
            <>
              <span aria-hidden="true"> · </span>
              <span data-role="revised">
                آخر تحديث <DateTime value={revisedAt} />
              </span>
            </>
          )}
        </p>
        <p>{readingTimeLabel(article.wordCount)}</p>
      </div>
    </header>
  );
}
