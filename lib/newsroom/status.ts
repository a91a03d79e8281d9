export const STATUS_FILTERS = [
  'all',
  'draft',
  'review',
  'scheduled',
  'published',
  'unpublished',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type DisplayStatus = Exclude<StatusFilter, 'all'>;

export const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'الكل',
  draft: 'مسودة',
  review: 'بانتظار المراجعة',
  scheduled: 'مجدول',
  published: 'منشور',
  unpublished: 'مسحوب',
};

/** How the newsroom names an article's state; a draft submitted by a contributor waits for review. */
export function displayStatus(
  status: string,
  publishedAt: Date | null,
  now = new Date(),
  inReview = false,
): DisplayStatus {
  if (status === 'published') return publishedAt && publishedAt > now ? 'scheduled' : 'published';
  if (status === 'unpublished') return 'unpublished';
  return inReview ? 'review' : 'draft';
}
