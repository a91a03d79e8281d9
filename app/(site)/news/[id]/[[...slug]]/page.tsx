import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/ArticleBody';
import { bodyMedia } from '@/components/article/BodyMedia';
import { ArticleCorrections } from '@/components/article/ArticleCorrections';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { TagList } from '@/components/article/ArticleTags';
import { RelatedArticles } from '@/components/article/RelatedArticles';
import { ShareLinks } from '@/components/article/ShareLinks';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { parseArticleId } from '@/lib/articles/params';
import { articleIdsOf } from '@/lib/articles/blocks';
import {
  getAuthorBySlug,
  getLinkedArticles,
  getPublishedArticle,
  getRelatedArticles,
} from '@/lib/articles/queries';
import { decodeSlugSegment } from '@/lib/arabic/slug';
import { articleShortPath } from '@/lib/routes';
import { absoluteUrl, articleMetadata, NOT_FOUND_METADATA } from '@/lib/seo/metadata';
import { articleBreadcrumbs, newsArticleLd } from '@/lib/seo/structured-data';
import { JsonLd } from '@/components/seo/JsonLd';
import { Figure } from '@/components/media/Figure';

export const revalidate = 3600;

// Articles render on their first request and are then served from the cache (ISR): the build
// never walks the archive.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; slug?: string[] }> };

async function loadArticle(params: Props['params']) {
  const { id: rawId, slug } = await params;
  const id = parseArticleId(rawId);
  const article = id ? await getPublishedArticle(id) : null;
  return {
    article,
    requestedSlug: slug?.length === 1 && slug[0] ? decodeSlugSegment(slug[0]) : null,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await loadArticle(params);
  return article ? articleMetadata(article) : NOT_FOUND_METADATA;
}

export default async function ArticlePage({ params }: Props) {
  const { article, requestedSlug } = await loadArticle(params);
  if (!article) notFound();
  // A missing, outdated or differently encoded slug is one article under another URL.
  if (requestedSlug !== article.slug) permanentRedirect(article.path);

  // The byline's portrait through the author's own cached lookup, whose tag a new portrait expires.
  const [related, author, linked] = await Promise.all([
    getRelatedArticles(article),
    getAuthorBySlug(article.author.slug),
    getLinkedArticles(articleIdsOf(article.blocks)),
  ]);
  const authorPhoto = author?.photo ?? null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <Breadcrumbs items={articleBreadcrumbs(article)} />
      <article className="mt-4">
        <JsonLd data={newsArticleLd(article, authorPhoto)} />
        <ArticleHeader article={article} authorPhoto={authorPhoto} />
        {article.photo && (
          <Figure
            photo={article.photo}
            crop="wide"
            sizes="(min-width: 48rem) 46rem, 100vw"
            priority
          />
        )}
        <ArticleBody
          blocks={article.blocks}
          context={{
            media: bodyMedia(article.bodyPhotos),
            articles: new Map(linked.map((a) => [a.id, a])),
          }}
        />
        <ArticleCorrections corrections={article.corrections} />
        <footer className="mt-8 border-t border-line pt-6">
          <TagList tags={article.tags} />
          <ShareLinks url={absoluteUrl(articleShortPath(article.id))} title={article.title} />
        </footer>
      </article>
      <RelatedArticles articles={related} category={article.category} />
    </div>
  );
}
