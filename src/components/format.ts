// Number, duration and time formatting shared by every view. Pure functions: easy to test.
// Nothing on the list's first render touches Intl: the first Intl call of a page loads ICU, 7-15 ms of main thread
// measured in Chromium here, before the first rows could be painted (decision 016).

/** "25,000", "-1,234.5" (en-US grouping, at most 3 decimals, as Intl.NumberFormat('en-US') writes them). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '-∞';
  const [int = '', frac] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 && (int !== '0' || frac) ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 9_950) return `${(ms / 1000).toFixed(1)} s`;
  // Round once, then split, so 179.6 s reads "3 min", never "2 min 60 s".
  const total = Math.round(ms / 1000);
  if (total < 60) return `${total} s`;
  const m = Math.floor(total / 60);
  const rs = total % 60;
  if (m < 60) return rs ? `${m} min ${rs} s` : `${m} min`;
  const h = Math.floor(m / 60);
  const rm = m % 60;
  if (h < 48) return rm ? `${h} h ${rm} min` : `${h} h`;
  const d = Math.floor(h / 24);
  const rh = h % 24;
  return rh ? `${d} days ${rh} h` : `${d} days`;
}

/** "1 operation", "4 operations", "1,200 operations": a grouped count and the word that goes with it. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

const UNITS: [string, string, number][] = [
  ['year', 'years', 365 * 86_400_000],
  ['month', 'months', 30 * 86_400_000],
  ['day', 'days', 86_400_000],
  ['h', 'h', 3_600_000],
  ['min', 'min', 60_000],
  ['s', 's', 1000],
];

/** "3 min ago", "2 h ago", "5 days ago", "in 4 s": own wording, so it reads the same in every browser. */
export function formatRelative(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = now - t;
  if (Math.abs(diff) < 5_000) return 'just now';
  for (const [one, many, size] of UNITS) {
    const n = Math.floor(Math.abs(diff) / size);
    if (n >= 1) {
      const text = `${n} ${n === 1 ? one : many}`;
      return diff > 0 ? `${text} ago` : `in ${text}`;
    }
  }
  return 'just now';
}

export type TimeZoneMode = 'local' | 'utc';

const pad = (n: number) => String(n).padStart(2, '0');
// One formatter for every call (constructing one cost ~0.2 ms, twice per row rendered while scrolling), made at the
// first call: only tooltips and headers name the local zone, never the list's first render.
let zoneName: Intl.DateTimeFormat | undefined;
/** "2026-12-04 21:20:05" in the chosen zone, with the zone named: "UTC" or the local abbreviation. */
export function formatAbsolute(iso: string, mode: TimeZoneMode): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (mode === 'utc')
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
  zoneName ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  const zone = zoneName.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`.trim();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "3 Dec", or "3 Dec 2025" in another year than `now`'s, in local time (as toLocaleDateString('en-GB') writes it). */
export function formatShortDate(iso: string, now = Date.now()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const y = d.getFullYear();
  return `${d.getDate()} ${MONTHS[d.getMonth()]}${y === new Date(now).getFullYear() ? '' : ` ${y}`}`;
}

/** A short absolute time for table cells, in the chosen zone: "22:14" today, "3 Dec 22:14" this year, else "2025-12-03 22:14". */
export function formatShortAbsolute(iso: string, mode: TimeZoneMode, now = Date.now()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const utc = mode === 'utc';
  const parts = (x: Date) =>
    utc ? [x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()] : [x.getFullYear(), x.getMonth(), x.getDate()];
  const [y, m, day] = parts(d) as [number, number, number];
  const [ny, nm, nd] = parts(new Date(now)) as [number, number, number];
  const hm = `${pad(utc ? d.getUTCHours() : d.getHours())}:${pad(utc ? d.getUTCMinutes() : d.getMinutes())}`;
  if (y === ny && m === nm && day === nd) return hm;
  if (y === ny) return `${day} ${MONTHS[m]} ${hm}`;
  return `${y}-${pad(m + 1)}-${pad(day)} ${hm}`;
}
