// The created-at range: a button disclosing presets ("Last 24 hours") and two date fields. Closed, it is one button:
// two <input type="date"> cost ~12 ms of every cold list load in Chromium (decision 016), so they are made on open.
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

/** A bound as the URL holds it: a bare date stays as it is, an instant reads "2026-12-04 05:30 UTC". */
const bound = (value: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? `${value.slice(0, 10)} ${value.slice(11, 16)} UTC` : value);

/** What the closed button says after "Created": nothing for any time. */
export function rangeLabel({ from, to }: CreatedRange): string {
  if (from && to) return `${bound(from)} – ${bound(to)}`;
  if (from) return `since ${bound(from)}`;
  if (to) return `until ${bound(to)}`;
  return '';
}

export function TimeRangeSelect({ range, onChange, now = Date.now }: { range: CreatedRange; onChange: (next: CreatedRange) => void; now?: () => number }) {
  const label = rangeLabel(range);
  const { from, to } = range;
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
            <input type="date" className="input" value={from.slice(0, 10)} max={to.slice(0, 10) || undefined} onChange={(e) => onChange({ from: e.target.value, to })} />
          </label>
          <label className="ops-date">
            <span>To</span>
            <input type="date" className="input" value={to.slice(0, 10)} min={from.slice(0, 10) || undefined} onChange={(e) => onChange({ from, to: e.target.value })} />
          </label>
          <button type="button" className="ops-range-preset" disabled={!from && !to} onClick={() => onChange({ from: '', to: '' })}>
            Any time
          </button>
        </>
      )}
    </SelectMenu>
  );
}
