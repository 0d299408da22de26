// Times in the list's cells, as plain functions of their inputs (no hooks): the table draws them for every row, and so
// does the first screenful drawn before React (src/app/prepaint.tsx). The <Time> components are in time.tsx.
import type { PointerEvent } from 'react';
import { formatAbsolute, formatRelative, formatShortAbsolute, type TimeZoneMode } from './format';

/** The time in `zone`, and in the other zone, or null there where both read the same (a browser whose zone is UTC). */
export function zoneReadings(iso: string, zone: TimeZoneMode): [mine: string, other: string | null] {
  const mine = formatAbsolute(iso, zone);
  const other = formatAbsolute(iso, zone === 'utc' ? 'local' : 'utc');
  return [mine, other === mine ? null : other];
}

// The chosen zone first (it is what the UTC/local switch is about), the other one under it when it differs.
export const bothZones = (iso: string, zone: TimeZoneMode) => {
  const [mine, other] = zoneReadings(iso, zone);
  return other ? `${mine}\n${other}` : mine;
};

// The two-zone tooltip of a table cell is written when the pointer arrives, not for every row of every render.
function showBothZones(e: PointerEvent<HTMLTimeElement>) {
  const el = e.currentTarget;
  el.title = bothZones(el.dateTime, el.dataset.zone === 'utc' ? 'utc' : 'local');
}

const DAY_MS = 86_400_000;

/**
 * For table cells, in `zone`: within a day, relative then a short absolute time ("6 min ago 22:14", "23 h ago 4 Dec
 * 22:14"; the second part is CSS content from data-abs, one element less per cell); older, the short absolute alone
 * ("21 Nov 10:12", "2025-12-03 10:12"), which tells one old row from the next where "2 months ago" would not, and fits.
 * A plain function, not a component: no hooks, no fiber of its own (the table reads the zone and the clock tick once,
 * for all its rows).
 */
export function compactTime(iso: string, zone: TimeZoneMode, now = Date.now()) {
  const short = formatShortAbsolute(iso, zone, now);
  const abs = short && zone === 'utc' ? `${short}Z` : short;
  const old = now - Date.parse(iso) >= DAY_MS;
  return (
    <time className="time-compact" dateTime={iso} data-zone={zone} data-abs={old || !abs ? undefined : abs} onPointerEnter={showBothZones}>
      {old ? abs : formatRelative(iso, now)}
    </time>
  );
}
