// A timestamp shown relative ("3 min ago") with the absolute time in the chosen zone, and both zones on hover.
import { useClockTick } from './clock';
import { bothZones } from './compact-time';
import { formatAbsolute, formatRelative } from './format';
import { timeZonePreference } from './preferences';

/** Re-rendered on every clock tick, so "3 min ago" stays true on a page left open. */
export function Time({ iso, now, mode }: { iso: string; now?: number; mode?: 'relative' | 'absolute' }) {
  const [zone] = timeZonePreference.use();
  useClockTick();
  return (
    <time dateTime={iso} title={bothZones(iso, zone)}>
      {mode === 'absolute' ? formatAbsolute(iso, zone) : formatRelative(iso, now)}
    </time>
  );
}

/** Relative and absolute side by side, for headers: "3 min ago · 2026-12-04 21:20:05 UTC". */
export function TimeFull({ iso, now }: { iso: string; now?: number }) {
  const [zone] = timeZonePreference.use();
  useClockTick();
  return (
    <time dateTime={iso} title={bothZones(iso, 'local')}>
      {formatRelative(iso, now)} · {formatAbsolute(iso, zone)}
    </time>
  );
}
