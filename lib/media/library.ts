import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import { recordAudit, type Actor } from '../audit/log';
import { newsroomDb } from '../db/client';
import { cleanText } from '../text/clean';
import { PhotoError } from './errors';
import {
  ingestPhoto,
  originalName,
  PhotoBusyError,
  processingQueue,
  storeRenditions,
  type UploadResult,
} from './ingest';
import { processPhoto, type AcceptedFormat, type ProcessedPhoto } from './process';
import { renditionsOf, type Focus } from './renditions';
import { mediaStore } from './store';
import { searchTerms } from '../arabic/normalize';
import { photoSearchText } from './ingest';
import { photoSelect, toPhotoView, type PhotoView } from './view';

export { PhotoBusyError };

/** Whether an upload arriving now would be refused for want of a processing turn. */
export const photoQueueFull = () => processingQueue.full;
export type { UploadResult };

/** A newsroom upload: the photo starts without texts, centred; the editor completes it. */
export function uploadPhoto(bytes: Uint8Array, actor: Actor): Promise<UploadResult> {
  return ingestPhoto(newsroomDb, bytes, actor);
}

export type PhotoDetails = { alt: string; caption: string; credit: string; focus: Focus };

export type PhotoUse = { articleId: number; title: string; status: string; lead: boolean };

export type LibraryPhoto = PhotoView & {
  format: string;
  bytes: number;
  uploadedBy: string;
  createdAt: string;
  version: string;
  uses: PhotoUse[];
};

const librarySelect = {
  ...photoSelect,
  sourceHash: true,
  format: true,
  bytes: true,
  uploadedBy: true,
  createdAt: true,
  updatedAt: true,
  uses: {
    select: { lead: true, article: { select: { id: true, title: true, status: true } } },
    orderBy: { articleId: 'desc' },
    take: 50,
  },
} as const satisfies Prisma.PhotoSelect;

function toLibraryPhoto(
  row: Prisma.PhotoGetPayload<{ select: typeof librarySelect }>,
): LibraryPhoto {
  return {
    ...toPhotoView(row),
    format: row.format,
    bytes: row.bytes,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    version: row.updatedAt.toISOString(),
    uses: row.uses.map((u) => ({
      articleId: u.article.id,
      title: u.article.title,
      status: u.article.status,
      lead: u.lead,
    })),
  };
}

export async function getLibraryPhoto(id: number): Promise<LibraryPhoto | null> {
  const row = await newsroomDb.photo.findUnique({ where: { id }, select: librarySelect });
  return row ? toLibraryPhoto(row) : null;
}

export const LIBRARY_PAGE_SIZE = 24;

export async function listLibraryPhotos(filters: { q?: string; unused?: boolean; page: number }) {
  const terms = filters.q ? searchTerms(filters.q).slice(0, 8) : [];
  const where: Prisma.PhotoWhereInput = {
    AND: terms.map((term) => ({ searchText: { contains: ` ${term}` } })),
    ...(filters.unused ? { uses: { none: {} } } : {}),
  };
  const [total, rows] = await Promise.all([
    newsroomDb.photo.count({ where }),
    newsroomDb.photo.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * LIBRARY_PAGE_SIZE,
      take: LIBRARY_PAGE_SIZE,
      select: librarySelect,
    }),
  ]);
  return {
    items: rows.map(toLibraryPhoto),
    total,
    pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)),
  };
}

export class PhotoConflictError extends Error {}

/** Where a photo shows besides the library: article pages and author portraits. */
export type PhotoShownOn = { articleIds: number[]; authors: { id: number; slug: string }[] };

/**
 * Saves a photo's texts and focal point. A new focal point makes new crops from the private
 * original under new names (the old files stay for pages cached with them). Returns what shows
 * the photo (articles, author portraits): their pages must be expired.
 */
