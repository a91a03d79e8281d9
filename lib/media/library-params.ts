import { z } from 'zod';

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  unused: z.preprocess(first, z.literal('1').optional().catch(undefined)),
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

export type LibraryParams = { q?: string; unused: boolean; page: number };

/** The media library's filters from the URL; anything malformed falls back to the default. */
export function readLibraryParams(
  raw: Record<string, string | string[] | undefined>,
): LibraryParams {
  const parsed = schema.parse(raw);
  return { q: parsed.q || undefined, unused: parsed.unused === '1', page: parsed.page ?? 1 };
}
