// Query logic of the stand-in: filters, multi-key sort, keyset paging and counts over one project's operations.
import { createHash } from 'node:crypto';
import type { CursorPayload } from './cursor';
import { toOperation, type Operation, type StoredOperation } from './types';

export type SortField = 'created_at' | 'updated_at';
export interface SortKey {
  field: SortField;
  dir: 'asc' | 'desc';
}
export interface Filters {
  kind?: Set<string>;
  status?: Set<string>;
  type?: Set<string>;
  resource_id?: Set<string>;
  createdMin?: number;
  createdMax?: number;
}

export class QueryError extends Error {}

const SORT_RE = /^(created_at|updated_at):(asc|desc)$/;
export const DEFAULT_SORT: SortKey[] = [{ field: 'created_at', dir: 'desc' }];

export function parseSort(raw: string | undefined): SortKey[] {
  if (raw === undefined || raw.trim() === '') return DEFAULT_SORT;
  const keys = raw.split(',').map((part) => {
    const m = SORT_RE.exec(part.trim());
    if (!m) throw new QueryError(`Invalid sort "${part}": use created_at or updated_at with :asc or :desc`);
    return { field: m[1] as SortField, dir: m[2] as 'asc' | 'desc' };
  });
  if (new Set(keys.map((k) => k.field)).size !== keys.length) throw new QueryError('A sort field appears twice');
  return keys;
}

/** Accepts repeated parameters and comma-separated lists alike: kind=vm,volume or kind=vm&kind=volume. */
export function parseSet(values: string[]): Set<string> | undefined {
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return items.length ? new Set(items) : undefined;
}

export function parseTime(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const ms = Date.parse(raw);
  // RFC 3339 needs the offset: without one, Date.parse would read the time in this server's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) || Number.isNaN(ms))
    throw new QueryError(`${name} must be an RFC 3339 date-time with an offset`);
  return ms;
}

export function fingerprint(filters: Filters, sort: SortKey[]): string {
  const norm = (s?: Set<string>) => (s ? [...s].sort().join(',') : '');
  const text = [
    norm(filters.kind),
    norm(filters.status),
    norm(filters.type),
    norm(filters.resource_id),
    filters.createdMin ?? '',
    filters.createdMax ?? '',
    sort.map((k) => `${k.field}:${k.dir}`).join(','),
  ].join('|');
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

export function matches(s: StoredOperation, f: Filters): boolean {
  return (
    (!f.kind || f.kind.has(s.kind)) &&
    (!f.status || f.status.has(s.status)) &&
    (!f.type || f.type.has(s.type)) &&
    (!f.resource_id || f.resource_id.has(s.resource_id)) &&
    (f.createdMin === undefined || s.createdMs >= f.createdMin) &&
    (f.createdMax === undefined || s.createdMs <= f.createdMax)
  );
}

const valueOf = (s: StoredOperation, field: SortField) => (field === 'created_at' ? s.createdMs : s.updatedMs);

export function keyOf(s: StoredOperation, sort: SortKey[]): (number | string)[] {
  return [...sort.map((k) => valueOf(s, k.field)), s.id];
}

/** Compares an item with a cursor key in the given sort order: < 0 when the item comes first. */
function compareToKey(s: StoredOperation, key: (number | string)[], sort: SortKey[]): number {
  for (let i = 0; i < sort.length; i++) {
    const k = sort[i] as SortKey;
    const a = valueOf(s, k.field);
    const b = Number(key[i]);
    if (a !== b) return (a < b ? -1 : 1) * (k.dir === 'asc' ? 1 : -1);
  }
  const id = String(key[sort.length]);
  return s.id === id ? 0 : s.id < id ? -1 : 1;
}

function comparator(sort: SortKey[]) {
  return (x: StoredOperation, y: StoredOperation): number => {
    for (const k of sort) {
      const a = valueOf(x, k.field);
      const b = valueOf(y, k.field);
      if (a !== b) return (a < b ? -1 : 1) * (k.dir === 'asc' ? 1 : -1);
    }
    return x.id === y.id ? 0 : x.id < y.id ? -1 : 1;
  };
}

export interface PageResult {
  items: Operation[];
  lastKey: (number | string)[] | null;
  /** Key to start the previous page after ([] = from the start), or null on the first page. */
  prevKey: (number | string)[] | null;
  hasMore: boolean;
  total: number;
}

/**
 * Where the page before the one starting at `start` begins: the key of the item just before its first match, [] when
 * that page is the first one, null when nothing matches before `start` (there is no previous page).
 */
function previousPageKey(list: StoredOperation[], filters: Filters, sort: SortKey[], start: number, limit: number): (number | string)[] | null {
  let found = 0;
  let first = -1;
  for (let j = start - 1; j >= 0 && found < limit; j--) {
    if (matches(list[j] as StoredOperation, filters)) {
      found++;
      first = j;
    }
  }
  if (!found) return null;
  return first === 0 ? [] : keyOf(list[first - 1] as StoredOperation, sort);
}

/** One project's operations with cached sort orders; `version` changes whenever live data moves. */
export class ProjectStore {
  private sorted = new Map<string, StoredOperation[]>();
  private counts = new Map<string, number>();
  version = 0;

  constructor(readonly items: StoredOperation[]) {}

  touch(): void {
    this.version++;
    this.sorted.clear();
    this.counts.clear();
  }

  private order(sort: SortKey[]): StoredOperation[] {
    const id = sort.map((k) => `${k.field}:${k.dir}`).join(',');
    let list = this.sorted.get(id);
    if (!list) {
      list = [...this.items].sort(comparator(sort));
      this.sorted.set(id, list);
    }
    return list;
  }

  count(filters: Filters, fp: string): number {
    let n = this.counts.get(fp);
    if (n === undefined) {
      n = 0;
      for (const s of this.items) if (matches(s, filters)) n++;
      this.counts.set(fp, n);
    }
    return n;
  }

  page(filters: Filters, sort: SortKey[], fp: string, limit: number, after: CursorPayload | null): PageResult {
    const list = this.order(sort);
    let start = 0;
    // An empty key starts at the beginning: it is the previous_cursor of the second page.
    if (after && after.k.length) {
      // Binary search for the first item strictly after the cursor's key.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareToKey(list[mid] as StoredOperation, after.k, sort) <= 0) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    }
    const out: StoredOperation[] = [];
    let i = start;
    for (; i < list.length && out.length < limit; i++) {
      const s = list[i] as StoredOperation;
      if (matches(s, filters)) out.push(s);
    }
    let hasMore = false;
    for (; i < list.length; i++) {
      if (matches(list[i] as StoredOperation, filters)) {
        hasMore = true;
        break;
      }
    }
    const last = out[out.length - 1];
    return {
      items: out.map(toOperation),
      lastKey: last ? keyOf(last, sort) : null,
      prevKey: after ? previousPageKey(list, filters, sort, start, limit) : null,
      hasMore,
      total: this.count(filters, fp),
    };
  }
}
