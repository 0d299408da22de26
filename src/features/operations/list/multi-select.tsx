// A multi-select as a disclosure of checkboxes, each value with how many loaded rows have it.
import { useEffect, useRef } from 'react';
import { formatCount } from '../../../components/format';

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
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Close on a click elsewhere or Escape, as a menu would.
    const close = (e: Event) => {
      const node = ref.current;
      if (!node?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !node.contains(e.target as Node)) {
        node.open = false;
        if (e instanceof KeyboardEvent) node.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const chosen = new Set(selected);
  return (
    <details ref={ref} className="ops-select">
      <summary className="button">
        {label}
        {selected.length ? <span className="ops-select-count"> ({selected.length})</span> : null}
      </summary>
      <fieldset className="ops-select-menu">
        <legend className="visually-hidden">{label}</legend>
        {options.map((value) => (
          <label key={value} className="ops-select-option">
            <input
              type="checkbox"
              checked={chosen.has(value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, value] : selected.filter((v) => v !== value))}
            />
            <span>{format(value)}</span>
            <span className="ops-muted">{formatCount(counts.get(value) ?? 0)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** Known values first (in their documented order), then any others seen or selected, alphabetically. */
export function optionList(known: readonly string[], counts: Map<string, number>, selected: string[]): string[] {
  const extra = new Set([...counts.keys(), ...selected].filter((v) => !known.includes(v)));
  return [...known, ...[...extra].sort()];
}
