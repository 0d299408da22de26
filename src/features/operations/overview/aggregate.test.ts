import { operationAt } from '../../../test/operations';
import { aggregate, aggregateSteps, INPUT_QUIET_MS, percentile, pickStep, sliceAggregate, STEP_ROWS } from './aggregate';

const op = operationAt;

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 0.5)).toBe(5);
    expect(percentile(xs, 0.95)).toBe(10);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('pickStep', () => {
  it('picks the smallest round step that fits', () => {
    expect(pickStep(0, 48)).toBe(60_000);
    expect(pickStep(10 * 3_600_000, 48)).toBe(15 * 60_000);
    // 72 h: hourly would need 73 buckets, 3-hourly needs 25.
    expect(pickStep(3 * 86_400_000, 48)).toBe(3 * 3_600_000);
  });
});

describe('aggregate', () => {
  it('stacks statuses in round time buckets', () => {
    const o = aggregate([
      op('2026-12-04T10:00:10Z', 'done'),
      op('2026-12-04T10:00:50Z', 'failed'),
      op('2026-12-04T10:03:00Z', 'done'),
      op('2026-12-04T10:01:00Z', 'exploded'),
    ]);
    expect(o.step).toBe(60_000);
    expect(o.buckets.map((b) => b.total)).toEqual([2, 1, 0, 1]);
    expect(o.buckets[0]).toMatchObject({ start: Date.parse('2026-12-04T10:00:00Z'), byStatus: { done: 1, failed: 1 } });
    expect(o.buckets[1]?.byStatus).toEqual({ exploded: 1 });
    expect(o.maxBucket).toBe(2);
    expect(o.statuses).toEqual(['done', 'failed', 'exploded']);
  });

  it('computes per-kind failure rate over settled operations and duration percentiles', () => {
    const rows = [
      op('2026-12-04T10:00:00Z', 'done', 'vm', 10),
      op('2026-12-04T10:00:00Z', 'done', 'vm', 20),
      op('2026-12-04T10:00:00Z', 'failed', 'vm', 100),
      op('2026-12-04T10:00:00Z', 'running', 'vm', 999),
      op('2026-12-04T10:00:00Z', 'pending', 'volume'),
    ];
    const o = aggregate(rows);
    expect(o.kinds).toEqual([
      { kind: 'vm', count: 4, settled: 3, failed: 1, failureRate: 1 / 3, p50: 20_000, p95: 100_000 },
      { kind: 'volume', count: 1, settled: 0, failed: 0, failureRate: null, p50: null, p95: null },
    ]);
  });

  it('keeps unreadable dates out of the histogram but counts them', () => {
    const o = aggregate([op('2026-12-04T10:00:00Z', 'done'), { ...op('2026-12-04T10:00:00Z', 'done'), created_at: 'garbage' }]);
    expect(o.undated).toBe(1);
    expect(o.buckets.reduce((s, b) => s + b.total, 0)).toBe(1);
    expect(o.kinds[0]?.count).toBe(2);
  });

  it('handles no rows', () => {
    expect(aggregate([])).toMatchObject({ total: 0, buckets: [], maxBucket: 0, kinds: [] });
  });

  it('stays within the bucket budget and is fast at 100,000 rows', () => {
    const start = Date.parse('2026-11-01T00:00:00Z');
    const statuses = ['done', 'failed', 'running', 'pending'];
    const kinds = ['vm', 'volume', 'vpc', 'firewall_rule'];
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      op(new Date(start + i * 26_000).toISOString(), statuses[i % 4]!, kinds[i % 4]!, (i % 97) + 1),
    );
    const t0 = performance.now();
    const o = aggregate(rows);
    const elapsed = performance.now() - t0;
    expect(o.buckets.length).toBeLessThanOrEqual(48);
    expect(o.buckets.reduce((s, b) => s + b.total, 0)).toBe(100_000);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('aggregate in slices', () => {
  const many = Array.from({ length: STEP_ROWS * 5 + 7 }, (_, i) =>
    op(new Date(Date.parse('2026-12-04T00:00:00Z') + i * 1000).toISOString(), i % 10 === 0 ? 'failed' : 'done', i % 3 ? 'vm' : 'volume', i % 50),
  );

  it('pauses every STEP_ROWS rows and ends with the same result as one pass', () => {
    const steps = aggregateSteps(many);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(r.value).toEqual(aggregate(many));
  });

  it('runs across tasks, and a cancelled run never reports', async () => {
    const result = await new Promise((resolve) => sliceAggregate(many, resolve, 0));
    expect(result).toEqual(aggregate(many));
    const done = vi.fn();
    sliceAggregate(many, done, 0)();
    await new Promise((r) => setTimeout(r, 50));
    expect(done).not.toHaveBeenCalled();
  });

  it('holds off while the person is clicking or typing, then finishes', async () => {
    const done = vi.fn();
    sliceAggregate(many, done, 0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await new Promise((r) => setTimeout(r, INPUT_QUIET_MS / 2));
    expect(done).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith(aggregate(many)), { timeout: 2000 });
  });
});
