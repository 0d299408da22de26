// Loaded pages -> one de-duplicated row array with per-field sort indexes and facet counts, extended
// incrementally as pages arrive; then one pass that filters and sorts it. TanStack Table's own row models
// took 120-680 ms per toggle at 100k rows; this index keeps a toggle to one linear pass (docs/decisions/009).
import type { Operation, OperationList } from '../../../api/schemas';
import type { DataFilters, Sort } from '../search-params';

export type SortField = 'created_at' | 'updated_at' | 'kind' | 'status' | 'type';
const SORT_FIELDS: readonly SortField[] = ['created_at', 'updated_at', 'kind', 'status', 'type'];
type Facet = 'kind' | 'status' | 'type';
const FACETS: readonly Facet[] = ['kind', 'status', 'type'];
export type Facets = Record<Facet, Map<string, number>>;

export interface LoadedRows {
  pages: readonly OperationList[];
  rows: Operation[];
  /** Row index of each id; shared (and grown) by the entry that extends this one, to keep a new page O(page). */
  ids: Map<string, number>;
  created: Float64Array;
  updated: Float64Array;
  /** Row indexes in ascending order of each field (ties by id), built once per data change. */
  ascending: Record<SortField, Int32Array>;
  facets: Facets;
  /** Each row's kind, status and type as a small number (its value's code in `codeOf`), for the filter pass. */
  codes: Record<Facet, Int32Array>;
  /** Value -> code per facet; shared (and grown) by the entries that extend this one, like `ids`. */
  codeOf: Record<Facet, Map<string, number>>;
}

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};

type Compare = (a: number, b: number) => number;

/** Ascending order of a field, ties by id; text fields tie by newest first (descendingOrder keeps that for "desc"). */
function comparator(field: SortField, rows: Operation[], created: Float64Array, updated: Float64Array): Compare {
  const byId = (a: number, b: number) => (rows[a]!.id < rows[b]!.id ? -1 : rows[a]!.id > rows[b]!.id ? 1 : 0);
  if (field === 'created_at' || field === 'updated_at') {
    const keys = field === 'created_at' ? created : updated;
    return (a, b) => keys[a]! - keys[b]! || byId(a, b);
  }
  return (a, b) => {
    const x = rows[a]![field];
    const y = rows[b]![field];
    return x < y ? -1 : x > y ? 1 : created[b]! - created[a]! || byId(a, b);
  };
}

function sortedIndexes(cmp: Compare, from: number, to: number): Int32Array {
  const idx = new Int32Array(to - from);
  for (let i = from; i < to; i++) idx[i - from] = i;
  return idx.sort(cmp);
}

/**
 * Merges a page's sorted indexes into the ascending list: a binary search per new row and block copies in between, so
 * a page costs ~100 log n comparisons and one memcpy instead of n comparisons (28 ms a page at 35k rows before).
 */
function mergeIndexes(a: Int32Array, b: Int32Array, cmp: Compare): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let from = 0;
  let k = 0;
  for (let j = 0; j < b.length; j++) {
    const x = b[j]!;
    // First position whose row sorts after x: equal rows already loaded stay first, as a linear merge would keep them.
    let lo = from;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(a[mid]!, x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.set(a.subarray(from, lo), k);
    k += lo - from;
    from = lo;
    out[k++] = x;
  }
  out.set(a.subarray(from), k);
  return out;
}

const emptyFacets = (): Facets => ({ kind: new Map(), status: new Map(), type: new Map() });

/** Pages changed in place (live updates) that only gain or refresh rows, or null when a rebuild is needed. */
function patchedPages(pages: readonly OperationList[], prev: LoadedRows): number[] | null {
  if (pages.length < prev.pages.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < prev.pages.length; i++) {
    if (pages[i] === prev.pages[i]) continue;
    // A refresh that dropped rows is not a patch: rebuild, so vanished rows go too.
    const now = new Set(pages[i]!.items.map((op) => op.id));
    if (!prev.pages[i]!.items.every((op) => now.has(op.id))) return null;
    changed.push(i);
  }
  return changed;
}

const count = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);

/**
 * Builds (or extends, when `prev.pages` is a prefix of `pages`, or patches, when live updates replaced some of its
 * pages with supersets) the loaded rows. Rows are de-duplicated by id; a refreshed copy replaces the row in place.
 */
