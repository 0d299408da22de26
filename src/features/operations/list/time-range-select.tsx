// The created-at range: a button disclosing presets ("Last 24 hours") and two date fields. Closed, it is one button:
// two <input type="date"> cost ~12 ms of every cold list load in Chromium (decision 016), so they are made on open.
import { formatAbsolute, formatShortAbsolute, formatShortDate, type TimeZoneMode } from '../../../components/format';
import { isPlainDay } from '../search-params';
import { SelectMenu } from './select-menu';

export interface CreatedRange {
  from: string;
  to: string;
}

const HOUR = 3_600_000;
const PRESETS: [label: string, ms: number][] = [
  ['Last hour', HOUR],
  ['Last 24 hours', 24 * HOUR],
  ['Last 7 days', 7 * 24 * HOUR],
  ['Last 30 days', 30 * 24 * HOUR],
];

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

interface Props {
  range: CreatedRange;
  zone: TimeZoneMode;
  onChange: (next: CreatedRange) => void;
  now?: () => number;
}

export function TimeRangeSelect({ range, zone, onChange, now = Date.now }: Props) {
  const label = rangeLabel(range, zone, now());
  const { from, to } = range;
  // The date fields show an instant's day in the chosen zone (formatAbsolute begins "YYYY-MM-DD"), not its UTC day.
  const day = (value: string) => (isPlainDay(value) ? value : formatAbsolute(value, zone).slice(0, 10));
  const summary = label ? (
    <>
      : <span className="ops-select-count">{label}</span>
    </>
  ) : null;
  return (
    <SelectMenu label="Created" summary={summary} menuClassName="ops-range-menu">
      {(close) => (
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
      )}
    </SelectMenu>
  );
}
