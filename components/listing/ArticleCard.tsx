import type { ArticleSummary } from '@/lib/articles/types';
import { categoryPath } from '@/lib/routes';
import { DateTime } from '@/components/ui/DateTime';
import { IsolatedText } from '@/components/ui/IsolatedText';
import { Picture } from '@/components/media/Picture';

type Props = {
  article: ArticleSummary;
  headingLevel?: 'h2' | 'h3';
  showCategory?: boolean;
  showDek?: boolean;
};

export function ArticleCard({
  article,
  headingLevel: Heading = 'h2',
  showCategory = true,
  showDek = true,
}: Props) {
  return (
    <article className="flex gap-4 border-b border-line py-5 last:border-b-0">
      <div className="min-w-0 flex-1">
        {showCategory && (
          <a
            href={categoryPath(article.category.slug)}
            className="inline-block min-w-6 py-1 text-sm font-bold text-brand hover:underline"
          >
            {article.category.name}
          </a>
        )}
        <Heading className="text-xl font-bold">
          <a href={article.path} className="hover:text-brand hover:underline">
            <IsolatedText text={article.title} />
          </a>
        </Heading>
        {showDek && (
          <p className="mt-1 line-clamp-3 text-muted">
            <IsolatedText text={article.dek} />
          </p>
        )}
        <p className="mt-2 text-sm text-muted">
          <DateTime value={article.publishedAt} />
        </p>
      </div>
      {article.photo && (
        <a
          href={article.path}
          tabIndex={-1}
          aria-hidden="true"
          className="block w-28 shrink-0 sm:w-40"
        >
          <Picture
            photo={article.photo}
            crop="standard"
            sizes="(min-width: 40rem) 10rem, 7rem"
            className="rounded"
          />
        </a>
      )}
    </article>
  );
}
