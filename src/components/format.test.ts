import { describe, expect, it } from 'vitest';
import { countOf, formatAbsolute, formatCount, formatDuration, formatRelative, formatShortAbsolute, formatShortDate } from './format';

describe('format', () => {
  it('formats durations a person reads at a glance', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(450)).toBe('450 ms');
    expect(formatDuration(4_200)).toBe('4.2 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    // No "0 min" after whole hours; days past two of them (overview steps go up to 30 days).
    expect(formatDuration(12 * 3_600_000)).toBe('12 h');
    expect(formatDuration(12 * 3_600_000 + 5 * 60_000)).toBe('12 h 5 min');
    expect(formatDuration(30 * 86_400_000)).toBe('30 days');
    expect(formatDuration(3 * 86_400_000 + 2 * 3_600_000)).toBe('3 days 2 h');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
    expect(formatDuration(179_600)).toBe('3 min');
    expect(formatDuration(59_700)).toBe('1 min');
    expect(formatDuration(9_960)).toBe('10 s');
  });
  it('formats relative times, and leaves junk as it is', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(formatRelative('2026-12-04T11:57:00Z', now)).toBe('3 min ago');
    expect(formatRelative('2026-12-04T11:59:58Z', now)).toBe('just now');
    expect(formatRelative('2026-12-01T12:00:00Z', now)).toBe('3 days ago');
    expect(formatRelative('2026-12-04T12:00:30Z', now)).toBe('in 30 s');
    expect(formatRelative('not a date', now)).toBe('not a date');
  });
  it('formats absolute UTC times and counts', () => {
    expect(formatAbsolute('2026-12-04T09:05:03.120Z', 'utc')).toBe('2026-12-04 09:05:03 UTC');
    expect(formatCount(25000)).toBe('25,000');
  });
  it('writes counts as Intl.NumberFormat("en-US") does, without Intl (whose first call loads ICU)', () => {
    const intl = new Intl.NumberFormat('en-US');
    for (const n of [0, 7, 999, 1000, 25_000, 100_000, 1_234_567, 987_654_321_012, -1, -1234, -1_000_000, 1234.5, 0.1234, 2.0005, -9876.54321, NaN, Infinity, -Infinity])
      expect(formatCount(n), String(n)).toBe(intl.format(n));
  });
  it('writes short local dates as toLocaleDateString("en-GB") does: the year only when it is not this year', () => {
    const now = new Date(2026, 11, 4, 12).getTime();
    for (const d of [new Date(2026, 11, 3, 8, 5), new Date(2026, 0, 1, 0, 0), new Date(2025, 11, 31, 23, 59), new Date(1999, 6, 14)]) {
      const sameYear = d.getFullYear() === 2026;
      const expected = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
      expect(formatShortDate(d.toISOString(), now)).toBe(expected);
    }
    expect(formatShortDate('junk', now)).toBe('junk');
  });
  it('formats short absolute times for table cells: time today, day and month this year, else the whole date', () => {
    const now = Date.parse('2026-12-04T23:00:00Z');
    expect(formatShortAbsolute('2026-12-04T22:14:05Z', 'utc', now)).toBe('22:14');
    expect(formatShortAbsolute('2026-12-03T08:05:00Z', 'utc', now)).toBe('3 Dec 08:05');
    expect(formatShortAbsolute('2025-12-03T08:05:00Z', 'utc', now)).toBe('2025-12-03 08:05');
    expect(formatShortAbsolute('junk', 'utc', now)).toBe('');
  });
});

describe('countOf', () => {
  it('puts the word in the singular only for one', () => {
    expect([0, 1, 2, 1200].map((n) => countOf(n, 'operation'))).toEqual(['0 operations', '1 operation', '2 operations', '1,200 operations']);
    expect(countOf(1, 'match', 'matches')).toBe('1 match');
  });
});
