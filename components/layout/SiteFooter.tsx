import type { CategoryView } from '@/lib/articles/types';
import { categoryPath, FEED_PATHS, SITEMAP_INDEX_PATH, correctionsPath } from '@/lib/routes';
import { SITE } from '@/lib/site';

export function SiteFooter({ categories }: { categories: CategoryView[] }) {
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: SITE.timeZone }).format(
    new Date(),
  );
  return (
    <footer className="mt-12 bg-ink text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <p className="text-2xl font-bold">{SITE.name}</p>
          <p className="mt-2 text-sm text-white/80">{SITE.description}</p>
        </div>
        <nav aria-label="أقسام الموقع">
          <h2 className="mb-2 font-bold">الأقسام</h2>
          <ul className="grid grid-cols-2 gap-1 text-sm">
            {categories.map((category) => (
              <li key={category.id}>
                <a
                  href={categoryPath(category.slug)}
                  className="text-white/85 hover:text-white hover:underline"
                >
                  {category.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="روابط الموقع">
          <h2 className="mb-2 font-bold">تابعونا</h2>
          <ul className="space-y-1 text-sm">
            <li>
              <a href={FEED_PATHS.rss} className="text-white/85 hover:text-white hover:underline">
                خلاصة <bdi>RSS</bdi>
              </a>
            </li>
            <li>
              <a href={FEED_PATHS.atom} className="text-white/85 hover:text-white hover:underline">
                خلاصة <bdi>Atom</bdi>
              </a>
            </li>
            <li>
              <a
                href={SITEMAP_INDEX_PATH}
                className="text-white/85 hover:text-white hover:underline"
              >
                خريطة الموقع
              </a>
            </li>
            <li>
              <a
                href={correctionsPath()}
                className="text-white/85 hover:text-white hover:underline"
              >
                التصحيحات
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-white/15 px-4 py-4 text-center text-sm text-white/80">
        © <bdi>{year}</bdi> {SITE.name}. جميع الحقوق محفوظة.
      </p>
    </footer>
  );
}
