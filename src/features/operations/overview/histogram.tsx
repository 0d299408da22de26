// created_at histogram stacked by status. Drag or click bars to pick a range; arrows + Enter do the same by keyboard.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { countOf, formatCount } from '../../../components/format';
import type { Bucket } from './aggregate';
import { statusClass } from './status-colors';

const BAR = 12;
const HEIGHT = 64;

export interface HistogramProps {
  buckets: Bucket[];
  statuses: string[];
  maxBucket: number;
  label: string;
  describedBy: string;
  /** "21:00–21:15" style text for a bucket range, in the chosen time zone */
  rangeText: (from: Bucket, to: Bucket) => string;
  onSelect: (from: Bucket, to: Bucket) => void;
}

export function Histogram({ buckets, statuses, maxBucket, label, describedBy, rangeText, onSelect }: HistogramProps) {
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const [cursor, setCursor] = useState<{ a: number; b: number } | null>(null);
  const n = buckets.length;
  // The rows (and so the buckets) can change under a pick, e.g. after it filtered the list: drop a pick that no longer fits.
  const picked0 = drag ?? cursor;
  const span = picked0 && Math.max(picked0.a, picked0.b) < n ? picked0 : null;
  const [lo, hi] = span ? [Math.min(span.a, span.b), Math.max(span.a, span.b)] : [-1, -1];

  const indexAt = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - rect.left) / (rect.width || 1)) * n)));
  };
  const finish = (a: number, b: number) => {
    setCursor(null);
    onSelect(buckets[Math.min(a, b)]!, buckets[Math.max(a, b)]!);
  };

  function onKeyDown(e: KeyboardEvent) {
    if (!n) return;
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (move) {
      e.preventDefault();
      // The first press lands on the newest bucket.
      if (!cursor) return setCursor({ a: n - 1, b: n - 1 });
      const b = Math.min(n - 1, Math.max(0, cursor.b + move));
      setCursor(e.shiftKey ? { a: cursor.a, b } : { a: b, b });
    } else if (e.key === 'Enter' && cursor) {
      e.preventDefault();
      finish(cursor.a, cursor.b);
    } else if (e.key === 'Escape' && cursor) {
      e.stopPropagation();
      setCursor(null);
    }
  }

  const picked = lo >= 0 ? buckets.slice(lo, hi + 1).reduce((s, b) => s + b.total, 0) : 0;
  return (
    <div
      className="histogram"
      role="group"
      tabIndex={0}
      aria-label={`${label}. Arrow keys pick a time bucket, Shift+arrows widen it, Enter filters the list to it.`}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onBlur={() => setCursor(null)}
    >
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${Math.max(1, n) * BAR} ${HEIGHT}`}
        preserveAspectRatio="none"
        onPointerDown={(e) => {
          if (!n) return;
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const i = indexAt(e);
          setDrag({ a: i, b: i });
        }}
        onPointerMove={(e) => drag && setDrag({ a: drag.a, b: indexAt(e) })}
        onPointerUp={() => {
          if (drag) finish(drag.a, drag.b);
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {lo >= 0 && <rect className="histogram-pick" x={lo * BAR} y={0} width={(hi - lo + 1) * BAR} height={HEIGHT} />}
        {buckets.map((b, i) => {
          let y = HEIGHT;
          return (
            <g key={b.start}>
              <title>{`${rangeText(b, b)}: ${formatCount(b.total)} (${statuses
                .filter((s) => b.byStatus[s])
                .map((s) => `${b.byStatus[s]} ${s}`)
                .join(', ')})`}</title>
              <rect x={i * BAR} y={0} width={BAR} height={HEIGHT} fill="transparent" />
              {statuses.map((s) => {
                const c = b.byStatus[s];
                if (!c) return null;
                const h = (c / (maxBucket || 1)) * (HEIGHT - 2);
                y -= h;
                return <rect key={s} x={i * BAR + 1} y={y} width={BAR - 2} height={h} className={statusClass(s)} />;
              })}
            </g>
          );
        })}
      </svg>
      {/* On screen too, over the chart's corner away from the pick while one is made: what Enter (or releasing a drag) will filter to. */}
      <p className={`histogram-readout${lo + hi > n - 1 ? ' histogram-readout-left' : ''}`} aria-live="polite">
        {lo >= 0 ? `${rangeText(buckets[lo]!, buckets[hi]!)}: ${countOf(picked, 'operation')}. ${drag ? 'Release to filter.' : 'Press Enter to filter.'}` : ''}
      </p>
    </div>
  );
}
