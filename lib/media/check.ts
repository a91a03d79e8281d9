import type { PrismaClient } from '../../generated/prisma/client';
import { originalName } from './ingest';
import type { AcceptedFormat } from './process';
import { renditionsOf } from './renditions';
import type { MediaStore } from './storage';

export type MediaReport = {
  photos: number;
  /** Photos whose row names a file the store does not have: readers would get a broken image. */
  missing: { photoId: number; files: string[] }[];
  /** Files no photo names: left by a crash between the files and the row, or by old focal points. */
  orphanRenditions: string[];
  orphanOriginals: string[];
};

/**
 * Compares the photo rows with the media store, both ways. Old renditions of a photo whose focal
 * point moved are orphans too: pages cached before the change may still name them, so they are
 * reported, and deleted only when asked (`npm run media:check -- --delete-orphans`).
 */
export async function checkMedia(db: PrismaClient, store: MediaStore): Promise<MediaReport> {
  const [renditions, originals] = await Promise.all([
    store.listRenditions(),
    store.listOriginals(),
  ]);
  const haveRenditions = new Set(renditions);
  const haveOriginals = new Set(originals);
  const wantedRenditions = new Set<string>();
  const wantedOriginals = new Set<string>();
  const missing: MediaReport['missing'] = [];
  let photos = 0;
  for (let cursor = 0; ;) {
    const rows = await db.photo.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: 'asc' },
      take: 500,
      select: {
        id: true,
        key: true,
        width: true,
        height: true,
        focusX: true,
        focusY: true,
        sourceHash: true,
        format: true,
      },
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      photos++;
      cursor = row.id;
      const files = renditionsOf({
        key: row.key,
        width: row.width,
        height: row.height,
        focus: { x: row.focusX, y: row.focusY },
      }).map((r) => r.name);
      const original = originalName(row.sourceHash, row.format as AcceptedFormat);
      for (const name of files) wantedRenditions.add(name);
      wantedOriginals.add(original);
      const absent = [
        ...files.filter((f) => !haveRenditions.has(f)),
        ...(haveOriginals.has(original) ? [] : [original]),
      ];
      if (absent.length) missing.push({ photoId: row.id, files: absent });
    }
  }
  return {
    photos,
    missing,
    orphanRenditions: renditions.filter((n) => !wantedRenditions.has(n)).sort(),
    orphanOriginals: originals.filter((n) => !wantedOriginals.has(n)).sort(),
  };
}
