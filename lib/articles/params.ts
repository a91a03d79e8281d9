import { z } from 'zod';
import { decodeSlugSegment } from '../arabic/slug';

const idSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));

/** Article ids in URLs: canonical decimal, no leading zeros or signs. Anything else is a 404. */
export function parseArticleId(raw: string): number | null {
  const parsed = idSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A taxonomy slug from a URL segment, decoded and length-checked; null means 404. */
export function parseSlugParam(raw: string): string | null {
  const slug = decodeSlugSegment(raw);
  if (!slug || slug.length > 200 || /[\u0000-\u001F/\\]/.test(slug)) return null;
  return slug;
}
