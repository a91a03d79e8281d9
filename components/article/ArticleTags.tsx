import type { TermRef } from '@/lib/articles/types';
import { tagPath } from '@/lib/routes';

export function TagList({ tags, label = 'الوسوم' }: { tags: TermRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.id}>
            <a
              href={tagPath(tag.slug)}
              className="inline-block rounded-full border border-line bg-wash px-3 py-1 text-sm hover:border-brand hover:text-brand"
            >
              # {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
