// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialScripts } from './bundle';
import { formatTable, misses, notMeasured, percentile, type Metric } from './stats';

describe('bench statistics and verdicts', () => {
  it('takes nearest-rank percentiles of unsorted samples', () => {
    const s = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(s, 50)).toBe(5);
    expect(percentile(s, 95)).toBe(10);
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('counts a section that was not measured as a miss, never as a pass', () => {
    const metrics: Metric[] = [
      { section: 'bundle', name: 'initial', value: 119, unit: 'KB', target: { max: 120 } },
      { section: 'deep link', name: 'requests', value: 2, unit: 'req', target: { exact: 1 } },
      notMeasured('scale', 'filter p95', 'ms', 'selector X not found', { max: 50 }),
      notMeasured('scale', 'load all rows', 's', 'list not landed'),
    ];
    expect(misses(metrics).map((m) => m.name)).toEqual(['requests', 'filter p95']);
    expect(formatTable(metrics)).toContain('not measured: selector X not found');
  });

  it('finds the entry script and modulepreloads of a built index.html, not stylesheets', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js"><link rel="stylesheet" href="/assets/index.css">`;
    expect(initialScripts(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });
});
