import { createHash } from 'node:crypto';
import { PROCESSING_VERSION } from './limits';

/**
 * Which files a photo is served as, computed from its size and focal point alone, so the database
 * keeps one short key per photo instead of a list of file names, and the reader pages, the
 * processing and the storage check all agree on the same names.
 */

export const CROPS = ['wide', 'standard', 'square', 'original'] as const;
export type Crop = (typeof CROPS)[number];

/** Width ÷ height of each crop; `original` keeps the photo's own shape (photos inside a story). */
export const CROP_RATIO: Record<Exclude<Crop, 'original'>, number> = {
  wide: 16 / 9,
  standard: 4 / 3,
  square: 1,
};

/** The ladder of widths the browser chooses from (srcset); a crop gets those it can fill. */
export const WIDTHS = [320, 480, 640, 800, 1080, 1600, 2000] as const;

/** JPEG is for e-mail, old clients and search engines (≥ 1200 px for Google's large previews). */
export const JPEG_WIDTHS = [800, 1200, 1600] as const;

export const FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type Format = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<Format, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};
const EXTENSIONS: Record<Format, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** The share card: Open Graph and X want 1200 × 630. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

export type Focus = { x: number; y: number };
export type Rect = { left: number; top: number; width: number; height: number };

/**
 * The largest rectangle of the given ratio inside the photo, placed so the focal point sits as
 * near its centre as the edges allow.
 */
export function cropRect(width: number, height: number, ratio: number | null, focus: Focus): Rect {
  if (ratio === null) return { left: 0, top: 0, width, height };
  let w = width;
  let h = Math.round(width / ratio);
  if (h > height) {
    h = height;
    w = Math.round(height * ratio);
  }
  const place = (size: number, span: number, at: number) =>
    Math.min(Math.max(Math.round(at * size - span / 2), 0), size - span);
  return { left: place(width, w, focus.x), top: place(height, h, focus.y), width: w, height: h };
}

export function cropOf(width: number, height: number, crop: Crop, focus: Focus): Rect {
  return cropRect(width, height, crop === 'original' ? null : CROP_RATIO[crop], focus);
}

/** The widths a crop is made at: those of the ladder it can fill, or its own when it fills none. */
export function widthsFor(cropWidth: number, ladder: readonly number[] = WIDTHS): number[] {
  const fitting = ladder.filter((w) => w <= cropWidth);
  return fitting.length > 0 ? fitting : [cropWidth];
}

export type Rendition = {
  crop: Crop | 'share';
  format: Format;
  width: number;
  height: number;
  name: string;
};

export type PhotoGeometry = { key: string; width: number; height: number; focus: Focus };

/**
 * The key naming a photo's renditions: it changes with the file, the focal point and the
 * processing, so a name always means the same bytes and can be cached for a year.
 */
export function renditionKey(sourceHash: string, focus: Focus): string {
  return createHash('sha256')
    .update(`${sourceHash}:${focus.x.toFixed(3)}:${focus.y.toFixed(3)}:v${PROCESSING_VERSION}`)
    .digest('hex')
    .slice(0, 20);
}

export function renditionName(key: string, crop: Crop | 'share', width: number, format: Format) {
  return `${key}-${crop}-${width}.${EXTENSIONS[format]}`;
}

/** Every file one photo is served as. */
export function renditionsOf(photo: PhotoGeometry): Rendition[] {
  const out: Rendition[] = [];
  for (const crop of CROPS) {
    out.push(...cropRenditions(photo, crop));
  }
  const share = cropRect(
    photo.width,
    photo.height,
    SHARE_SIZE.width / SHARE_SIZE.height,
    photo.focus,
  );
  const width = Math.min(SHARE_SIZE.width, share.width);
  out.push({
    crop: 'share',
    format: 'jpeg',
    width,
    height: Math.round((width * SHARE_SIZE.height) / SHARE_SIZE.width),
    name: renditionName(photo.key, 'share', width, 'jpeg'),
  });
  return out;
}

export function cropRenditions(photo: PhotoGeometry, crop: Crop): Rendition[] {
  const rect = cropOf(photo.width, photo.height, crop, photo.focus);
  const heightAt = (w: number) => Math.max(1, Math.round((w * rect.height) / rect.width));
  const out: Rendition[] = [];
  for (const format of ['avif', 'webp'] as const) {
    for (const w of widthsFor(rect.width)) {
      out.push({
        crop,
        format,
        width: w,
        height: heightAt(w),
        name: renditionName(photo.key, crop, w, format),
      });
    }
  }
  for (const w of widthsFor(rect.width, JPEG_WIDTHS)) {
    out.push({
      crop,
      format: 'jpeg',
      width: w,
      height: heightAt(w),
      name: renditionName(photo.key, crop, w, 'jpeg'),
    });
  }
  return out;
}

const NAME = /^[0-9a-f]{20}-(wide|standard|square|original|share)-\d{1,4}\.(avif|webp|jpg)$/;

/** Whether a requested file name is one of ours (everything else is refused before the disk). */
export function isRenditionName(name: string): boolean {
  return NAME.test(name);
}

export function contentTypeOfName(name: string): string {
  if (name.endsWith('.avif')) return CONTENT_TYPES.avif;
  if (name.endsWith('.webp')) return CONTENT_TYPES.webp;
  return CONTENT_TYPES.jpeg;
}
