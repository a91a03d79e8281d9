/**
 * Search keys: publishedAt in whole seconds × 2^31 + article id. Ordering by key is ordering by
 * publication time (then id), and «published by now» is a key range, so the index answers both.
 * Same formula as the triggers in prisma/migrations/*_search_index.
 */
export const ID_SPACE = 2n ** 31n;

export function searchKey(publishedAt: Date, id: number): bigint {
  return BigInt(Math.floor(publishedAt.getTime() / 1000)) * ID_SPACE + BigInt(id);
}

/** The largest key of an article published at or before `now`. */
export function dueKeyLimit(now: Date): bigint {
  return BigInt(Math.floor(now.getTime() / 1000)) * ID_SPACE + (ID_SPACE - 1n);
}