export async function updatePhoto(
  id: number,
  expectedVersion: string,
  details: PhotoDetails,
  actor: Actor,
): Promise<{ photo: PhotoView } & PhotoShownOn> {
  const current = await newsroomDb.photo.findUnique({
    where: { id },
    select: { sourceHash: true, format: true, focusX: true, focusY: true, updatedAt: true },
  });
  if (!current) throw new PhotoError('not-an-image', 'missing');
  if (current.updatedAt.toISOString() !== expectedVersion) throw new PhotoConflictError();
  const texts = {
    alt: cleanText(details.alt).trim(),
    caption: cleanText(details.caption).trim(),
    credit: cleanText(details.credit).trim(),
  };
  let rendition: { key: string; placeholders: ProcessedPhoto['placeholders'] } | null = null;
  if (
    Math.abs(details.focus.x - current.focusX) > 0.001 ||
    Math.abs(details.focus.y - current.focusY) > 0.001
  ) {
    const original = await mediaStore().getOriginal(
      originalName(current.sourceHash, current.format as AcceptedFormat),
    );
    if (!original) throw new Error(`photo ${id}: its original is missing from the media store`);
    const job = processingQueue.run(async () => {
      const processed = await processPhoto(original, details.focus, {
        sourceHash: current.sourceHash,
        format: current.format as AcceptedFormat,
      });
      await storeRenditions(processed);
      return processed;
    });
    if (!job) throw new PhotoBusyError();
    const processed = await job;
    rendition = { key: processed.key, placeholders: processed.placeholders };
  }
  return newsroomDb.$transaction(async (tx) => {
    const { count } = await tx.photo.updateMany({
      where: { id, updatedAt: current.updatedAt },
      data: {
        ...texts,
        focusX: details.focus.x,
        focusY: details.focus.y,
        searchText: photoSearchText(texts),
        ...(rendition ?? {}),
      },
    });
    if (count === 0) throw new PhotoConflictError();
    await recordAudit(tx, actor, 'photo-edited', { summary: `#${id} ${texts.alt}`.slice(0, 200) });
    const row = await tx.photo.findUniqueOrThrow({ where: { id }, select: photoSelect });
    const uses = await tx.articlePhoto.findMany({
      where: { photoId: id },
      select: { articleId: true },
    });
    const authors = await tx.author.findMany({
      where: { photoId: id },
      select: { id: true, slug: true },
    });
    return { photo: toPhotoView(row), articleIds: uses.map((u) => u.articleId), authors };
  });
}

export class PhotoInUseError extends Error {
  constructor(readonly uses: PhotoUse[]) {
    super('photo in use');
  }
}

/**
 * Deletes a photo no article uses; its files go after the row (a crash leaves only orphans). An
 * author whose portrait it was is left without one (the foreign key sets null): returned so
 * their pages can be expired.
 */
export async function deletePhoto(id: number, actor: Actor): Promise<PhotoShownOn> {
  const row = await newsroomDb.photo.findUnique({ where: { id }, select: librarySelect });
  if (!row) return { articleIds: [], authors: [] };
  const photo = toLibraryPhoto(row);
  if (photo.uses.length > 0) throw new PhotoInUseError(photo.uses);
  const authors = await newsroomDb.$transaction(async (tx) => {
    const portraitOf = await tx.author.findMany({
      where: { photoId: id },
      select: { id: true, slug: true },
    });
    // The foreign key refuses the delete if an article took the photo since the check above.
    await tx.photo.delete({ where: { id } });
    await recordAudit(tx, actor, 'photo-deleted', { summary: `#${id} ${photo.alt}`.slice(0, 200) });
    return portraitOf;
  });
  const store = mediaStore();
  const stillUsed = await newsroomDb.photo.count({ where: { sourceHash: row.sourceHash } });
  if (stillUsed === 0) {
    await store.deleteOriginal(originalName(row.sourceHash, row.format as AcceptedFormat));
    for (const rendition of renditionsOf({ ...photo, key: row.key }))
      await store.deleteRendition(rendition.name);
  }
  return { articleIds: [], authors };
}
