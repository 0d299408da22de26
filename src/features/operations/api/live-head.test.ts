import { describe, expect, it } from 'vitest';
import type { Operation, OperationList } from '../../../api/schemas';
import { makeOperation } from '../../../test/operations';
import { loadRows, viewRows } from '../list/loaded-rows';
import { dataFilters, EMPTY_FILTERS } from '../search-params';
import { inFlightIds, mergeHead, showIncoming } from './live-head';
import { EMPTY_HEAD, type ListData } from './live-state';

const at = (minute: number, over: Partial<Operation> = {}) =>
  makeOperation({ created_at: new Date(Date.UTC(2026, 11, 4, 12, minute)).toISOString(), updated_at: new Date(Date.UTC(2026, 11, 4, 12, minute)).toISOString(), ...over });
const page = (items: Operation[], next: string | null = null): OperationList => ({ items, pagination: { next_cursor: next, previous_cursor: null, total_count: 0 } });
const data = (...pages: OperationList[]): ListData => ({ pages, pageParams: pages.map((_, i) => (i ? `c${i}` : undefined)) });
const all = () => true;

describe('live head merge', () => {
  const a = at(3, { status: 'running' });
  const b = at(2);
  const c = at(1);
  const loaded = data(page([a, b], 'c1'), page([c]));

  it('in a view sorted oldest first, counts as new only what was created after the first poll, and sees no gap', () => {
    // Loaded: the oldest rows. The API's newest page holds rows that are only not loaded yet.
    const oldest = data(page([c, b], 'c1'));
    const newer = [at(30), at(29), at(28)];
    const first = mergeHead(oldest, page(newer, 'more'), [], EMPTY_HEAD, all, false);
    expect(first.live.incoming).toEqual([]);
    expect(first.live.gap).toBe(false);
    const created = at(31, { status: 'pending' });
    const second = mergeHead(oldest, page([created, ...newer], 'more'), [], first.live, all, false);
    expect(second.live.incoming.map((o) => o.id)).toEqual([created.id]);
    expect(second.live.gap).toBe(false);
    // A project that was empty at the first poll: whatever appears afterwards is new.
    const empty = mergeHead(data(page([])), page([]), [], EMPTY_HEAD, all, false);
    expect(mergeHead(data(page([])), page([created]), [], empty.live, all, false).live.incoming).toHaveLength(1);
  });

  it('finds the newest of the first poll by instant, not by text: offsets and fractions differ in RFC 3339', () => {
    const oldest = data(page([c, b], 'c1'));
    // By text, "11:30:00+02:00" (09:30Z) sorts after "10:00:00.5Z"; as instants it is the older.
    const head = ['2026-12-04T10:00:00Z', '2026-12-04T10:00:00.5Z', '2026-12-04T11:30:00+02:00'].map((t) => makeOperation({ created_at: t, updated_at: t }));
    const first = mergeHead(oldest, page(head, 'more'), [], EMPTY_HEAD, all, false);
    expect(first.live.since).toBe('2026-12-04T10:00:00.5Z');
    expect(mergeHead(oldest, page(head, 'more'), [], first.live, all, false).live.incoming).toEqual([]);
  });

  it('keeps new operations in the buffer and leaves the loaded pages untouched', () => {
    const fresh = at(4, { status: 'pending' });
    const { data: next, live } = mergeHead(loaded, page([fresh, a, b]), [], EMPTY_HEAD, all);
    expect(next).toBe(loaded);
    expect(live.incoming.map((o) => o.id)).toEqual([fresh.id]);
    expect(live.gap).toBe(false);
  });

  it('refreshes a loaded row in place, replaces only its page, and reports it settled', () => {
    const done = { ...a, status: 'done', updated_at: at(5).created_at };
    const { data: next, live } = mergeHead(loaded, page([done, b]), [], EMPTY_HEAD, all);
    expect(next.pages[0]!.items.map((o) => o.status)).toEqual(['done', 'done']);
    expect(next.pages[0]!.items.map((o) => o.id)).toEqual([a.id, b.id]);
    expect(next.pages[1]).toBe(loaded.pages[1]);
    expect(live.settled).toEqual([a.id]);
    expect(live.incoming).toEqual([]);
  });

  it('drops buffered rows that got loaded meanwhile, and keeps ones the newest page no longer holds', () => {
    const x = at(10);
    const y = at(11);
    const before = { ...EMPTY_HEAD, incoming: [y, x] };
    const withX = data(page([x, a, b]));
    const { live } = mergeHead(withX, page([a, b]), [], before, all);
    expect(live.incoming.map((o) => o.id)).toEqual([y.id]);
  });

  it('buffers only operations that match the filters (older APIs ignore them)', () => {
    const vm = at(6, { kind: 'vm' });
    const vol = at(7, { kind: 'volume' });
    const { live } = mergeHead(loaded, page([vol, vm, a]), [], EMPTY_HEAD, (op) => op.kind === 'vm');
    expect(live.incoming.map((o) => o.id)).toEqual([vm.id]);
  });

  it('flags a gap when a full head page shares no row with what is loaded', () => {
    const { live } = mergeHead(loaded, page([at(20), at(19)], 'more'), [], EMPTY_HEAD, all);
    expect(live.gap).toBe(true);
  });

  it('show puts the buffer on top of page 0, and the loaded index is patched to the same view as a rebuild', () => {
    const fresh = [at(9), at(8)];
    const before = loadRows(loaded.pages);
    const next = showIncoming(loaded, fresh);
    expect(next.pages[0]!.items.slice(0, 2)).toEqual(fresh);
    expect(next.pages[1]).toBe(loaded.pages[1]);
    const patched = loadRows(next.pages, before);
    expect(patched.ids).toBe(before.ids);
    const f = dataFilters(EMPTY_FILTERS, 'utc');
    expect(viewRows(patched, f).map((o) => o.id)).toEqual(viewRows(loadRows(next.pages), f).map((o) => o.id));
    expect(showIncoming(next, fresh)).toBe(next);
  });

  it('a status change patches the loaded index: facets and the status sort follow it', () => {
    const before = loadRows(loaded.pages);
    const { data: next } = mergeHead(loaded, page([{ ...a, status: 'failed' }, b]), [], EMPTY_HEAD, all);
    const patched = loadRows(next.pages, before);
    expect(patched.facets.status.get('failed')).toBe(1);
    expect(patched.facets.status.has('running')).toBe(false);
    const f = dataFilters({ ...EMPTY_FILTERS, status: ['failed'] }, 'utc');
    expect(viewRows(patched, f).map((o) => o.id)).toEqual([a.id]);
    expect(viewRows(patched, f, 'status:asc')).toEqual(viewRows(loadRows(next.pages), f, 'status:asc'));
  });

  it('picks in-flight rows beyond the head, a few per poll, rotating', () => {
    const flying = Array.from({ length: 5 }, (_, i) => at(30 + i, { status: i % 2 ? 'pending' : 'running' }));
    const d = data(page([...flying, b]));
    expect(inFlightIds(d, new Set([flying[0]!.id]), 10, 0)).toEqual(flying.slice(1).map((o) => o.id));
    const first = inFlightIds(d, new Set(), 2, 0);
    const second = inFlightIds(d, new Set(), 2, 1);
    expect(first).toHaveLength(2);
    expect(second.some((id) => first.includes(id))).toBe(false);
  });
});
