import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A stand-in for the browser's PerformanceObserver with paint timing; `paint(name)` delivers one entry. */
function fakePaintTiming() {
  const observers: { cb: Callback; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['element', 'paint'];
    private readonly me: { cb: Callback; disconnected: boolean };
    constructor(cb: Callback) {
      this.me = { cb, disconnected: false };
      observers.push(this.me);
    }
    observe() {}
    disconnect() {
      this.me.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint: (name: string) => observers.filter((o) => !o.disconnected).forEach((o) => o.cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) })),
  };
}

const load = async () => {
  vi.resetModules();
  return (await import('./use-first-paint')).useFirstPaintShown;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useFirstPaintShown', () => {
  it('is false until the first contentful paint is reported, then true', async () => {
    const timing = fakePaintTiming();
    const useFirstPaintShown = await load();
    const { result } = renderHook(() => useFirstPaintShown());
    expect(result.current).toBe(false);
    act(() => timing.paint('first-paint'));
    expect(result.current).toBe(false);
    act(() => timing.paint('first-contentful-paint'));
    expect(result.current).toBe(true);
  });

  it('goes on after 1.5 s when no paint comes (a hidden tab)', async () => {
    vi.useFakeTimers();
    fakePaintTiming();
    const useFirstPaintShown = await load();
    const { result } = renderHook(() => useFirstPaintShown());
    act(() => vi.advanceTimersByTime(1499));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('waits for nothing where the browser has no paint timing', async () => {
    vi.stubGlobal('PerformanceObserver', class {
      static supportedEntryTypes = ['element'];
    });
    const useFirstPaintShown = await load();
    expect(renderHook(() => useFirstPaintShown()).result.current).toBe(true);
  });
});
