import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const T0 = Date.parse('2026-12-05T09:00:00Z');
const iso = new Date(T0 - 6 * 60_000).toISOString();

// A fresh module per test: the clock keeps its value and timer at module level.
const load = async () => {
  vi.resetModules();
  return import('./clock');
};

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A component that reads the clock; `last` is what it saw at its latest render. */
function readerOf(useClockTick: () => number) {
  const reader = {
    last: 0,
    Reader() {
      reader.last = useClockTick();
      return null;
    },
  };
  return reader;
}

describe('the shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    act(() => setHidden(false));
    vi.useRealTimers();
  });

  it('moves a relative time on while the page stays open', async () => {
    vi.resetModules();
    const { Time } = await import('./time');
    render(<Time iso={iso} />);
    expect(screen.getByText('6 min ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(screen.getByText('16 min ago')).toBeInTheDocument();
  });

  it('a time shown between ticks is measured against the time now, not the last tick', async () => {
    vi.resetModules();
    const { Time } = await import('./time');
    render(<Time iso={iso} />);
    act(() => vi.advanceTimersByTime(20_000));
    // An operation that arrived 20 s after the last tick, created 2 s ago: not "in 18 s".
    render(<Time iso={new Date(T0 + 18_000).toISOString()} />);
    expect(screen.getByText('just now')).toBeInTheDocument();
  });

  it('ticks every TICK_MS for all its readers with one timer, and runs none when nobody reads it', async () => {
    const { useClockTick, TICK_MS } = await load();
    const seen: number[][] = [[], []];
    function Reader({ i }: { i: number }) {
      seen[i]!.push(useClockTick());
      return null;
    }
    const view = render(
      <>
        <Reader i={0} />
        <Reader i={1} />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(TICK_MS));
    expect(seen[0]).toEqual([T0, T0 + TICK_MS]);
    expect(seen[1]).toEqual([T0, T0 + TICK_MS]);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs no timer in a hidden tab and catches up when the tab is shown', async () => {
    const reader = readerOf((await load()).useClockTick);
    render(<reader.Reader />);
    act(() => setHidden(true));
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(T0 + 3_600_000);
    expect(reader.last).toBe(T0);
    act(() => setHidden(false));
    expect(reader.last).toBe(T0 + 3_600_000);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('gives a fresh value to the first reader after nobody read it for a while', async () => {
    const reader = readerOf((await load()).useClockTick);
    render(<reader.Reader />).unmount();
    vi.setSystemTime(T0 + 5 * 60_000);
    render(<reader.Reader />);
    expect(reader.last).toBe(T0 + 5 * 60_000);
  });
});
