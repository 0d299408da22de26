// Above the list: when the filtered operations happened (by status) and how each kind fares. Aggregated once per rows change.
import { useId } from 'react';
import type { Operation } from '../../../api/schemas';
import { formatAbsolute, formatCount, formatDuration } from '../../../components/format';
import { timeZonePreference } from '../../../components/preferences';
import { StatusBadge } from '../../../components/status-badge';
import { aggregate, type Bucket, type Overview } from './aggregate';
import { Histogram } from './histogram';
import { KindTable } from './kind-table';
import { statusClass } from './status-colors';
import './overview.css';

export interface OverviewStripProps {
  rows: readonly Operation[];
  /** from is the first instant of the range, to the last (inclusive), both RFC 3339 UTC. */
  onRangeSelect: (fromIso: string, toIso: string) => void;
}

// Not useMemo: this strip renders deferred (useDeferredValue), and a deferred render that an urgent update interrupts
// is thrown away with its memoized values, then started again. While scrolling, every frame interrupted it, and it
// recounted 100k rows each time: a ~60 ms task per frame (bench, 3,000 px/s). One result per rows array survives that.
const overviews = new WeakMap<readonly Operation[], Overview>();
function overviewOf(rows: readonly Operation[]): Overview {
  let overview = overviews.get(rows);
  if (!overview) overviews.set(rows, (overview = aggregate(rows)));
  return overview;
}

export function OverviewStrip({ rows, onRangeSelect }: OverviewStripProps) {
  const [zone] = timeZonePreference.use();
  const overview = overviewOf(rows);
  const headingId = useId();
  const summaryId = useId();
  const { buckets, statuses, total } = overview;
  const at = (ms: number) => formatAbsolute(new Date(ms).toISOString(), zone);
  const rangeText = (from: Bucket, to: Bucket) => `${at(from.start)} – ${at(to.end)}`;
  const totals = statuses.map((s) => [s, buckets.reduce((n, b) => n + (b.byStatus[s] ?? 0), 0)] as const);

  if (!total) return null;
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  return (
    <section className="overview" aria-labelledby={headingId}>
      <h2 id={headingId} className="overview-title">
        Overview of {formatCount(total)} {total === 1 ? 'operation' : 'operations'}
      </h2>
      <div className="overview-chart">
        <p id={summaryId} className="overview-summary">
          {first && last
            ? `${rangeText(first, last)}, in steps of ${formatDuration(overview.step)}; busiest step: ${formatCount(overview.maxBucket)}.`
            : 'No readable creation times.'}
          {overview.undated > 0 && ` ${formatCount(overview.undated)} without a readable creation time are not drawn.`}
        </p>
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

export default OverviewStrip;
