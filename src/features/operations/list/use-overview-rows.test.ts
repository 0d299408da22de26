import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeOperation } from '../../../test/operations';
import { OVERVIEW_FOLLOW_MS, OVERVIEW_THROTTLE_MS, useOverviewRows } from './use-overview-rows';

const a = [makeOperation({ id: 'a' })];
const ab = [...a, makeOperation({ id: 'b' })];
const abc = [...ab, makeOperation({ id: 'c' })];

describe('useOverviewRows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes new pages at most once a second, with the latest rows', () => {
    const { result, rerender } = renderHook(({ rows, key }) => useOverviewRows(rows, key, rows), { initialProps: { rows: a, key: 'f1' } });
    expect(result.current).toBe(a);
    rerender({ rows: ab, key: 'f1' });
    expect(result.current).toBe(a);
    act(() => vi.advanceTimersByTime(OVERVIEW_THROTTLE_MS / 2));
    rerender({ rows: abc, key: 'f1' });
    expect(result.current).toBe(a);
    act(() => vi.advanceTimersByTime(OVERVIEW_THROTTLE_MS / 2));
    expect(result.current).toBe(abc);
  });

  it('follows a filter change shortly after, and ignores a re-sort of the same rows', () => {
    const { result, rerender } = renderHook(({ rows, key, source }) => useOverviewRows(rows, key, source), { initialProps: { rows: ab, key: 'f1', source: ab } });
    rerender({ rows: [...ab].reverse(), key: 'f1', source: ab });
    act(() => vi.advanceTimersByTime(OVERVIEW_THROTTLE_MS * 2));
    expect(result.current).toBe(ab);
    rerender({ rows: a, key: 'f2', source: ab });
    expect(result.current).toBe(ab);
    act(() => vi.advanceTimersByTime(OVERVIEW_FOLLOW_MS));
    expect(result.current).toBe(a);
  });

  it('shows the first rows at once', () => {
    const { result, rerender } = renderHook(({ rows, key }) => useOverviewRows(rows, key, rows), { initialProps: { rows: [] as typeof a, key: 'f1' } });
    expect(result.current).toEqual([]);
    rerender({ rows: ab, key: 'f1' });
    expect(result.current).toBe(ab);
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe(ab);
  });

  it('follows rows updated in place (a live poll settles them: same filters, as many rows), within the throttle', () => {
    const loaded = [makeOperation({ id: 'a', status: 'running' }), makeOperation({ id: 'b', status: 'pending' })];
    const { result, rerender } = renderHook(({ rows, source }) => useOverviewRows(rows, 'f1', source), { initialProps: { rows: loaded, source: loaded } });
    const settled = [makeOperation({ id: 'a', status: 'done' }), makeOperation({ id: 'b', status: 'failed' })];
    rerender({ rows: [...settled], source: settled });
    expect(result.current).toBe(loaded);
    act(() => vi.advanceTimersByTime(OVERVIEW_THROTTLE_MS));
    expect(result.current.map((op) => op.status)).toEqual(['done', 'failed']);
  });
});
