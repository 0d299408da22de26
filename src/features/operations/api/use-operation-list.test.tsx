import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../../api/schemas';
import { timeZonePreference } from '../../../components/preferences';
import { runInZone } from '../../../test/time-zone';
import { EMPTY_FILTERS, parseListSearch, type ListFilters } from '../search-params';
import { startOperationList, useOperationList } from './use-operation-list';

const PROJECT = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';
const op = (n: number, patch: Partial<Operation> = {}): Operation => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created_at: new Date(Date.UTC(2026, 8, 1) - n * 60_000).toISOString(),
  updated_at: new Date(Date.UTC(2026, 8, 1) - n * 60_000).toISOString(),
  project_id: PROJECT,
  resource_id: `r${n}`,
  kind: n % 2 ? 'vm' : 'volume',
  type: 'update',
  status: 'done',
  details: null,
  ...patch,
});

/** A fake API answering by cursor: each entry is [status, body]. */
function fakeApi(pages: Record<string, [number, unknown]>) {
  const seen: URL[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input, 'http://x');
    seen.push(url);
    const [status, body] = pages[url.searchParams.get('cursor') ?? ''] ?? [404, { message: 'no such page' }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

function setup(filters: Partial<ListFilters> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useOperationList(PROJECT, { ...EMPTY_FILTERS, ...filters }), { wrapper });
}

afterEach(() => vi.unstubAllGlobals());

describe('useOperationList', () => {
  it('sends filters and sort, and still filters rows an old API sends unfiltered', async () => {
    const seen = fakeApi({ '': [200, { items: [op(1), op(2), op(3)], pagination: { next_cursor: null, total_count: 3 } }] });
    const { result } = setup({ kind: ['vm'] });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(seen[0]!.searchParams.get('kind')).toBe('vm');
    expect(seen[0]!.searchParams.get('sort')).toBe('created_at:desc');
    expect(seen[0]!.searchParams.get('limit')).toBe('100');
    expect(result.current.visible.map((o) => o.resource_id)).toEqual(['r1', 'r3']);
    expect(result.current.scanned).toBe(3);
  });

  it('stops when the API repeats a cursor, instead of looping', async () => {
    fakeApi({
      '': [200, { items: [op(1)], pagination: { next_cursor: 'a' } }],
      a: [200, { items: [op(2)], pagination: { next_cursor: 'a' } }],
    });
    const { result } = setup();
    await waitFor(() => expect(result.current.query.hasNextPage).toBe(true));
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.pageCount).toBe(2));
    expect(result.current.query.hasNextPage).toBe(false);
    expect(result.current.repeatedCursor).toBe(true);
    expect(result.current.total).toBeNull(); // no total_count: fine
  });

  it('goes on past an empty page that still has a cursor', async () => {
    fakeApi({
      '': [200, { items: [], pagination: { next_cursor: 'a', total_count: 1 } }],
      a: [200, { items: [op(7)], pagination: { next_cursor: null, total_count: 1 } }],
    });
    const { result } = setup();
    await waitFor(() => expect(result.current.query.hasNextPage).toBe(true));
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.visible).toHaveLength(1));
    expect(result.current.query.hasNextPage).toBe(false);
  });

  it('keeps every loaded row when a next page fails, and can retry it', async () => {
    const pages: Record<string, [number, unknown]> = {
      '': [200, { items: [op(1), op(2)], pagination: { next_cursor: 'a', total_count: 3 } }],
      a: [503, { message: 'Service temporarily unavailable' }],
    };
    fakeApi(pages);
    const { result } = setup();
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.query.isFetchNextPageError).toBe(true));
    expect(result.current.visible).toHaveLength(2);
    pages.a = [200, { items: [op(3), op(2)], pagination: { next_cursor: null, total_count: 3 } }];
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.visible).toHaveLength(3)); // op(2) came twice: shown once
  });

  it('Refresh keeps every loaded page when page 1 fails, and replaces them with a fresh page 1 when it answers', async () => {
    const pages: Record<string, [number, unknown]> = {
      '': [200, { items: [op(1), op(2)], pagination: { next_cursor: 'a', total_count: 4 } }],
      a: [200, { items: [op(3), op(4)], pagination: { next_cursor: null, total_count: 4 } }],
    };
    const seen = fakeApi(pages);
    const { result } = setup();
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.visible).toHaveLength(4));

    pages[''] = [503, { message: 'Service temporarily unavailable' }];
    let ok: boolean | undefined;
    await act(async () => void (ok = await result.current.refresh()));
    expect(ok).toBe(false);
    await waitFor(() => expect(result.current.query.isError).toBe(true));
    expect(result.current.visible.map((o) => o.resource_id)).toEqual(['r1', 'r2', 'r3', 'r4']);

    pages[''] = [200, { items: [op(0), op(1)], pagination: { next_cursor: 'a', total_count: 5 } }];
    await act(async () => void (ok = await result.current.refresh()));
    expect(ok).toBe(true);
    await waitFor(() => expect(result.current.visible.map((o) => o.resource_id)).toEqual(['r0', 'r1']));
    expect(result.current.query.isError).toBe(false);
    expect(seen.map((u) => u.searchParams.get('cursor'))).toEqual([null, 'a', null, null]);
  });

  it('searches the rows already loaded, keeping them and asking the API for nothing new', async () => {
    const seen = fakeApi({
      '': [200, { items: [op(1), op(2)], pagination: { next_cursor: 'a', total_count: 4 } }],
      a: [200, { items: [op(3), op(4)], pagination: { next_cursor: null, total_count: 4 } }],
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result, rerender } = renderHook(({ q }) => useOperationList(PROJECT, { ...EMPTY_FILTERS, q }), { wrapper, initialProps: { q: '' } });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    await act(() => result.current.query.fetchNextPage());
    await waitFor(() => expect(result.current.pageCount).toBe(2));
    rerender({ q: 'r4' }); // a row of the second page
    await waitFor(() => expect(result.current.visible.map((o) => o.resource_id)).toEqual(['r4']));
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current.visible.map((o) => o.resource_id)).toEqual(['r4']);
    expect(result.current.pageCount).toBe(2);
    rerender({ q: '' });
    expect(result.current.visible).toHaveLength(4);
    expect(seen).toHaveLength(2);
    expect(seen.every((u) => !u.searchParams.has('q'))).toBe(true);
  });

  it('a list URL opened cold asks for page 1 before React renders, and the list reuses that request', async () => {
    const seen = fakeApi({ '': [200, { items: [op(1), op(2)], pagination: { next_cursor: null, total_count: 2 } }] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const search = '?status=failed&sort=kind:asc';
    startOperationList(client, `/projects/${PROJECT}/operations`, search);
    startOperationList(client, '/operations/not-a-list', '');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.searchParams.get('status')).toBe('failed');
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useOperationList(PROJECT, parseListSearch(search).filters), { wrapper });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    expect(seen).toHaveLength(1);
  });
});

