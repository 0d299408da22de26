// A few mutually exclusive choices as pressed/unpressed buttons (theme, time zone): one click, state read aloud.
import './segmented-control.css';

export interface Segment<T extends string> {
  value: T;
  label: string;
  /** Decorative glyph shown before the label. */
  icon?: string;
}

export function SegmentedControl<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly Segment<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="segmented">
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.icon && <span aria-hidden="true">{o.icon} </span>}
          {o.label}
        </button>
      ))}
    </div>
  );
}
