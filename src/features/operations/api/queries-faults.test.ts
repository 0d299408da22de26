// The list query when the network drops mid-scroll: loaded pages stay, and the next try resumes from the last cursor.
import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, page, stubFetch } from '../../../test/api-fixtures';
import { makeOperation } from '../../../test/operations';
import { dataFilters, EMPTY_FILTERS } from '../search-params';
import { operationListOptions } from './queries';

afterEach(() => vi.unstubAllGlobals());

describe('operation list query faults', () => {
  it('keeps loaded pages when the next page fails and resumes from the last cursor', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const observer = new InfiniteQueryObserver(client, operationListOptions('p1', dataFilters(EMPTY_FILTERS, 'utc')));
    const first = [makeOperation(), makeOperation()];
    stubFetch(json(page(first, 'cursor-2')));
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().data?.pages).toHaveLength(1));

    stubFetch(new TypeError('Failed to fetch'));
    const failed = await observer.fetchNextPage();
    expect(failed.isFetchNextPageError).toBe(true);
    expect(failed.error).toMatchObject({ kind: 'network' });
    expect(failed.data?.pages.flatMap((p) => p.items.map((o) => o.id))).toEqual(first.map((o) => o.id));
    expect(failed.hasNextPage).toBe(true);

    const { urls } = stubFetch(json(page([makeOperation()], null)));
    const resumed = await observer.fetchNextPage();
    expect(new URL(urls[0]!, 'http://x').searchParams.get('cursor')).toBe('cursor-2');
    expect(resumed.data?.pages).toHaveLength(2);
    expect(resumed.hasNextPage).toBe(false);
    unsubscribe();
    client.clear();
  });
});
