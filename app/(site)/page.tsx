import { TagList } from '@/components/article/ArticleTags';
import { CategorySection } from '@/components/home/CategorySection';
import { LatestNews } from '@/components/home/LatestNews';
import { LeadStory } from '@/components/home/LeadStory';
import { getHomeData, getTrendingTags } from '@/lib/articles/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { homeLd } from '@/lib/seo/structured-data';
import { SITE } from '@/lib/site';
import { JsonLd } from '@/components/seo/JsonLd';
import type { Metadata } from 'next';

export const revalidate = 60;

export const metadata: Metadata = {
  ...pageMetadata({
    title: `${SITE.name}: ${SITE.tagline}`,
    description: SITE.description,
    path: '/',
  }),
  // The home page carries the full site title, without the «… | هومبريس» template.
  title: { absolute: `${SITE.name}: ${SITE.tagline}` },
};

export default async function HomePage() {
  const [{ lead, latest, sections }, topics] = await Promise.all([
    getHomeData(),
    getTrendingTags(),
  ]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <JsonLd data={homeLd()} />
      <h1 className="sr-only">
        {SITE.name}: {SITE.tagline}
      </h1>
      {lead ? (
        <div className="grid gap-8 md:grid-cols-3">
          <div className="md:col-span-2">
            <LeadStory article={lead} />
          </div>
          <LatestNews articles={latest} />
        </div>
      ) : (
        <p className="py-16 text-center text-lg text-muted">لم تُنشر أي أخبار بعد. عودوا قريباً.</p>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="mt-10">
          <h2 id="topics-heading" className="mb-3 text-xl font-bold">
            مواضيع بارزة
          </h2>
          <TagList tags={topics} label="مواضيع بارزة" />
        </section>
      )}
      {sections.map(({ category, articles }) => (
        <CategorySection key={category.id} category={category} articles={articles} />
      ))}
    </div>
  );
}
