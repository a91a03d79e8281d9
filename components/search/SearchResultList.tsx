import { countNoun } from '@/lib/arabic/plural';
import { categoryPath } from '@/lib/routes';
import type { SearchResultItem } from '@/lib/search/results';
import { DateTime } from '@/components/ui/DateTime';
import { Picture } from '@/components/media/Picture';
import { Highlighted } from './Highlighted';

export function resultCount(total: number): string {
  return countNoun(total, { one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة' });
}

export function SearchResultList({ items }: { items: SearchResultItem[] }) {
  return (
    <ol className="mt-4">
      {items.map(({ article, title, snippet }) => (
        <li key={article.id} className="flex gap-4 border-b border-line py-5 last:border-b-0">
          <div className="min-w-0 flex-1">
            <a
              href={categoryPath(article.category.slug)}
              className="inline-block min-w-6 py-1 text-sm font-bold text-brand hover:underline"
            >
              {article.category.name}
            </a>
            <h2 className="text-xl font-bold">
              <a href={article.path} className="hover:text-brand hover:underline">
                <Highlighted segments={title} />
              </a>
            </h2>
            <p className="mt-1 text-muted">
              <Highlighted segments={snippet} />
            </p>
            <p className="mt-2 text-sm text-muted">
              <DateTime value={article.publishedAt} />
            </p>
          </div>
          {article.photo && (
            <a href={article.path} tabIndex={-1} aria-hidden="true" className="block w-20 shrink-0">
              <Picture photo={article.photo} crop="square" sizes="5rem" className="rounded" />
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
