import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rangeFor } from './row-range';
import { useRowWindow } from './use-row-window';

describe('row window', () => {
  it('keeps the rows in view plus overscan, bounded at both ends', () => {
    expect(rangeFor(0, 370, 1000, 37, 5)).toEqual({ first: 0, last: 15 });
    expect(rangeFor(3700, 370, 1000, 37, 5)).toEqual({ first: 95, last: 115 });
    expect(rangeFor(37_000, 370, 1000, 37, 5)).toEqual({ first: 995, last: 999 });
    expect(rangeFor(0, 370, 0, 37, 5)).toEqual({ first: 0, last: -1 });
  });
  it('never renders more than a screen and the overscan, whatever the list size', () => {
    const r = rangeFor(1_850_000, 740, 100_000, 37, 6);
    expect(r.last - r.first + 1).toBeLessThanOrEqual(Math.ceil(740 / 37) + 1 + 12);
  });
});

describe('useRowWindow', () => {
  function setup(clientHeight: number) {
    let observed: (() => void) | null = null;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          observed = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('innerHeight', 740);
    const node = document.createElement('div');
    Object.defineProperty(node, 'clientHeight', { value: clientHeight });
    let renders = 0;
    const hook = renderHook(() => {
      renders++;
      return useRowWindow({ current: node }, 1000, 37, 3);
    });
    return { hook, node, measure: () => act(() => observed!()), renders: () => renders };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('does not re-render at the first measure when the guess (a window of rows) already shows every row in view', () => {
    const { hook, measure, renders } = setup(480);
    expect(hook.result.current).toEqual({ first: 0, last: 20 });
    const before = renders();
    measure();
    expect(renders()).toBe(before);
    expect(hook.result.current).toEqual({ first: 0, last: 20 });
  });

  it('measures for good at the first scroll of a row or more, with the overscan', () => {
    const { hook, node, renders } = setup(480);
    const before = renders();
    act(() => {
      node.scrollTop = 370;
      node.dispatchEvent(new Event('scroll'));
    });
    expect(renders()).toBe(before + 1);
    expect(hook.result.current).toEqual({ first: 7, last: 26 });
  });

  it('re-renders at the first measure when the list shows more rows than the guess', () => {
    const { hook, measure } = setup(1110);
    measure();
    expect(hook.result.current).toEqual({ first: 0, last: 33 });
  });
});
