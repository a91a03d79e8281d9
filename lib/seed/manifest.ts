import { z } from 'zod';
import {
  ARTICLE_LIMITS as L,
  isPublicationDate,
  PUBLICATION_DATE_MESSAGE,
} from '../articles/limits';
import { PHOTO_LIMITS } from '../media/limits';

const coordinate = z.number().min(0).max(1);

/** A photo file beside the document, with what readers need to read it (alt) and credit it. */
export const manifestPhotoSchema = z
  .object({
    file: z
      .string()
      .trim()
      .min(1)
      .regex(/^[^/\\]+$/, 'a file name beside the document, without a folder'),
    alt: z
      .string({ error: 'alt text is required' })
      .trim()
      .min(PHOTO_LIMITS.alt.min, 'alt text is required')
      .max(PHOTO_LIMITS.alt.max),
    caption: z.string().trim().max(PHOTO_LIMITS.caption.max).default(''),
    credit: z.string().trim().max(PHOTO_LIMITS.credit.max).default(''),
    /** x and y of the focal point, 0 to 1 from the photo's left and top edges. */
    focus: z.tuple([coordinate, coordinate]).default([0.5, 0.5]),
  })
  .strict();

export type ManifestPhoto = z.infer<typeof manifestPhotoSchema>;

/** What a document cannot say about itself: headline, section, tags and publication time. */
export const manifestSchema = z
  .object({
    title: z.string().trim().min(L.title.min).max(L.title.max),
    slug: z.string().trim().min(1).max(L.slug.max).optional(),
    category: z.string().trim().min(1),
    tags: z.array(z.string().trim().min(1).max(L.tags.length)).max(L.tags.max).default([]),
    publishedAt: z.iso
      .datetime({ offset: true })
      .refine((value) => isPublicationDate(new Date(value)), PUBLICATION_DATE_MESSAGE),
    photo: manifestPhotoSchema.optional(),
  })
  .strict();

export const categoriesSchema = z
  .array(
    z
      .object({
        slug: z.string().trim().min(1).max(60),
        name: z.string().trim().min(1).max(60),
        description: z.string().trim().max(300).default(''),
      })
      .strict(),
  )
  .min(1);

export type SeedCategory = z.infer<typeof categoriesSchema>[number];
