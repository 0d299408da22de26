// The created-at range's menu: presets and the two date fields (time-range-select.tsx loads it when first opened, or
// right after the list's first rows are on screen).
import { formatAbsolute, type TimeZoneMode } from '../../../components/format';
import { isPlainDay } from '../search-params';
import type { CreatedRange } from './time-range-select';

const HOUR = 3_600_000;
const PRESETS: [label: string, ms: number][] = [
  ['Last hour', HOUR],
  ['Last 24 hours', 24 * HOUR],
  ['Last 7 days', 7 * 24 * HOUR],
  ['Last 30 days', 30 * 24 * HOUR],
];

export function TimeRangePanel({ range, zone, onChange, now, close }: { range: CreatedRange; zone: TimeZoneMode; onChange: (next: CreatedRange) => void; now: () => number; close: () => void }) {
  const { from, to } = range;
  // The date fields show an instant's day in the chosen zone (formatAbsolute begins "YYYY-MM-DD"), not its UTC day.
  const day = (value: string) => (isPlainDay(value) ? value : formatAbsolute(value, zone).slice(0, 10));
  return (
    <>
      {PRESETS.map(([text, ms]) => (
        <button
          key={text}
          type="button"
          className="ops-range-preset"
          onClick={() => {
            onChange({ from: new Date(now() - ms).toISOString(), to: '' });
            close();
          }}
        >
          {text}
        </button>
      ))}
      <label className="ops-date">
        <span>From</span>
        <input type="date" className="input" value={day(from)} max={day(to) || undefined} onChange={(e) => onChange({ from: e.target.value, to })} />
      </label>
      <label className="ops-date">
        <span>To</span>
        <input type="date" className="input" value={day(to)} min={day(from) || undefined} onChange={(e) => onChange({ from, to: e.target.value })} />
      </label>
      <button
        type="button"
        className="ops-range-preset"
        disabled={!from && !to}
        onClick={() => {
          onChange({ from: '', to: '' });
          close();
        }}
      >
        Any time
      </button>
    </>
  );
}
