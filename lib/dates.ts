import { SITE } from './site';

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

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

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
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(date)).map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).slice(3);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
