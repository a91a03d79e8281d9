import type { CategoryView } from '@/lib/articles/types';
import { categoryPath } from '@/lib/routes';
import { SITE } from '@/lib/site';
import { SearchForm } from '@/components/search/SearchForm';

export function SiteHeader({ categories }: { categories: CategoryView[] }) {
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-3 px-4 pt-4 pb-3">
        <a href="/" className="leading-none" aria-label={`${SITE.name}: الصفحة الرئيسية`}>
          <span className="block text-4xl font-bold text-brand">{SITE.name}</span>
          <span className="mt-1 block text-sm text-muted">{SITE.tagline}</span>
        </a>
        <div className="w-full sm:w-80">
          <SearchForm compact />
        </div>
      </div>
      <nav aria-label="الأقسام" className="bg-ink text-white">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 whitespace-nowrap">
          <li>
            <a href="/" className="block px-3 py-2.5 font-bold hover:bg-brand">
              الرئيسية
            </a>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <a href={categoryPath(category.slug)} className="block px-3 py-2.5 hover:bg-brand">
                {category.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
