// The ONE place that parses and writes list view state (filters, sort, range, live) to the URL.
// Parsing tolerates junk (malformed values are dropped and reported); serialising uses a stable order,
// so equal views give equal URLs. The URL is a public contract: links get shared.
import type { TimeZoneMode } from '../../components/format';

/** Sorts the API understands (its own format); the list asks for these and re-sorts what it gets. */
export const API_SORTS = ['created_at:desc', 'created_at:asc', 'updated_at:desc', 'updated_at:asc'] as const;
/** Plus sorts done only in the browser, over the loaded rows (the API cannot sort by these). */
export const SORTS = [...API_SORTS, 'kind:asc', 'kind:desc', 'status:asc', 'status:desc', 'type:asc', 'type:desc'] as const;
export type Sort = (typeof SORTS)[number];
export type ApiSort = (typeof API_SORTS)[number];
export const DEFAULT_SORT: ApiSort = 'created_at:desc';
/** What to ask the API for: a browser-only sort asks for the default order, so it needs no new request. */
export const apiSort = (sort: Sort): ApiSort => ((API_SORTS as readonly string[]).includes(sort) ? (sort as ApiSort) : DEFAULT_SORT);

export interface ListFilters {
  kind: string[];
  status: string[];
  type: string[];
  /** case-insensitive substring of id or resource_id, searched in the loaded rows only */
  q: string;
  /** one resource's operations: sent as `resource_id` (newer APIs filter) and matched exactly in the browser */
  resource: string;
  sort: Sort;
  /** created_at range, as typed: RFC 3339 or YYYY-MM-DD (a day in the zone the person chose, decision 019) */
  from: string;
  to: string;
  live: boolean;
}

export const EMPTY_FILTERS: ListFilters = {
  kind: [],
  status: [],
  type: [],
  q: '',
  resource: '',
  sort: DEFAULT_SORT,
  from: '',
  to: '',
  live: true,
};

export interface ParseResult {
  filters: ListFilters;
  /** Human-readable names of what was ignored, e.g. `status=exploded`. */
  ignored: string[];
}

// Kinds, statuses and types are open-ended (the API grows new values, and the filter menus offer the ones seen in
// the data), so any well-formed identifier is accepted; junk is dropped and named.
const VALUE_RE = /^[a-z][a-z0-9_]{0,63}$/;
const isValue = (v: string) => VALUE_RE.test(v);
const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const MAX_Q = 200;
/** Per filter: more than the API has values for, few enough that the request to the API stays short. */
export const MAX_VALUES = 20;
const KNOWN_KEYS = new Set(['kind', 'status', 'type', 'q', 'resource', 'sort', 'from', 'to', 'live']);
// Resource ids are UUIDs in practice; any short id-like value is kept, as the API may use other forms.
const RESOURCE_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** Well-formed and a real calendar day: Date.parse takes 2026-02-30 and reads it as 2 March. */
const isValidDate = (v: string) => {
  if (!DATE_RE.test(v) || Number.isNaN(Date.parse(v))) return false;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
};

function parseList(
  params: URLSearchParams,
  key: 'kind' | 'status' | 'type',
  valid: (v: string) => boolean,
  ignored: string[],
): string[] {
  const out = new Set<string>();
  let over = 0;
  for (const raw of params.getAll(key)) {
    for (const part of raw.split(',')) {
      const v = part.trim().toLowerCase();
      if (!v) continue;
      if (!valid(v)) ignored.push(`${key}=${part.trim().slice(0, 40)}`);
      else if (out.size < MAX_VALUES || out.has(v)) out.add(v);
      else over++;
    }
  }
  if (over) ignored.push(`${over.toLocaleString('en-US')} ${key} values over the limit of ${MAX_VALUES}`);
  return [...out].sort();
}

export function parseListSearch(search: string | URLSearchParams): ParseResult {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const filters: ListFilters = {
    kind: parseList(params, 'kind', isValue, ignored),
    status: parseList(params, 'status', isValue, ignored),
    type: parseList(params, 'type', isValue, ignored),
    q: '',
    resource: '',
    sort: DEFAULT_SORT,
    from: '',
    to: '',
    live: true,
  };

  const q = (params.get('q') ?? '').trim();
  if (q.length > MAX_Q) ignored.push(`q (longer than ${MAX_Q} characters)`);
  else filters.q = q;

  const resource = (params.get('resource') ?? '').trim();
  if (resource && RESOURCE_RE.test(resource)) filters.resource = resource;
  else if (resource) ignored.push(`resource=${resource.slice(0, 40)}`);

  const sort = params.get('sort');
  if (sort !== null && sort !== '') {
    if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
    else ignored.push(`sort=${sort.slice(0, 40)}`);
  }
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key)?.trim();
    if (!v) continue;
    if (isValidDate(v)) filters[key] = v;
    else ignored.push(`${key}=${v.slice(0, 40)}`);
  }
  const live = params.get('live');
  if (live !== null) {
    if (live === '0' || live === '1') filters.live = live === '1';
    else ignored.push(`live=${live.slice(0, 10)}`);
  }
  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) ignored.push(key.slice(0, 40));
  return { filters, ignored };
}

/** Stable order, defaults left out: equal views give equal URLs. */
export function serializeListSearch(filters: ListFilters): string {
  const parts: [string, string][] = [];
  for (const key of ['kind', 'status', 'type'] as const) {
    if (filters[key].length) parts.push([key, [...new Set(filters[key])].sort().join(',')]);
  }
  if (filters.q.trim()) parts.push(['q', filters.q.trim()]);
  if (filters.resource) parts.push(['resource', filters.resource]);
  if (filters.sort !== DEFAULT_SORT) parts.push(['sort', filters.sort]);
  if (filters.from) parts.push(['from', filters.from]);
  if (filters.to) parts.push(['to', filters.to]);
  if (!filters.live) parts.push(['live', '0']);
  // Commas and colons stay readable in shared links (kind=vm,volume&sort=kind:asc); everything else is encoded.
  return parts.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':')}`).join('&');
}

/**
 * The part of the filters that decides which rows exist (not how they are shown): the query key uses it. The range is
 * resolved to instants here, plain days in `zone`, so the key changes with the Local/UTC choice exactly when the request does.
 */
export function dataFilters(f: ListFilters, zone: TimeZoneMode) {
  const instant = (edge: 'from' | 'to') => rangeToInstant(f[edge], edge, zone) ?? '';
  return { kind: f.kind, status: f.status, type: f.type, q: f.q, resource: f.resource, sort: apiSort(f.sort), from: instant('from'), to: instant('to') };
}
export type DataFilters = ReturnType<typeof dataFilters>;

/** A `from`/`to` value that is a plain day (`2026-12-04`), not an instant. */
export const isPlainDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Converts a `from`/`to` value to an RFC 3339 instant. A plain day is the start (from) or end (to) of that day in `zone`,
 * the zone every time on screen is shown in (docs/decisions/019); an instant stays that instant.
 */
export function rangeToInstant(value: string, edge: 'from' | 'to', zone: TimeZoneMode): string | undefined {
  if (!value) return undefined;
  // A date-time without an offset is local time (ECMAScript), with Z it is UTC.
  const iso = isPlainDay(value) ? `${value}T${edge === 'from' ? '00:00:00.000' : '23:59:59.999'}${zone === 'utc' ? 'Z' : ''}` : value;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export const hasActiveFilters = (f: ListFilters): boolean =>
  f.kind.length > 0 || f.status.length > 0 || f.type.length > 0 || !!f.q || !!f.resource || !!f.from || !!f.to;
