import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../../api/schemas';
import { cachedResourceOperations, findCachedOperation } from './list-cache';
import { operationKeys, resourceOperationsOptions } from './queries';
import { operationPollInterval, pollDelay, startOperationDetail } from './use-operation';

const P = '139148a5-a573-4b78-a76f-b82f46c4db5c';
const R = '38b786f1-6428-4f38-aaaf-7cef13282bc5';
let n = 0;
const op = (over: Partial<Operation> = {}): Operation => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  created_at: `2026-11-04T10:00:${String(n % 60).padStart(2, '0')}Z`,
  updated_at: '2026-11-04T10:01:00Z',
  project_id: P,
  resource_id: R,
  kind: 'vm',
  type: 'update',
  status: 'done',
  details: null,
  ...over,
});
const listData = (items: Operation[], next: string | null = null) => ({ pages: [{ items, pagination: { next_cursor: next } }], pageParams: [undefined] });

afterEach(() => vi.unstubAllGlobals());

describe('polling', () => {
  it('grows from 1 s by 0.5 s per try up to 10 s', () => {
    expect([1, 2, 3, 10, 19, 50].map(pollDelay)).toEqual([1000, 1500, 2000, 5500, 10_000, 10_000]);
  });
  it('polls until done or failed, as the official tools do: unknown and new statuses too, on the same schedule', () => {
    const q = (status: string, dataUpdateCount = 1) => ({ state: { data: op({ status }), dataUpdateCount } });
    expect(operationPollInterval(q('pending'))).toBe(1000);
    expect(operationPollInterval(q('running', 3))).toBe(2000);
    expect(operationPollInterval(q('done'))).toBe(false);
    expect(operationPollInterval(q('failed'))).toBe(false);
    expect(operationPollInterval(q('unknown', 30))).toBe(10_000);
    expect(operationPollInterval(q('paused'))).toBe(1000);
    expect(operationPollInterval({ state: { data: undefined, dataUpdateCount: 0 } })).toBe(false);
  });
});

describe('list cache', () => {
  it('finds operations in any cached list, and a resource’s operations newest first', () => {
    const qc = new QueryClient();
    const [a, b, c] = [op(), op({ resource_id: 'other' }), op()];
    qc.setQueryData(['operations', 'list', P, { kind: ['vm'] }], listData([a!, b!]));
    qc.setQueryData(['operations', 'list', P, {}], listData([c!, a!]));
    expect(findCachedOperation(qc, b!.id)).toEqual(b);
    expect(cachedResourceOperations(qc, P, R).map((x) => x.id)).toEqual([c!.id, a!.id]);
  });

  it('starts the detail fetch at once, seeding from the list so the page can render before it answers', () => {
    const qc = new QueryClient();
    const a = op();
    qc.setQueryData(['operations', 'list', P, {}], listData([a]));
    const fetchMock = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetchMock);
    startOperationDetail(qc, a.id);
    startOperationDetail(qc, a.id);
    expect(qc.getQueryData(operationKeys.detail(a.id))).toEqual(a);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    startOperationDetail(qc, 'nope');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('resourceOperationsOptions', () => {
  it('asks with resource_id and scans further pages when the API ignored the filter', async () => {
    const mine = [op(), op()];
    const pages = [
      { items: [op({ resource_id: 'x' }), mine[0]], pagination: { next_cursor: 'c1' } },
      { items: [mine[1], op({ resource_id: 'y' })], pagination: { next_cursor: null } },
    ];
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn((url: string) => {
      urls.push(url);
      return Promise.resolve(new Response(JSON.stringify(pages[urls.length - 1])));
    }));
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const result = await qc.fetchQuery(resourceOperationsOptions(P, R));
    expect(urls[0]).toContain(`resource_id=${R}`);
    expect(urls[1]).toContain('cursor=c1');
    expect(result.items.map((x) => x.id)).toEqual([mine[1]!.id, mine[0]!.id]);
    expect(result).toMatchObject({ scanned: 4, complete: true });
  });
});