export function loadRows(pages: readonly OperationList[], prev?: LoadedRows): LoadedRows {
  const changed = prev ? patchedPages(pages, prev) : null;
  const base = changed ? prev : undefined;
  const ids = base ? base.ids : new Map<string, number>();
  const codeOf = base ? base.codeOf : { kind: new Map<string, number>(), status: new Map<string, number>(), type: new Map<string, number>() };
  const code = (f: Facet, value: string) => {
    let c = codeOf[f].get(value);
    if (c === undefined) codeOf[f].set(value, (c = codeOf[f].size));
    return c;
  };
  const start = base ? base.rows.length : 0;
  const fresh: Operation[] = [];
  const replaced = new Map<number, Operation>();
  const take = (op: Operation) => {
    const at = ids.get(op.id);
    if (at === undefined) {
      ids.set(op.id, start + fresh.length);
      fresh.push(op);
    } else if (base && at < start && base.rows[at] !== op && !replaced.has(at)) replaced.set(at, op);
  };
  for (const i of changed ?? []) for (const op of pages[i]!.items) take(op);
  for (const page of pages.slice(base ? base.pages.length : 0)) for (const op of page.items) take(op);
  if (base && fresh.length === 0 && replaced.size === 0) return { ...base, pages };
  const rows = base ? base.rows.concat(fresh) : fresh;
  const created = new Float64Array(rows.length);
  const updated = new Float64Array(rows.length);
  const codes = { kind: new Int32Array(rows.length), status: new Int32Array(rows.length), type: new Int32Array(rows.length) };
  if (base) {
    created.set(base.created);
    updated.set(base.updated);
    for (const f of FACETS) codes[f].set(base.codes[f]);
  }
  const facets = base ? { kind: new Map(base.facets.kind), status: new Map(base.facets.status), type: new Map(base.facets.type) } : emptyFacets();
  // Replaced rows leave the indexes of the fields that changed and are merged back in with the new rows.
  const moved: Record<SortField, number[]> = { created_at: [], updated_at: [], kind: [], status: [], type: [] };
  for (const [i, op] of replaced) {
    const old = rows[i]!;
    rows[i] = op;
    created[i] = time(op.created_at);
    updated[i] = time(op.updated_at);
    const createdMoved = created[i] !== base!.created[i];
    if (createdMoved) moved.created_at.push(i);
    if (updated[i] !== base!.updated[i]) moved.updated_at.push(i);
    for (const f of FACETS) {
      codes[f][i] = code(f, op[f]);
      if (old[f] !== op[f] || createdMoved) moved[f].push(i);
      count(facets[f], old[f], -1);
      count(facets[f], op[f], 1);
      if (facets[f].get(old[f]) === 0) facets[f].delete(old[f]);
    }
  }
  for (let i = start; i < rows.length; i++) {
    const op = rows[i]!;
    created[i] = time(op.created_at);
    updated[i] = time(op.updated_at);
    for (const f of FACETS) {
      count(facets[f], op[f], 1);
      codes[f][i] = code(f, op[f]);
    }
  }
  const ascending = {} as Record<SortField, Int32Array>;
  for (const field of SORT_FIELDS) {
    const cmp = comparator(field, rows, created, updated);
    const added = sortedIndexes(cmp, start, rows.length);
    if (!base) {
      ascending[field] = added;
      continue;
    }
    const out = moved[field];
    if (!out.length) {
      ascending[field] = mergeIndexes(base.ascending[field], added, cmp);
      continue;
    }
    const gone = new Set(out);
    const kept = base.ascending[field].filter((i) => !gone.has(i));
    const back = Int32Array.from(out).sort(cmp);
    ascending[field] = mergeIndexes(kept, mergeIndexes(back, added, cmp), cmp);
  }
  return { pages, rows, ids, created, updated, ascending, facets, codes, codeOf };
}

/** Keeps the loaded rows of the last few queries, so switching back to a cached filter costs no rebuild. */
export function createLoadedCache(max = 6) {
  const byKey = new Map<string, LoadedRows>();
  return (key: string, pages: readonly OperationList[]): LoadedRows => {
    for (const entry of byKey.values()) if (entry.pages === pages) return entry;
    const next = loadRows(pages, byKey.get(key));
    byKey.delete(key);
    byKey.set(key, next);
    if (byKey.size > max) byKey.delete(byKey.keys().next().value as string);
    return next;
  };
}

/** The client side of the filters (older deployments ignore them on the server), or null when nothing filters. */
function filterParts(f: DataFilters) {
  const { from, to } = f; // instants: dataFilters read plain days in the chosen zone
  const parts = {
    kind: f.kind,
    status: f.status,
    type: f.type,
    q: f.q.trim().toLowerCase(),
    resource: f.resource.toLowerCase(),
    min: from ? Date.parse(from) : -Infinity,
    max: to ? Date.parse(to) : Infinity,
  };
  return parts.kind.length || parts.status.length || parts.type.length || parts.q || parts.resource || from || to ? parts : null;
}

