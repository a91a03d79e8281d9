import { z } from 'zod';

/** One page size for every listing (queries, page counts and links all read it). */
export const PAGE_SIZE = 12;

/** Pages beyond this are refused before any query runs. */
export const MAX_PAGE = 100_000;

/**
 * Reads the optional `page/<n>` tail of a listing URL. Returns 1 for no tail, the number for a
 * valid tail, and null for anything else (which the page answers with 404). `page/1` is not
 * canonical: the caller redirects it.
 */
const pageNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(MAX_PAGE));

export type PageTail = { page: number; canonical: boolean } | null;

export function parsePageTail(tail: readonly string[] | undefined): PageTail {
  if (!tail || tail.length === 0) return { page: 1, canonical: true };
  if (tail.length !== 2 || tail[0] !== 'page') return null;
  const parsed = pageNumber.safeParse(tail[1]);
  if (!parsed.success) return null;
  return { page: parsed.data, canonical: parsed.data !== 1 };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageOffset(page: number): number {
  return (page - 1) * PAGE_SIZE;
}
