// The created-at range: a button disclosing presets ("Last 24 hours") and two date fields. Closed, it is one button:
// two <input type="date"> cost ~12 ms of every cold list load in Chromium (decision 016), so they are made on open,
// from a chunk of their own (time-range-panel.tsx), loaded right after the first rows are on screen (the entry's budget).
import { Suspense, type ComponentProps } from 'react';
import { lazyChunk } from '../../../components/chunk';
import { formatShortAbsolute, formatShortDate, type TimeZoneMode } from '../../../components/format';
import { isPlainDay } from '../search-params';
import { SelectMenu } from './select-menu';
import type { TimeRangePanel as Panel } from './time-range-panel';

export interface CreatedRange {
  from: string;
  to: string;
}

/** A bound as the table shows times, in the chosen zone: a plain day "4 Dec", an instant "4 Dec 22:30" ("22:30" today). */
export const boundLabel = (value: string, zone: TimeZoneMode, now = Date.now()) =>
  isPlainDay(value) ? formatShortDate(`${value}T00:00`, now) : formatShortAbsolute(value, zone, now);

/** Named with every range: a shared link's plain days are the reader's own days in this zone (decision 019). */
export const zoneNote = (zone: TimeZoneMode) => (zone === 'utc' ? '(UTC)' : '(local)');

/** What the closed button says after "Created": nothing for any time. */
export function rangeLabel({ from, to }: CreatedRange, zone: TimeZoneMode, now = Date.now()): string {
  const b = (value: string) => boundLabel(value, zone, now);
  const text = from && to ? `${b(from)} – ${b(to)}` : from ? `since ${b(from)}` : to ? `until ${b(to)}` : '';
  return text && `${text} ${zoneNote(zone)}`;
}

export interface Props {
  range: CreatedRange;
  zone: TimeZoneMode;
  onChange: (next: CreatedRange) => void;
  now?: () => number;
}

const TimeRangePanel = lazyChunk<ComponentProps<typeof Panel>>(() => import('./time-range-panel').then((m) => ({ default: m.TimeRangePanel })));
export const preloadTimeRangePanel = TimeRangePanel.preload;

export function TimeRangeSelect({ range, zone, onChange, now = Date.now }: Props) {
  const label = rangeLabel(range, zone, now());
  const summary = label ? (
    <>
      : <span className="ops-select-count">{label}</span>
    </>
  ) : null;
  return (
    <SelectMenu label="Created" summary={summary} menuClassName="ops-range-menu">
      {(close) => (
        <Suspense fallback={null}>
          <TimeRangePanel range={range} zone={zone} onChange={onChange} now={now} close={close} />
        </Suspense>
      )}
    </SelectMenu>
  );
}
