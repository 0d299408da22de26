// Small statistics and the result model shared by every section of the bench.

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Metric {
  section: string;
  name: string;
  /** null when not measured; `reason` then says why. */
  value: number | null;
  unit: string;
  /** The metric passes when value <= max (exactly equal for `exact`). */
  target?: { max: number } | { exact: number };
  reason?: string;
  /** Extra context shown in the table, e.g. the samples' spread. */
  note?: string;
}

export type Verdict = 'pass' | 'MISS' | '';

export function verdict(m: Metric): Verdict {
  if (!m.target) return '';
  if (m.value === null || Number.isNaN(m.value)) return 'MISS';
  if ('exact' in m.target) return m.value === m.target.exact ? 'pass' : 'MISS';
  return m.value <= m.target.max ? 'pass' : 'MISS';
}

export const notMeasured = (section: string, name: string, unit: string, reason: string, target?: Metric['target']): Metric => ({
  section,
  name,
  value: null,
  unit,
  reason,
  ...(target ? { target } : {}),
});

const fmt = (v: number, unit: string) =>
  unit === 'KB' || unit === 'MB' || unit === 'x' || unit === 'pages/s' ? v.toFixed(1) : unit === 'ms' ? (v < 10 ? v.toFixed(2) : v.toFixed(0)) : String(Math.round(v));

export function targetText(m: Metric): string {
  if (!m.target) return '';
  return 'exact' in m.target ? `= ${m.target.exact}` : `<= ${m.target.max}`;
}

/** A plain-text table, one row per metric. */
export function formatTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [
    m.section,
    m.name,
    m.value === null ? `not measured: ${m.reason ?? 'unknown'}` : `${fmt(m.value, m.unit)} ${m.unit}`,
    targetText(m),
    verdict(m),
    m.note ?? '',
  ]);
  const head = ['section', 'metric', 'value', 'target', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const misses = (metrics: readonly Metric[]) => metrics.filter((m) => verdict(m) === 'MISS');
