import { STATUS_LABELS, type DisplayStatus } from '@/lib/newsroom/status';

const COLORS: Record<DisplayStatus, string> = {
  draft: 'bg-line text-ink',
  review: 'bg-sky-100 text-sky-900',
  scheduled: 'bg-amber-100 text-amber-900',
  published: 'bg-green-100 text-green-900',
  unpublished: 'bg-red-100 text-red-900',
};

export function StatusBadge({ status }: { status: DisplayStatus }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${COLORS[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
