import type { BreadcrumbItem } from '@/lib/seo/structured-data';
import { breadcrumbLd } from '@/lib/seo/structured-data';
import { JsonLd } from '@/components/seo/JsonLd';

/** The visible trail and its BreadcrumbList structured data, from the same items. */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  return (
    <nav aria-label="مسار التنقل" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-x-2">
            {index > 0 && <span aria-hidden="true">‹</span>}
            {item.path ? (
              <a href={item.path} className="hover:text-brand hover:underline">
                {item.name}
              </a>
            ) : (
              <span aria-current="page" className="line-clamp-1">
                {item.name}
              </span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={breadcrumbLd(items)} />
    </nav>
  );
}
