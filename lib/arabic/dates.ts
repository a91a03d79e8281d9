import { SITE } from '../site';

// numberingSystem 'latn' pins Western digits even where an ICU build defaults ar-* to Arabic-Indic.
const dateTimeFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  numberingSystem: 'latn',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dateFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  numberingSystem: 'latn',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  numberingSystem: 'latn',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE.timeZone,
  timeZoneName: 'longOffset',
});

/** Offsets change at most a few times a year, so they are looked up once per hour of time. */
const offsetByHour = new Map<number, number>();
const HOUR_MS = 3_600_000;

/** Minutes east of UTC in Casablanca at this instant (+60 most of the year, 0 during Ramadan). */
function zoneOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const name =
      offsetFormat.formatToParts(new Date(hour * HOUR_MS)).find((p) => p.type === 'timeZoneName')
        ?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** «الخميس، 16 يناير 2025 في 10:30» in Casablanca time. */
export function formatDateTime(date: Date | string): string {
  return dateTimeFormat.format(new Date(date));
}

/** «16 يناير 2025» in Casablanca time. */
export function formatDate(date: Date | string): string {
  return dateFormat.format(new Date(date));
}

/** «11:20» in Casablanca time. */
export function formatTime(date: Date | string): string {
  return timeFormat.format(new Date(date));
}

/** ISO 8601 in Casablanca local time with its offset: 2025-01-16T10:30:00+01:00. */
export function toZonedIso(date: Date | string): string {
  const epochMs = new Date(date).getTime();
  const offset = zoneOffsetMinutes(epochMs);
  const local = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A wall-clock time typed in Casablanca («2026-12-01T09:30», as <input type="datetime-local">
 * sends it) to the instant it names. Returns null for anything that is not such a time.
 */
export function fromCasablancaLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // The offset at the guessed instant, then again at the corrected one (for clock changes).
  let instant = asUtc - zoneOffsetMinutes(asUtc) * 60_000;
  instant = asUtc - zoneOffsetMinutes(instant) * 60_000;
  return new Date(instant);
}

/** The value for <input type="datetime-local"> showing this instant in Casablanca time. */
export function toCasablancaLocalInput(date: Date | string): string {
  return toZonedIso(date).slice(0, 16);
}
