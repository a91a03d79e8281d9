import { z } from 'zod';
import { STATUS_FILTERS, type StatusFilter } from './status';

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  status: z.preprocess(first, z.enum(STATUS_FILTERS).catch('all')).default('all'),
  category: z.preprocess(
    first,
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number)
      .optional()
      .catch(undefined),
  ),
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  page: z.preprocess(
    first,
    z
      .string()
      .regex(/^[1-9]\d{0,5}$/)
      .transform(Number)
      .optional()
      .catch(undefined),
  ),
});

export type ListParams = { status: StatusFilter; categoryId?: number; q?: string; page: number };

/** The article list's filters from the URL; anything malformed falls back to the default. */
export function readListParams(raw: Record<string, string | string[] | undefined>): ListParams {
  const parsed = schema.parse(raw);
  return {
    status: parsed.status,
    categoryId: parsed.category,
    q: parsed.q || undefined,
    page: parsed.page ?? 1,
  };
}
