// A multi-select as a button disclosing checkboxes, each value with how many loaded rows have it.
import { formatCount } from '../../../components/format';
import { SelectMenu } from './select-menu';

interface Props {
  label: string;
  /** Values to offer: the known ones, plus any seen in loaded rows or already selected (the API grows new ones). */
  options: string[];
  counts: Map<string, number>;
  selected: string[];
  onChange: (next: string[]) => void;
  format?: (value: string) => string;
}

export function MultiSelect({ label, options, counts, selected, onChange, format = (v) => v }: Props) {
  const chosen = new Set(selected);
  return (
    <SelectMenu label={label} summary={selected.length ? <span className="ops-select-count"> ({selected.length})</span> : null}>
      {() =>
        options.map((value) => (
          <label key={value} className="ops-select-option">
            <input
              type="checkbox"
              checked={chosen.has(value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((v) => v !== value))}
            />
            <span>{format(value)}</span>
            <span className="ops-muted">{formatCount(counts.get(value) ?? 0)}</span>
          </label>
        ))
      }
    </SelectMenu>
  );
}

/** Known values first (in their documented order), then any others seen or selected, alphabetically. */
export function optionList(known: readonly string[], counts: Map<string, number>, selected: string[]): string[] {
  const extra = new Set([...counts.keys(), ...selected].filter((v) => !known.includes(v)));
  return [...known, ...[...extra].sort()];
}
