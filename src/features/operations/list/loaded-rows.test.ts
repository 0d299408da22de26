import { describe, expect, it } from 'vitest';
import type { Operation, OperationList } from '../../../api/schemas';
import { runInZone } from '../../../test/time-zone';
import { EMPTY_FILTERS, dataFilters, parseListSearch, type ListFilters } from '../search-params';
import { createLoadedCache, createMatcher, loadRows, viewRows } from './loaded-rows';

let seq = 0;
let seed = 42;
// Deterministic pseudo-random numbers: the test must fail or pass the same way every run.
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
function op(patch: Partial<Operation> = {}): Operation {
  seq++;
  const created = new Date(Date.UTC(2026, 8, 1) + seq * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    created_at: created,
    updated_at: created,
    project_id: 'p',
    resource_id: `res-${seq % 3}`,
    kind: 'vm',
    type: 'update',
    status: 'done',
    details: null,
    ...patch,
  };
}
const page = (items: Operation[], next: string | null = null): OperationList => ({ items, pagination: { next_cursor: next, total_count: 99 } });
const view = (pages: OperationList[], f: Partial<ListFilters> = {}) => viewRows(loadRows(pages), dataFilters({ ...EMPTY_FILTERS, ...f }, 'utc')).map((o) => o.id);

describe('loaded rows', () => {
  it('merges pages and drops rows seen on an earlier page', () => {
    const [a, b, c] = [op(), op(), op()];
    const loaded = loadRows([page([a!, b!], 'x'), page([b!, c!])]);
    expect(loaded.rows.map((r) => r.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(loaded.facets.kind.get('vm')).toBe(3);
  });

  it('extends incrementally to exactly what a full rebuild gives, in every sort order', () => {
    // Pages out of order on purpose: an old deployment may ignore `sort`.
    const ops = Array.from({ length: 250 }, () => op({ updated_at: new Date(Date.UTC(2026, 0, 1) + Math.round(random() * 1e9)).toISOString() }));
    const shuffled = ops.map((o) => [random(), o] as const).sort((a, b) => a[0] - b[0]).map(([, o]) => o);
    const pages = [page(shuffled.slice(0, 100)), page(shuffled.slice(90, 200)), page(shuffled.slice(200))];
    let inc = loadRows(pages.slice(0, 1));
    inc = loadRows(pages.slice(0, 2), inc);
    inc = loadRows(pages, inc);
    const full = loadRows(pages);
    expect(inc.rows).toHaveLength(250);
    for (const sort of ['created_at:desc', 'created_at:asc', 'updated_at:desc', 'updated_at:asc'] as const) {
      const f = dataFilters({ ...EMPTY_FILTERS, sort }, 'utc');
      expect(viewRows(inc, f)).toEqual(viewRows(full, f));
      const [field, dir] = sort.split(':') as ['created_at' | 'updated_at', string];
      const expected = [...ops].sort((x, y) => Date.parse(x[field]) - Date.parse(y[field]) || (x.id < y.id ? -1 : 1));
      if (dir === 'desc') expected.reverse();
      expect(viewRows(full, f).map((o) => o.id)).toEqual(expected.map((o) => o.id));
    }
  });

  it('sorts by text columns in the browser, newest first within a value, incrementally too', () => {
    const kinds = ['vpc', 'vm', 'volume', 'nks_node', 'vm'];
    const ops = Array.from({ length: 60 }, (_, i) => op({ kind: kinds[i % kinds.length]! }));
    const pages = [page(ops.slice(0, 25)), page(ops.slice(25))];
    const full = loadRows(pages);
    const inc = loadRows(pages, loadRows(pages.slice(0, 1)));
    const f = dataFilters(EMPTY_FILTERS, 'utc');
    const asc = viewRows(full, f, 'kind:asc');
    expect(viewRows(inc, f, 'kind:asc')).toEqual(asc);
    const expected = [...ops].sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : Date.parse(y.created_at) - Date.parse(x.created_at)));
    expect(asc.map((o) => o.id)).toEqual(expected.map((o) => o.id));
    // Descending reverses the kinds, not the rows within a kind: each kind still reads newest first.
    const expectedDesc = [...ops].sort((x, y) => (x.kind > y.kind ? -1 : x.kind < y.kind ? 1 : Date.parse(y.created_at) - Date.parse(x.created_at)));
    expect(viewRows(full, f, 'kind:desc').map((o) => o.id)).toEqual(expectedDesc.map((o) => o.id));
    expect(viewRows(inc, f, 'kind:desc').map((o) => o.id)).toEqual(expectedDesc.map((o) => o.id));
    // Filtered too, and time columns simply reverse.
    const vms = viewRows(full, dataFilters({ ...EMPTY_FILTERS, kind: ['vm', 'vpc'] }, 'utc'), 'kind:desc');
    expect(vms.map((o) => o.id)).toEqual(expectedDesc.filter((o) => o.kind === 'vm' || o.kind === 'vpc').map((o) => o.id));
    expect(viewRows(full, f, 'created_at:desc')).toEqual([...viewRows(full, f, 'created_at:asc')].reverse());
  });

  it('filters on the client what an old API sends back unfiltered', () => {
    const rows = [
      op({ kind: 'vm', status: 'failed' }),
      op({ kind: 'vm', status: 'done' }),
      op({ kind: 'volume', status: 'failed' }),
      op({ kind: 'connect_connection', status: 'failed', resource_id: 'ABC-123' }),
    ];
    const pages = [page(rows)];
    expect(view(pages, { kind: ['vm'], status: ['failed'] })).toEqual([rows[0]!.id]);
    expect(view(pages, { kind: ['connect_connection'] })).toEqual([rows[3]!.id]);
    expect(view(pages, { q: 'abc-1' })).toEqual([rows[3]!.id]);
    // A resource filter matches the whole id (case aside), not a part of it as the search does.
    expect(view(pages, { resource: 'abc-123' })).toEqual([rows[3]!.id]);
    expect(view(pages, { resource: 'ABC-12' })).toEqual([]);
    expect(view(pages, { q: rows[1]!.id.slice(-5).toUpperCase() })).toEqual([rows[1]!.id]);
  });

  it('filters in either direction, each view its own array of exactly the matching rows', () => {
    const statuses = ['failed', 'done', 'running'];
    const ops = Array.from({ length: 300 }, (_, i) => op({ status: statuses[i % 3]!, created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    const loaded = loadRows([page(ops)]);
    const failed = ops.filter((o) => o.status === 'failed');
    const f = dataFilters({ ...EMPTY_FILTERS, status: ['failed'] }, 'utc');
    const newest = viewRows(loaded, f, 'created_at:desc');
    expect(newest.map((o) => o.id)).toEqual([...failed].reverse().map((o) => o.id));
    // A smaller view after a larger one: nothing of the larger one is left in it, and the first is not changed.
    const fewer = viewRows(loaded, dataFilters({ ...EMPTY_FILTERS, status: ['failed'], q: failed[7]!.id }, 'utc'), 'created_at:asc');
    expect(fewer.map((o) => o.id)).toEqual([failed[7]!.id]);
    expect(newest).toHaveLength(100);
    expect(newest[0]!.id).toBe(failed[99]!.id);
    expect(viewRows(loaded, f, 'created_at:asc').map((o) => o.id)).toEqual(failed.map((o) => o.id));
  });

  it('filters rows loaded page by page, and rows a live update changed, exactly as a fresh load', () => {
    const values = { kind: ['vm', 'volume', 'vpc', 'nks_cluster'], status: ['done', 'failed', 'running'], type: ['create', 'update'] };
    const ops = Array.from({ length: 240 }, (_, i) =>
      op({ kind: values.kind[i % 4]!, status: values.status[i % 3]!, type: values.type[i % 2]!, created_at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }),
    );
    const pages = [page(ops.slice(0, 80)), page(ops.slice(80, 160)), page(ops.slice(160))];
    let inc = loadRows(pages.slice(0, 1));
    inc = loadRows(pages.slice(0, 2), inc);
    inc = loadRows(pages, inc);
    // A live update: page 1 comes back with two rows changed and a kind the list had not seen yet.
    const changed = pages[0]!.items.map((o, i) => (i === 3 ? { ...o, status: 'failed' } : i === 5 ? { ...o, kind: 'firewall_rule' } : o));
    const live = [page(changed), pages[1]!, pages[2]!];
    const patched = loadRows(live, inc);
    const fresh = loadRows(live);
    const filters: Partial<ListFilters>[] = [
      { status: ['failed'] },
      { kind: ['vm', 'firewall_rule'], type: ['update'] },
      { kind: ['nks_cluster'], status: ['running', 'done'], from: '2026-01-03' },
      { kind: ['not_a_kind'] },
      { status: ['failed'], q: ops[6]!.id.slice(0, 8) },
    ];
    for (const f of filters)
      for (const sort of ['created_at:desc', 'kind:asc'] as const) {
        const data = dataFilters({ ...EMPTY_FILTERS, ...f, sort }, 'utc');
        const expected = viewRows(fresh, data).map((o) => o.id);
        expect(viewRows(patched, data).map((o) => o.id), JSON.stringify(f)).toEqual(expected);
      }
    const failed = viewRows(patched, dataFilters({ ...EMPTY_FILTERS, status: ['failed'] }, 'utc'));
    expect(failed.map((o) => o.id)).toContain(ops[3]!.id);
    expect(failed.every((o) => o.status === 'failed')).toBe(true);
    expect(viewRows(patched, dataFilters({ ...EMPTY_FILTERS, kind: ['firewall_rule'] }, 'utc')).map((o) => o.id)).toEqual([ops[5]!.id]);
  });

  it('applies the created-at range with whole days for bare dates', () => {
    const early = op({ created_at: '2026-09-02T23:59:59Z' });
    const inside = op({ created_at: '2026-09-03T12:00:00Z' });
    const late = op({ created_at: '2026-09-05T00:00:00Z' });
    const pages = [page([early, inside, late])];
    expect(view(pages, { from: '2026-09-03', to: '2026-09-04' })).toEqual([inside.id]);
    expect(view(pages, { from: '2026-09-03T12:00:00Z' })).toEqual([late.id, inside.id]);
  });

  it('reuses the rows of a query it has seen, and rebuilds when pages are replaced', () => {
    const cache = createLoadedCache();
    const p1 = [page([op(), op()])];
    const first = cache('a', p1);
    expect(cache('b', p1)).toBe(first); // placeholder data: the same pages, no rebuild
    const p2 = [...p1, page([op()])];
    expect(cache('a', p2).rows).toHaveLength(3);
    const refetched = [page([op()])];
    expect(cache('a', refetched).rows).toHaveLength(1);
  });
});

describe('loaded rows in Los Angeles', () => {
  runInZone('America/Los_Angeles');

  it('a plain day is the local day when Local is chosen, the UTC day when UTC is', () => {
    const utcDayStart = op({ created_at: '2026-12-04T00:00:00Z' }); // 3 Dec 16:00 in Los Angeles
    const localMorning = op({ created_at: '2026-12-04T08:00:00Z' }); // 4 Dec 00:00
    const localEvening = op({ created_at: '2026-12-05T07:59:00Z' }); // 4 Dec 23:59
    const pages = [page([utcDayStart, localMorning, localEvening])];
    const day = parseListSearch('from=2026-12-04&to=2026-12-04').filters;
    expect(viewRows(loadRows(pages), dataFilters(day, 'local')).map((o) => o.id)).toEqual([localEvening.id, localMorning.id]);
    expect(viewRows(loadRows(pages), dataFilters(day, 'utc')).map((o) => o.id)).toEqual([localMorning.id, utcDayStart.id]);
    // Live updates are matched the same way.
    const live = createMatcher(dataFilters(day, 'local'))!;
    expect([utcDayStart, localMorning, localEvening].map((o) => live(o, Date.parse(o.created_at)))).toEqual([false, true, true]);
  });
});
