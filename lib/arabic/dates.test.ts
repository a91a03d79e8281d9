import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime, formatTime, toZonedIso } from './dates';

describe('dates in ar-MA, Africa/Casablanca', () => {
  const published = '2026-11-26T10:20:00.000Z';

  it('formats date and time with Moroccan month names and Western digits', () => {
    assert.equal(formatDateTime(published), 'الخميس، 26 نونبر 2026 في 11:20');
    assert.equal(formatDate(published), '26 نونبر 2026');
    assert.equal(formatTime(published), '11:20');
  });

  it('never uses Arabic-Indic digits', () => {
    for (const month of Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 9, 8)))) {
      assert.doesNotMatch(formatDateTime(month), /[٠-٩]/);
    }
  });

  it('writes ISO 8601 in local time with the +01:00 offset', () => {
    assert.equal(toZonedIso(published), '2026-11-26T11:20:00+01:00');
    assert.equal(toZonedIso(new Date('2026-12-31T23:30:00Z')), '2027-01-01T00:30:00+01:00');
  });

  it('follows the Ramadan switch to +00:00 that the tz database records', () => {
    // Morocco sets clocks back one hour during Ramadan (2026: from mid-February).
    const ramadan = new Date('2026-03-01T12:00:00Z');
    assert.equal(toZonedIso(ramadan), '2026-03-01T12:00:00+00:00');
  });
});

describe('Casablanca wall-clock input', () => {
  it('reads a datetime-local value as Casablanca time', async () => {
    const { fromCasablancaLocal, toCasablancaLocalInput } = await import('./dates');
    assert.equal(
      fromCasablancaLocal('2026-11-26T11:20')?.toISOString(),
      '2026-11-26T10:20:00.000Z',
    );
    assert.equal(
      fromCasablancaLocal('2026-03-01T12:00')?.toISOString(),
      '2026-03-01T12:00:00.000Z',
      'Ramadan: +00:00',
    );
    assert.equal(toCasablancaLocalInput('2026-11-26T10:20:00.000Z'), '2026-11-26T11:20');
  });
  it('refuses what is not a date and time', async () => {
    const { fromCasablancaLocal } = await import('./dates');
    for (const value of ['', 'غدا', '2026-02-30T10:00', '2026-11-26 11:20', '2026-11-26T25:00']) {
      assert.equal(fromCasablancaLocal(value), null, value);
    }
  });
});
