import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { searchTerms } from '../arabic/normalize';
import { recordAudit, type Actor } from '../audit/log';
import { cleanText } from '../text/clean';
import {
  checkUpload,
  processPhoto,
  sourceHashOf,
  type AcceptedFormat,
  type ProcessedPhoto,
} from './process';
import { ProcessingQueue } from './queue';
import { contentTypeOfName, type Focus } from './renditions';
import { mediaStore } from './store';
import { photoSelect, toPhotoView, type PhotoView } from './view';

/**
 * Photos waiting to be processed in this process. A 24-megapixel photo takes 12–13 s here
 * (npm run bench:photos), so the twelfth in line is answered within about 160 s, inside the
 * upload's 180 s answer deadline (lib/routes.ts); beyond that an upload is told to retry.
 */
export const processingQueue = new ProcessingQueue(12);

export class PhotoBusyError extends Error {
  constructor() {
    super('تصل صور كثيرة الآن: أعيدوا رفع هذه الصورة بعد دقيقة.');
  }
}

/** The text the library is searched by: alt, caption and credit, as the site's search reads words. */
export function photoSearchText(photo: { alt: string; caption: string; credit: string }): string {
  return ` ${searchTerms(`${photo.alt} ${photo.caption} ${photo.credit}`).join(' ')} `;
}

export const originalName = (sourceHash: string, format: AcceptedFormat) =>
  `${sourceHash}.${format}`;

export async function storeRenditions(processed: ProcessedPhoto): Promise<void> {
  const store = mediaStore();
  for (const file of processed.files)
    await store.putRendition(
      file.rendition.name,
      file.bytes,
      contentTypeOfName(file.rendition.name),
    );
}

export type UploadResult = { photo: PhotoView; reused: boolean };

/** What a manifest (seed, import) says of its photo; a newsroom upload says nothing yet. */
export type PhotoTexts = { alt: string; caption: string; credit: string; focus: Focus };

/** A photo whose files are stored, ready to be recorded (or already recorded: `existing`). */
export type PreparedPhoto =
  | { existing: PhotoView }
  | {
      existing?: undefined;
      sourceHash: string;
      format: AcceptedFormat;
      bytes: number;
      processed: ProcessedPhoto;
      texts: Omit<PhotoTexts, 'focus'>;
      focus: Focus;
    };

/**
 * Processes a file and writes its original and renditions to the media store, before any row
 * exists: a crash here leaves unreferenced files (which `npm run media:check` reports), never a
 * row naming a file that is not there. The same file again is the photo already stored.
 */
export async function preparePhoto(
  db: Pick<PrismaClient, 'photo'>,
  bytes: Uint8Array,
  texts?: PhotoTexts,
): Promise<PreparedPhoto> {
  const format = checkUpload(bytes);
  const sourceHash = sourceHashOf(bytes);
  const existing = await db.photo.findUnique({ where: { sourceHash }, select: photoSelect });
  if (existing) return { existing: toPhotoView(existing) };
  const focus = texts?.focus ?? { x: 0.5, y: 0.5 };
  const job = processingQueue.run(async () => {
    const processed = await processPhoto(bytes, focus, { sourceHash, format });
    await mediaStore().putOriginal(originalName(sourceHash, format), bytes);
    await storeRenditions(processed);
    return processed;
  });
  if (!job) throw new PhotoBusyError();
  return {
    sourceHash,
    format,
    bytes: bytes.length,
    processed: await job,
    focus,
    texts: {
      alt: cleanText(texts?.alt ?? '').trim(),
      caption: cleanText(texts?.caption ?? '').trim(),
      credit: cleanText(texts?.credit ?? '').trim(),
    },
  };
}

/**
 * The row of a prepared photo and its audit event, inside the caller's transaction (the seed
 * records its photos with its articles: all or nothing). A photo of the same file recorded
 * meanwhile is returned instead.
 */
export async function recordPhoto(
  tx: Prisma.TransactionClient,
  prepared: PreparedPhoto,
  actor: Actor,
): Promise<UploadResult> {
  if (prepared.existing) return { photo: prepared.existing, reused: true };
  const again = await tx.photo.findUnique({
    where: { sourceHash: prepared.sourceHash },
    select: photoSelect,
  });
  if (again) return { photo: toPhotoView(again), reused: true };
  const { processed, texts, focus } = prepared;
  const created = await tx.photo.create({
    data: {
      sourceHash: prepared.sourceHash,
      key: processed.key,
      format: prepared.format,
      width: processed.width,
      height: processed.height,
      bytes: prepared.bytes,
      placeholders: processed.placeholders,
      ...texts,
      focusX: focus.x,
      focusY: focus.y,
      searchText: photoSearchText(texts),
      uploadedBy: actor.name,
    },
    select: photoSelect,
  });
  await recordAudit(tx, actor, 'photo-uploaded', { summary: `#${created.id}` });
  return { photo: toPhotoView(created), reused: false };
}

/** Stores a file as a library photo: its files, then its row with the audit event. */
export async function ingestPhoto(
  db: PrismaClient,
  bytes: Uint8Array,
  actor: Actor,
  texts?: PhotoTexts,
): Promise<UploadResult> {
  const prepared = await preparePhoto(db, bytes, texts);
  if (prepared.existing) return { photo: prepared.existing, reused: true };
  try {
    return await db.$transaction((tx) => recordPhoto(tx, prepared, actor));
  } catch (error) {
    // The same file arrived twice at once: the other upload's row won, and its files are these.
    const again = await db.photo.findUnique({
      where: { sourceHash: prepared.sourceHash },
      select: photoSelect,
    });
    if (again) return { photo: toPhotoView(again), reused: true };
    throw error;
  }
}
