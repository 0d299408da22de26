import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatCount, formatDuration, formatRelative, formatShortAbsolute } from './format';

describe('format', () => {
  it('formats durations a person reads at a glance', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(450)).toBe('450 ms');
    expect(formatDuration(4_200)).toBe('4.2 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
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
  it('formats short absolute times for table cells: time today, day and month this year, else the date', () => {
    const now = Date.parse('2026-12-04T23:00:00Z');
    expect(formatShortAbsolute('2026-12-04T22:14:05Z', 'utc', now)).toBe('22:14');
    expect(formatShortAbsolute('2026-12-03T08:05:00Z', 'utc', now)).toBe('3 Dec 08:05');
    expect(formatShortAbsolute('2025-12-03T08:05:00Z', 'utc', now)).toBe('2025-12-03');
    expect(formatShortAbsolute('junk', 'utc', now)).toBe('');
  });
});
