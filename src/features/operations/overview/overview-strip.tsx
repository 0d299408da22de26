// Above the list: when the filtered operations happened (by status) and how each kind fares. Aggregated once per rows change.
import { memo, useEffect, useId, useState } from 'react';
import type { Operation } from '../../../api/schemas';
import { countOf, formatAbsolute, formatCount, formatDuration } from '../../../components/format';
import { timeZonePreference } from '../../../components/preferences';
import { StatusBadge } from '../../../components/status-badge';
import { aggregate, sliceAggregate, type Bucket, type Overview } from './aggregate';
import { Histogram } from './histogram';
import { KindTable } from './kind-table';
import { OverviewPlaceholder } from './placeholder';
import { statusClass } from './status-colors';
import './overview.css';

export interface OverviewStripProps {
  rows: readonly Operation[];
  /** from is the first instant of the range, to the last (inclusive), both RFC 3339 UTC. */
  onRangeSelect: (fromIso: string, toIso: string) => void;
}

/** Up to this many rows the overview is counted during render; above it, in slices between frames. */
const SYNC_ROWS = 20_000;

// One result per rows array, outside React state. Not useMemo: this strip renders deferred (useDeferredValue), and a
// deferred render that an urgent update interrupts is thrown away with its memoized values, then started again. While
// scrolling, every frame interrupted it and it recounted 100k rows each time: a ~60 ms task per frame (bench).
const overviews = new WeakMap<readonly Operation[], Overview>();

/**
 * The overview of `rows`. Large inputs are counted by sliceAggregate (100,000 rows in one go is a ~50 ms task, which
 * a person scrolling would feel); until that ends, the previous overview stays up (null before the first one).
 */
function useOverview(rows: readonly Operation[]): Overview | null {
  const [latest, setLatest] = useState<Overview | null>(null);
  let overview = overviews.get(rows);
  if (!overview && rows.length <= SYNC_ROWS) overviews.set(rows, (overview = aggregate(rows)));
  useEffect(() => {
    if (overviews.has(rows)) return;
    return sliceAggregate(rows, (done) => {
      overviews.set(rows, done);
      setLatest(done);
    });
  }, [rows]);
  return overview ?? latest;
}

export function OverviewStrip({ rows, onRangeSelect }: OverviewStripProps) {
  const [zone] = timeZonePreference.use();
  const overview = useOverview(rows);
  const headingId = useId();
  const summaryId = useId();
  if (!overview) return <OverviewPlaceholder />;
  const { buckets, statuses, total } = overview;
  const at = (ms: number) => formatAbsolute(new Date(ms).toISOString(), zone);
  const rangeText = (from: Bucket, to: Bucket) => `${at(from.start)} – ${at(to.end)}`;
  const totals = statuses.map((s) => [s, buckets.reduce((n, b) => n + (b.byStatus[s] ?? 0), 0)] as const);

  if (!total) return null;
  const first = buckets[0];
  return (
    <section className="overview" aria-labelledby={headingId}>
      <h2 id={headingId} className="overview-title">
        Overview of {countOf(total, 'operation')}
      </h2>
      {/* Across the strip, not beside the kind table: in the chart's column it wrapped onto 2-3 lines at 821-1233 px. */}
      <p id={summaryId} className="overview-summary">
        {/* The operations' own span, not the steps' bounds: the last step can end hours from now. */}
        {first
          ? `Created ${at(overview.oldest)} – ${at(overview.newest)}, in steps of ${formatDuration(overview.step)}; busiest step: ${formatCount(overview.maxBucket)}.`
          : 'No readable creation times.'}
        {overview.undated > 0 && ` ${formatCount(overview.undated)} without a readable creation time are not drawn.`}
      </p>
      <div className="overview-chart">
        {first && (
          <Histogram
            buckets={buckets}
            statuses={statuses}
            maxBucket={overview.maxBucket}
            label="Operations over time by status"
            describedBy={summaryId}
            rangeText={rangeText}
            onSelect={(from, to) => onRangeSelect(new Date(from.start).toISOString(), new Date(to.end - 1).toISOString())}
          />
        )}
        <ul className="overview-legend" aria-label="Status totals">
          {totals.map(([s, n]) => (
            <li key={s}>
              <span className={`overview-swatch ${statusClass(s)}`} aria-hidden="true" />
              <StatusBadge status={s} /> {formatCount(n)}
            </li>
          ))}
        </ul>
      </div>
      <KindTable kinds={overview.kinds} />
    </section>
  );
}

// Memoized: a filter or sort click re-renders the list page, and the strip (its rows are deferred, so unchanged in that
// render) would otherwise redraw its histogram inside the click's frame.
export default memo(OverviewStrip);
