import { textsOf } from '../articles/blocks';
import { modifiedAt } from '../articles/modified';
import type { ArticleView } from '../articles/types';
import { toZonedIso } from '../arabic/dates';
import { authorPath, categoryPath } from '../routes';
import { absoluteRenditionUrl, largestJpeg } from '../media/urls';
import type { PhotoView } from '../media/view';
import { shareImages, SITE_LOGO } from '../share-images/urls';
import { SITE } from '../site';
import { absoluteUrl } from './urls';

/** schema.org JSON-LD objects; components/seo/JsonLd.tsx serialises them safely. */
export type JsonLdObject = Record<string, unknown>;

export const HEADLINE_MAX = 110;

function organizationId() {
  return `${absoluteUrl('/')}#organization`;
}

export function publisherLd(): JsonLdObject {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: SITE.name,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(SITE_LOGO.path),
      width: SITE_LOGO.width,
      height: SITE_LOGO.height,
    },
  };
}

export function newsArticleLd(
  article: ArticleView,
  authorPhoto: PhotoView | null = null,
): JsonLdObject {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // One copy of the (long, percent-encoded) URL: mainEntityOfPage names the page it describes.
    mainEntityOfPage: url,
    headline:
      article.title.length > HEADLINE_MAX
        ? `${article.title.slice(0, HEADLINE_MAX - 1)}…`
        : article.title,
    description: article.dek,
    image: articleImagesLd(article),
    datePublished: toZonedIso(article.publishedAt),
    dateModified: toZonedIso(modifiedAt(article)),
    author: [
      {
        '@type': 'Person',
        name: article.author.name,
        url: absoluteUrl(authorPath(article.author.slug)),
        ...(authorPhoto
          ? { image: absoluteRenditionUrl(largestJpeg(authorPhoto, 'square').name) }
          : {}),
      },
    ],
    publisher: publisherLd(),
    inLanguage: SITE.language,
    articleSection: article.category.name,
    keywords: article.tags.map((tag) => tag.name),
    wordCount: article.wordCount,
    // The body's plain text: every block's words, no markup.
    articleBody: textsOf(article.blocks).join('\n\n'),
    isAccessibleForFree: true,
  };
}

/**
 * The story's photo in 16:9, 4:3 and 1:1 at its largest JPEG (≥ 1200 px when the photo is), as
 * Google's large previews want; the generated headline cards for a story without one.
 */
function articleImagesLd(article: ArticleView): JsonLdObject[] {
  const { photo } = article;
  if (photo) {
    return (['wide', 'standard', 'square'] as const).map((crop) => {
      const jpeg = largestJpeg(photo, crop);
      return {
        '@type': 'ImageObject',
        url: absoluteRenditionUrl(jpeg.name),
        width: jpeg.width,
        height: jpeg.height,
        ...(photo.caption ? { caption: photo.caption } : {}),
        ...(photo.credit ? { creditText: photo.credit } : {}),
      };
    });
  }
  return shareImages(article).map((image) => ({
    '@type': 'ImageObject',
    url: absoluteUrl(image.path),
    width: image.width,
    height: image.height,
  }));
}

export type BreadcrumbItem = { name: string; path?: string };

export function breadcrumbLd(items: BreadcrumbItem[]): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      ...(item.path ? { item: absoluteUrl(item.path) } : {}),
    })),
  };
}

export function homeLd(): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${absoluteUrl('/')}#website`,
        name: SITE.name,
        url: absoluteUrl('/'),
        description: SITE.description,
        inLanguage: SITE.language,
        publisher: { '@id': organizationId() },
      },
      { ...publisherLd(), description: SITE.description, foundingDate: String(SITE.foundingYear) },
    ],
  };
}

/** Breadcrumbs shared by the visible trail and the JSON-LD of an article. */
export function articleBreadcrumbs(article: ArticleView): BreadcrumbItem[] {
  return [
    { name: 'الرئيسية', path: '/' },
    { name: article.category.name, path: categoryPath(article.category.slug) },
    { name: article.title },
  ];
}
