import { describe, expect, it } from 'vitest';
import { rangeFor } from './use-row-window';

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
