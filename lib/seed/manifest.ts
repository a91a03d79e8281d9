import { z } from 'zod';
import {
  ARTICLE_LIMITS as L,
  isPublicationDate,
  PUBLICATION_DATE_MESSAGE,
} from '../articles/limits';

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
