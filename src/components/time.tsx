// A timestamp shown relative ("3 min ago") with the absolute time in the chosen zone, and both zones on hover.
import { formatAbsolute, formatRelative, formatShortAbsolute } from './format';
import { timeZonePreference } from './preferences';

/** `compact`: relative, then a short absolute time in the chosen zone ("6 min ago 22:14"), for table cells. */
export function Time({ iso, now, mode: forced }: { iso: string; now?: number; mode?: 'relative' | 'absolute' | 'compact' }) {
  const [zone] = timeZonePreference.use();
  // The chosen zone first (it is what the UTC/local switch is about), the other one under it.
  const title = () => `${formatAbsolute(iso, zone)}\n${formatAbsolute(iso, zone === 'utc' ? 'local' : 'utc')}`;
  const text = forced === 'absolute' ? formatAbsolute(iso, zone) : formatRelative(iso, now);
  if (forced === 'compact') {
    // Table cells: the two-zone tooltip is written when the pointer arrives, not for every row of every render.
    return (
      <time dateTime={iso} onPointerEnter={(e) => (e.currentTarget.title = title())}>
        {text}
        <span className="time-abs">
          {' '}
          {formatShortAbsolute(iso, zone, now)}
          {zone === 'utc' ? 'Z' : ''}
        </span>
      </time>
    );
  }
  return (
    <time dateTime={iso} title={title()}>
      {text}
    </time>
  );
}

/** Relative and absolute side by side, for headers: "3 min ago · 2026-12-04 21:20:05 UTC". */
export function TimeFull({ iso, now }: { iso: string; now?: number }) {
  const [zone] = timeZonePreference.use();
  return (
    <time dateTime={iso} title={`${formatAbsolute(iso, 'local')}\n${formatAbsolute(iso, 'utc')}`}>
      {formatRelative(iso, now)} · {formatAbsolute(iso, zone)}
    </time>
  );
}
