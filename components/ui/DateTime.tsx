import { formatDate, formatDateTime, toZonedIso } from '@/lib/arabic/dates';

/** A date as readers in Morocco read it, with the machine-readable ISO value (with offset). */
export function DateTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  return (
    <time dateTime={toZonedIso(value)}>{dateOnly ? formatDate(value) : formatDateTime(value)}</time>
  );
}
