import { z } from 'zod';

/** What a document cannot say about itself: headline, section, tags and publication time. */
export const manifestSchema = z
  .object({
    title: z.string().trim().min(10).max(110),
    slug: z.string().trim().min(1).max(120).optional(),
    category: z.string().trim().min(1),
    tags: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
    publishedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

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
