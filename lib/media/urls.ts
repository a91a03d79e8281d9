import { mediaPath } from '../routes';
import { env } from '../runtime/env';
import { absoluteUrl } from '../seo/urls';
import {
  cropOf,
  cropRenditions,
  SHARE_SIZE,
  renditionsOf,
  type Crop,
  type Format,
  type Rendition,
} from './renditions';
import type { PhotoView } from './view';

/** Where a reader's browser fetches a rendition: this server's /media/, or MEDIA_PUBLIC_URL. */
export function renditionUrl(name: string): string {
  const base = env().MEDIA_PUBLIC_URL;
  return base ? `${base}/${encodeURIComponent(name)}` : mediaPath(name);
}

/** The same, absolute: for search engines, feeds and share cards. */
export function absoluteRenditionUrl(name: string): string {
  const url = renditionUrl(name);
  return url.startsWith('/') ? absoluteUrl(url) : url;
}

export type PictureSources = {
  /** srcset per format, widest last. */
  srcSet: Record<Exclude<Format, 'jpeg'>, string>;
  fallback: Rendition;
  width: number;
  height: number;
};

/** What a `<picture>` of one crop offers the browser. */
export function pictureSources(photo: PhotoView, crop: Crop): PictureSources {
  const all = cropRenditions(photo, crop);
  const set = (format: Format) =>
    all
      .filter((r) => r.format === format)
      .map((r) => `${renditionUrl(r.name)} ${r.width}w`)
      .join(', ');
  const jpegs = all.filter((r) => r.format === 'jpeg');
  const fallback = jpegs[0]!;
  const rect = cropOf(photo.width, photo.height, crop, photo.focus);
  return {
    srcSet: { avif: set('avif'), webp: set('webp') },
    fallback,
    width: rect.width,
    height: rect.height,
  };
}

/** The largest JPEG of a crop (≥ 1200 px when the photo allows): what search engines are given. */
export function largestJpeg(photo: PhotoView, crop: Crop): Rendition {
  const jpegs = cropRenditions(photo, crop).filter((r) => r.format === 'jpeg');
  return jpegs[jpegs.length - 1]!;
}

/** The 1200 × 630 share card (Open Graph, X). */
export function shareRendition(photo: PhotoView): Rendition {
  return renditionsOf(photo).find((r) => r.crop === 'share')!;
}

export { SHARE_SIZE };

/** The smallest square WebP: the newsroom's thumbnails. */
export function thumbnailUrl(photo: PhotoView): string {
  return renditionUrl(cropRenditions(photo, 'square').find((r) => r.format === 'webp')!.name);
}
