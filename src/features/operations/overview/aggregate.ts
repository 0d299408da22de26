// Overview numbers for the filtered rows: a created_at histogram stacked by status, and per-kind counts, failure
// rate and duration percentiles. Linear in the rows (plus sorting durations): it must stay cheap at 100,000 rows.
import type { Operation } from '../../../api/schemas';
import { durationMs, isSettled } from '../operation-model';

export interface Bucket {
  /** epoch ms, inclusive */
  start: number;
  /** epoch ms, exclusive */
  end: number;
  total: number;
  byStatus: Record<string, number>;
}

export interface KindStats {
  kind: string;
  count: number;
  settled: number;
  failed: number;
  /** failed / settled; null while nothing has settled */
  failureRate: number | null;
  p50: number | null;
  p95: number | null;
}

export interface Overview {
  total: number;
  /** rows whose created_at could not be read: counted in kinds, left out of the histogram */
  undated: number;
  step: number;
  /** epoch ms of the oldest and the newest readable created_at (NaN without one): the span the chart covers */
  oldest: number;
  newest: number;
  buckets: Bucket[];
  maxBucket: number;
  /** statuses present, known ones first in a fixed order */
  statuses: string[];
  kinds: KindStats[];
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Round steps, so a bucket is a range a person would type.
const STEPS = [MIN, 5 * MIN, 15 * MIN, 30 * MIN, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 30 * DAY];
const STATUS_ORDER = ['done', 'failed', 'running', 'pending', 'unknown'];

export function pickStep(span: number, maxBuckets: number): number {
  for (const s of STEPS) if (Math.floor(span / s) + 1 <= maxBuckets) return s;
  const month = STEPS[STEPS.length - 1]!;
  return Math.ceil((Math.floor(span / month) + 1) / maxBuckets) * month;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

// Row objects are stable while loaded, so each one's times are parsed once, not on every recount.
const parsed = new WeakMap<Operation, { created: number; duration: number | null }>();
function timesOf(op: Operation) {
  let t = parsed.get(op);
  if (!t || (t.duration === null && isSettled(op.status))) {
    t = { created: Date.parse(op.created_at), duration: durationMs(op) };
    parsed.set(op, t);
  }
  return t;
}

const statusRank = (s: string) => {
  const i = STATUS_ORDER.indexOf(s);
  return i < 0 ? STATUS_ORDER.length : i;
};

/** The whole aggregate in one go (tests, small inputs). */
export function aggregate(rows: readonly Operation[], maxBuckets = 48): Overview {
  const steps = aggregateSteps(rows, maxBuckets);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Rows per step of aggregateSteps: ~1-3 ms each on a slow machine. */
export const STEP_ROWS = 5000;

/**
 * The aggregate as a generator that pauses every STEP_ROWS rows, so a caller can spread 100,000 rows (~50 ms on this
 * 2-core machine) over several tasks instead of one long task (sliceAggregate).
 */
export function* aggregateSteps(rows: readonly Operation[], maxBuckets = 48): Generator<void, Overview> {
  const times = new Float64Array(rows.length);
  let min = Infinity;
  let max = -Infinity;
  const kinds = new Map<string, { count: number; settled: number; failed: number; durations: number[] }>();
  const statuses = new Set<string>();

  for (let i = 0; i < rows.length; i++) {
    const op = rows[i]!;
    const parsedTimes = timesOf(op);
    const t = parsedTimes.created;
    times[i] = t;
    if (t < min) min = t;
    if (t > max) max = t;
    statuses.add(op.status);
    let k = kinds.get(op.kind);
    if (!k) kinds.set(op.kind, (k = { count: 0, settled: 0, failed: 0, durations: [] }));
    k.count++;
    if (isSettled(op.status)) k.settled++;
    if (op.status === 'failed') k.failed++;
    const ms = parsedTimes.duration;
    if (ms !== null) k.durations.push(ms);
    if ((i + 1) % STEP_ROWS === 0) yield;
  }

  const buckets: Bucket[] = [];
  let undated = 0;
  let step = MIN;
  if (min !== Infinity) {
    step = pickStep(max - min, maxBuckets);
    const first = Math.floor(min / step) * step;
    const count = Math.floor((max - first) / step) + 1;
    for (let b = 0; b < count; b++) buckets.push({ start: first + b * step, end: first + (b + 1) * step, total: 0, byStatus: {} });
    for (let i = 0; i < rows.length; i++) {
      const t = times[i]!;
      if (Number.isNaN(t)) {
        undated++;
        continue;
      }
      const bucket = buckets[Math.floor((t - first) / step)]!;
      const s = rows[i]!.status;
      bucket.total++;
      bucket.byStatus[s] = (bucket.byStatus[s] ?? 0) + 1;
      if ((i + 1) % (STEP_ROWS * 4) === 0) yield;
    }
  } else undated = rows.length;

  const kindStats: KindStats[] = [...kinds].map(([kind, k]) => {
    const sorted = Float64Array.from(k.durations).sort(); // typed arrays sort numerically, natively
    return {
      kind,
      count: k.count,
      settled: k.settled,
      failed: k.failed,
      failureRate: k.settled ? k.failed / k.settled : null,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
    };
  });
  kindStats.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

  return {
    total: rows.length,
    undated,
    step,
    oldest: min === Infinity ? NaN : min,
    newest: max === -Infinity ? NaN : max,
    buckets,
    maxBucket: buckets.reduce((m, b) => Math.max(m, b.total), 0),
    statuses: [...statuses].sort((a, b) => statusRank(a) - statusRank(b) || a.localeCompare(b)),
    kinds: kindStats,
  };
}

/** After a key press or pointer press, slices wait this long: the toggle's render and frame go first. */
export const INPUT_QUIET_MS = 100;
let lastInput = -Infinity;
let listening = false;
const onInput = () => {
  lastInput = performance.now();
};

/**
 * Runs aggregateSteps in tasks of at most `budgetMs`, yielding to the browser between them (frames, input, scrolling),
 * and calls `done` with the result. Returns a cancel function. A count still running when the person clicks again
 * (the next filter, a quick second toggle) holds off for INPUT_QUIET_MS: its slices were landing between the click's
 * render and its frame (the bench's filter toggle p95).
 */
export function sliceAggregate(rows: readonly Operation[], done: (overview: Overview) => void, budgetMs = 8): () => void {
  if (!listening && typeof document !== 'undefined') {
    listening = true;
    document.addEventListener('pointerdown', onInput, { capture: true, passive: true });
    document.addEventListener('keydown', onInput, { capture: true, passive: true });
  }
  const steps = aggregateSteps(rows);
  const channel = new MessageChannel();
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => channel.port2.postMessage(null);
  channel.port1.onmessage = () => {
    if (cancelled) return;
    const quiet = lastInput + INPUT_QUIET_MS - performance.now();
    if (quiet > 0) {
      timer = setTimeout(next, quiet);
      return;
    }
    const end = performance.now() + budgetMs;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        channel.port1.close();
        return done(r.value);
      }
      if (performance.now() >= end) break;
    }
    next();
  };
  next();
  return () => {
    cancelled = true;
    clearTimeout(timer);
    channel.port1.close();
  };
}
