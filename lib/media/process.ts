import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { PhotoError } from './errors';
import { decodeHeic } from './heic';
import { PHOTO_LIMITS } from './limits';
import {
  cropOf,
  cropRect,
  CROPS,
  renditionKey,
  renditionsOf,
  SHARE_SIZE,
  type Crop,
  type Focus,
  type Rendition,
} from './renditions';
import { sniffFormat, type SniffedFormat } from './sniff';

// One libvips thread per operation: an upload burst then takes one core at a time, and readers'
// pages keep the other (measured in bench/results/, photos).
sharp.concurrency(1);
sharp.cache(false);

export type AcceptedFormat = Exclude<SniffedFormat, 'gif' | 'svg' | 'unknown'>;

export type ProcessedPhoto = {
  sourceHash: string;
  format: AcceptedFormat;
  width: number;
  height: number;
  key: string;
  placeholders: Record<Crop, string>;
  files: { rendition: Rendition; bytes: Buffer }[];
};

export const sourceHashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Refuses what is not a photo we take, from the bytes alone and before any decoding. */
export function checkUpload(bytes: Uint8Array): AcceptedFormat {
  if (bytes.length === 0) throw new PhotoError('empty');
  if (bytes.length > PHOTO_LIMITS.maxBytes) throw new PhotoError('too-large');
  const format = sniffFormat(bytes);
  if (format === 'svg') throw new PhotoError('svg');
  if (format === 'gif') throw new PhotoError(isAnimatedGif(bytes) ? 'animated' : 'gif');
  if (format === 'unknown') throw new PhotoError('not-an-image');
  return format;
}

function isAnimatedGif(bytes: Uint8Array): boolean {
  // More than one image descriptor after a graphic control extension: more than one frame.
  let frames = 0;
  for (let i = 0; i + 2 < bytes.length && frames < 2; i++) {
    if (bytes[i] === 0x21 && bytes[i + 1] === 0xf9 && bytes[i + 2] === 0x04) frames++;
  }
  return frames > 1;
}

type Pixels = { data: Buffer; width: number; height: number; channels: 3 };

/**
 * The photo upright (EXIF orientation applied), in sRGB, without alpha and without any of its
 * metadata: only pixels leave this function, so no GPS position, camera serial or thumbnail can
 * reach a rendition.
 */
async function decode(bytes: Uint8Array, format: AcceptedFormat): Promise<Pixels> {
  if (format === 'heic') return decodeHeicPixels(bytes);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoError('damaged');
  }
  checkDimensions(meta.width ?? 0, meta.height ?? 0);
  if ((meta.pages ?? 1) > 1) throw new PhotoError('animated');
  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: PHOTO_LIMITS.maxPixels,
      failOn: 'truncated',
    })
      .rotate()
      .toColourspace('srgb')
      .flatten({ background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: 3 };
  } catch (error) {
    if (error instanceof PhotoError) throw error;
    throw new PhotoError('damaged', (error as Error).message);
  }
}

function checkDimensions(width: number, height: number) {
  if (width * height > PHOTO_LIMITS.maxPixels) throw new PhotoError('too-many-pixels');
  if (width === 0 || height === 0) throw new PhotoError('damaged');
  if (Math.min(width, height) < PHOTO_LIMITS.minSide) throw new PhotoError('too-small');
}

async function decodeHeicPixels(bytes: Uint8Array): Promise<Pixels> {
  let image: Awaited<ReturnType<typeof decodeHeic>>;
  try {
    image = await decodeHeic(bytes, PHOTO_LIMITS.maxPixels);
  } catch (error) {
    const message = (error as Error).message;
    throw new PhotoError(message === 'too-many-pixels' ? 'too-many-pixels' : 'damaged', message);
  }
  checkDimensions(image.width, image.height);
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 4 },
  })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: 3 };
}

const ENCODE = {
  avif: (s: Sharp) => s.avif({ quality: 50, effort: 2 }),
  webp: (s: Sharp) => s.webp({ quality: 72, effort: 4 }),
  jpeg: (s: Sharp) => s.jpeg({ quality: 78, mozjpeg: true, progressive: true }),
};

/** Every rendition of a photo, made once at upload (readers never cause a resize). */
export async function processPhoto(
  bytes: Uint8Array,
  focus: Focus = { x: 0.5, y: 0.5 },
  known?: { sourceHash: string; format: AcceptedFormat },
): Promise<ProcessedPhoto> {
  const format = known?.format ?? checkUpload(bytes);
  const sourceHash = known?.sourceHash ?? sourceHashOf(bytes);
  const pixels = await decode(bytes, format);
  const raw = { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } };
  const key = renditionKey(sourceHash, focus);
  const geometry = { key, width: pixels.width, height: pixels.height, focus };
  const wanted = renditionsOf(geometry);

  const files: ProcessedPhoto['files'] = [];
  const placeholders = {} as Record<Crop, string>;
  for (const crop of CROPS) {
    const rect = cropOf(pixels.width, pixels.height, crop, focus);
    const mine = wanted.filter((r) => r.crop === crop);
    // The crop once at its largest rendition, then each smaller one from that: far fewer pixels.
    const largest = Math.max(...mine.map((r) => r.width));
    const { data, info } = await sharp(pixels.data, raw)
      .extract(rect)
      .resize({ width: largest })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const source = { raw: { width: info.width, height: info.height, channels: 3 as const } };
    for (const rendition of mine) {
      const resized = sharp(data, source).resize({
        width: rendition.width,
        height: rendition.height,
        fit: 'fill',
      });
      files.push({ rendition, bytes: await ENCODE[rendition.format](resized).toBuffer() });
    }
    placeholders[crop] = await placeholderOf(data, source.raw);
  }
  const shareRendition = wanted.find((r) => r.crop === 'share')!;
  const shareRect = cropRect(
    pixels.width,
    pixels.height,
    SHARE_SIZE.width / SHARE_SIZE.height,
    focus,
  );
  files.push({
    rendition: shareRendition,
    bytes: await ENCODE.jpeg(
      sharp(pixels.data, raw)
        .extract(shareRect)
        .resize({ width: shareRendition.width, height: shareRendition.height, fit: 'fill' }),
    ).toBuffer(),
  });
  return {
    sourceHash,
    format,
    width: pixels.width,
    height: pixels.height,
    key,
    placeholders,
    files,
  };
}

/** A 16-pixel-wide blurred copy, inlined as a data URI so the space is never empty while loading. */
async function placeholderOf(
  data: Buffer,
  raw: { width: number; height: number; channels: 3 },
): Promise<string> {
  const tiny = await sharp(data, { raw })
    .resize({ width: 16 })
    .blur(0.6)
    .webp({ quality: 40 })
    .toBuffer();
  return `data:image/webp;base64,${tiny.toString('base64')}`;
}
