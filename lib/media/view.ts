import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client';
import { CROPS, type Crop } from './renditions';

/** What pages see of a photo: enough to name every rendition (lib/media/renditions.ts). */
export type PhotoView = {
  id: number;
  key: string;
  width: number;
  height: number;
  focus: { x: number; y: number };
  alt: string;
  caption: string;
  credit: string;
  placeholders: Partial<Record<Crop, string>>;
};

export const photoSelect = {
  id: true,
  key: true,
  width: true,
  height: true,
  focusX: true,
  focusY: true,
  alt: true,
  caption: true,
  credit: true,
  placeholders: true,
} as const satisfies Prisma.PhotoSelect;

type PhotoRow = Prisma.PhotoGetPayload<{ select: typeof photoSelect }>;

const placeholdersSchema = z
  .record(z.string(), z.string().startsWith('data:image/webp;base64,'))
  .transform((all) =>
    Object.fromEntries(
      Object.entries(all).filter(([crop]) => (CROPS as readonly string[]).includes(crop)),
    ),
  );

export function toPhotoView(row: PhotoRow): PhotoView {
  const placeholders = placeholdersSchema.safeParse(row.placeholders);
  return {
    id: row.id,
    key: row.key,
    width: row.width,
    height: row.height,
    focus: { x: row.focusX, y: row.focusY },
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    placeholders: placeholders.success ? placeholders.data : {},
  };
}
