import { createHash } from 'node:crypto';
import type { ArticleView } from '../articles/types';
import { SHARE_IMAGE_VARIANTS, type ShareImageVariant } from './variants';

/** Bump when the image design changes, so every URL changes and caches fetch the new pictures. */
const DESIGN_VERSION = 1;

type ImageSubject = Pick<ArticleView, 'id' | 'title' | 'category' | 'publishedAt'>;

/** A short hash of everything drawn on the image: a new title gives a new URL. */
export function shareImageVersion(article: ImageSubject): string {
  return createHash('sha256')
    .update(
      JSON.stringify([DESIGN_VERSION, article.title, article.category.name, article.publishedAt]),
    )
    .digest('base64url')
    .slice(0, 10);
}

export function shareImagePath(article: ImageSubject, variant: ShareImageVariant = 'wide'): string {
  return `/images/articles/${article.id}/${variant}-${shareImageVersion(article)}.png`;
}

export type ShareImageRef = { path: string; width: number; height: number };

/** Every ratio we publish for an article: 1.91:1 for link previews, 4:3 and 1:1 for Google. */
export function shareImages(article: ImageSubject): ShareImageRef[] {
  return (Object.keys(SHARE_IMAGE_VARIANTS) as ShareImageVariant[]).map((variant) => ({
    path: shareImagePath(article, variant),
    width: SHARE_IMAGE_VARIANTS[variant].width,
    height: SHARE_IMAGE_VARIANTS[variant].height,
  }));
}

export const SITE_SHARE_IMAGE = {
  path: '/images/site/share.png',
  width: 1200,
  height: 630,
} as const;
export const SITE_LOGO = { path: '/images/site/logo.png', width: 512, height: 512 } as const;

const fileName = /^(wide|standard|square)-([A-Za-z0-9_-]{10})\.png$/;

export function parseShareImageFile(
  file: string,
): { variant: ShareImageVariant; version: string } | null {
  const match = fileName.exec(file);
  return match ? { variant: match[1] as ShareImageVariant, version: match[2]! } : null;
}
