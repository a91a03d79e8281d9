import { toZonedIso } from '../arabic/dates';

/** Every revision of the last 30 days is kept; older ones, only the last of each day. */
export const KEEP_ALL_DAYS = 30;

/**
 * The revisions to delete: those older than KEEP_ALL_DAYS that are not the last of their day
 * (in Casablanca time, the newsroom's day). Running it after every save keeps an article's
 * history at most a month of saves plus one a day before that.
 */
export function revisionsToPrune(revisions: { id: number; at: Date }[], now: Date): number[] {
  const cutoff = now.getTime() - KEEP_ALL_DAYS * 24 * 3600_000;
  const lastOfDay = new Map<string, { id: number; at: number }>();
  for (const revision of revisions) {
    if (revision.at.getTime() >= cutoff) continue;
    const day = toZonedIso(revision.at).slice(0, 10);
    const kept = lastOfDay.get(day);
    const at = revision.at.getTime();
    if (!kept || at > kept.at || (at === kept.at && revision.id > kept.id))
      lastOfDay.set(day, { id: revision.id, at });
  }
  const keep = new Set([...lastOfDay.values()].map((r) => r.id));
  return revisions
    .filter((r) => r.at.getTime() < cutoff && !keep.has(r.id))
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

/** The cutoff as a date, for the query that reads only what retention may delete. */
export function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - KEEP_ALL_DAYS * 24 * 3600_000);
}
