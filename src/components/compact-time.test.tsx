import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compactTime } from './compact-time';

const now = Date.parse('2026-12-05T09:00:00Z');
const cell = (iso: string, zone: 'utc' | 'local' = 'utc') => render(<>{compactTime(iso, zone, now)}</>).container.querySelector('time')!;

describe('compactTime (the list’s time cells)', () => {
  it('within a day: relative, with the short absolute time beside it (CSS content from data-abs)', () => {
    const today = cell('2026-12-05T08:54:00Z');
    expect(today).toHaveTextContent('6 min ago');
    expect(today.dataset.abs).toBe('08:54Z');
    const yesterday = cell('2026-12-04T10:12:00Z');
    expect(yesterday).toHaveTextContent('22 h ago');
    expect(yesterday.dataset.abs).toBe('4 Dec 10:12Z');
  });

  it('older: the absolute time alone, with the time of day, so old rows can be told apart', () => {
    const old = cell('2026-09-06T09:24:00Z');
    expect(old).toHaveTextContent(/^6 Sep 09:24Z$/);
    expect(old).not.toHaveAttribute('data-abs');
    expect(cell('2025-12-03T08:05:00Z')).toHaveTextContent(/^2025-12-03 08:05Z$/);
    expect(cell('2026-09-06T09:24:00Z', 'local')).toHaveAttribute('data-zone', 'local');
  });

  it('keeps junk as it came, without an absolute part', () => {
    const junk = cell('not a time');
    expect(junk).toHaveTextContent(/^not a time$/);
    expect(junk).not.toHaveAttribute('data-abs');
  });
});