describe('useOperationList in Los Angeles', () => {
  runInZone('America/Los_Angeles');
  afterEach(() => timeZonePreference.set('local'));

  it('asks for the chosen zone\'s day, and asks again when the Local/UTC switch changes what that is', async () => {
    const seen = fakeApi({ '': [200, { items: [], pagination: { next_cursor: null, total_count: 0 } }] });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result, rerender } = renderHook(({ search }) => useOperationList(PROJECT, parseListSearch(search).filters), {
      wrapper,
      initialProps: { search: 'from=2026-12-04&to=2026-12-04' },
    });
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    const range = (u: URL) => [u.searchParams.get('created_at_min'), u.searchParams.get('created_at_max')];
    expect(range(seen[0]!)).toEqual(['2026-12-04T08:00:00.000Z', '2026-12-05T07:59:59.999Z']);
    act(() => timeZonePreference.set('utc'));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(range(seen[1]!)).toEqual(['2026-12-04T00:00:00.000Z', '2026-12-04T23:59:59.999Z']);
    // An instant means the same in both zones: switching back asks for nothing new.
    rerender({ search: 'from=2026-12-04T08:00:00.000Z' });
    await waitFor(() => expect(seen).toHaveLength(3));
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    act(() => timeZonePreference.set('local'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(3);
  });
});
