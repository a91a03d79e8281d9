export const STATUS_FILTERS = ['all', 'draft', 'scheduled', 'published', 'unpublished'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export type DisplayStatus = Exclude<StatusFilter, 'all'>;

export const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'الكل',
  draft: 'مسودة',
  scheduled: 'مجدول',
  published: 'منشور',
  unpublished: 'مسحوب',
};

export function displayStatus(
  status: string,
  publishedAt: Date | null,
  now = new Date(),
): DisplayStatus {
  if (status === 'published') return publishedAt && publishedAt > now ? 'scheduled' : 'published';
  return status === 'unpublished' ? 'unpublished' : 'draft';
}