const matchesText = (op: Operation, q: string) => op.id.toLowerCase().includes(q) || op.resource_id.toLowerCase().includes(q);
/** The whole resource id (case aside), where the search takes any part of it. `resource` is lower case already. */
const matchesResource = (op: Operation, resource: string) => op.resource_id.toLowerCase() === resource;

/** A predicate for the client side of the filters, for rows outside a LoadedRows (live updates). */
export function createMatcher(f: DataFilters): ((op: Operation, createdMs: number) => boolean) | null {
  const parts = filterParts(f);
  if (!parts) return null;
  const { q, resource, min, max } = parts;
  const [kind, status, type] = FACETS.map((facet) => (parts[facet].length ? new Set(parts[facet]) : null));
  return (op, createdMs) =>
    (!kind || kind.has(op.kind)) &&
    (!status || status.has(op.status)) &&
    (!type || type.has(op.type)) &&
    createdMs >= min &&
    createdMs <= max &&
    (!resource || matchesResource(op, resource)) &&
    (!q || matchesText(op, q));
}

// Row indexes that matched, reused by every call (viewRows runs synchronously): a toggle allocates only its result.
const descending = new WeakMap<Int32Array, Int32Array>();

/**
 * The order for "desc", made once per index: reversed, except that rows with equal kind, status or type keep their
 * newest-first order. Only the groups reverse, so "Status desc" lists each status newest first, as "asc" does.
 */
function descendingOrder(loaded: LoadedRows, field: SortField): Int32Array {
  const asc = loaded.ascending[field];
  let out = descending.get(asc);
  if (out) return out;
  out = new Int32Array(asc.length);
  const group = field === 'created_at' || field === 'updated_at' ? null : loaded.codes[field];
  let k = 0;
  for (let end = asc.length; end > 0; ) {
    let start = end - 1;
    if (group) while (start > 0 && group[asc[start - 1]!] === group[asc[start]!]) start--;
    out.set(asc.subarray(start, end), k);
    k += end - start;
    end = start;
  }
  descending.set(asc, out);
  return out;
}

let matched = new Int32Array(0);

/**
 * One pass over the sort index: the visible rows, filtered and sorted. Kind, status and type are compared as codes
 * in typed arrays, not through a predicate per row: the first filter click after loading 100k rows spent ~15 ms
 * in a closure V8 had not optimized yet. The result is allocated once at its final length (a pushed 100k array
 * allocated ~2.7 MB per toggle as it grew, and its garbage brought major GCs into toggles).
 */
export function viewRows(loaded: LoadedRows, f: DataFilters, sort: Sort = f.sort): Operation[] {
  const [field, dir] = sort.split(':') as [SortField, 'asc' | 'desc'];
  const order = dir === 'desc' ? descendingOrder(loaded, field) : loaded.ascending[field];
  const { rows, created, codes, codeOf } = loaded;
  const n = order.length;
  const parts = filterParts(f);
  if (!parts) {
    const out = new Array<Operation>(n);
    for (let k = 0; k < n; k++) out[k] = rows[order[k]!]!;
    return out;
  }
  // Per facet, 1 for each code the filter allows; null when the facet does not filter.
  const allowed = (facet: Facet) => {
    if (!parts[facet].length) return null;
    const a = new Uint8Array(codeOf[facet].size);
    for (const value of parts[facet]) {
      const c = codeOf[facet].get(value);
      if (c !== undefined) a[c] = 1;
    }
    return a;
  };
  const [kind, status, type] = FACETS.map(allowed);
  const { kind: kindOf, status: statusOf, type: typeOf } = codes;
  const { q, resource, min, max } = parts;
  if (matched.length < n) matched = new Int32Array(Math.max(n, matched.length * 2));
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (kind && !kind[kindOf[i]!]) continue;
    if (status && !status[statusOf[i]!]) continue;
    if (type && !type[typeOf[i]!]) continue;
    const t = created[i]!;
    if (t < min || t > max) continue;
    if (resource && !matchesResource(rows[i]!, resource)) continue;
    if (q && !matchesText(rows[i]!, q)) continue;
    matched[count++] = i;
  }
  const out = new Array<Operation>(count);
  for (let k = 0; k < count; k++) out[k] = rows[matched[k]!]!;
  return out;
}
