import { z } from 'zod';
import { MAX_PAGE } from '../articles/pagination';
import { cutQuery } from './query';

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Well-formed page numbers: the proxy answers 400 to anything else before the page renders. */
export const PAGE_PARAM = /^[1-9][0-9]{0,5}$/;

const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().optional()).transform((q) => cutQuery(q ?? '')),
  page: z.preprocess(
    first,
    z
      .string()
      .regex(PAGE_PARAM)
      .transform(Number)
      .pipe(z.number().max(MAX_PAGE))
      .optional()
      .catch(undefined),
  ),
});

export type SearchParams = { q: string; page: number };

export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const parsed = searchParamsSchema.parse(raw);
  return { q: parsed.q, page: parsed.page ?? 1 };
}

export function searchPath(q: string, page = 1): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}
