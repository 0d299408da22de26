import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { json, page, stubFetch } from '../../../test/api-fixtures';
import { makeOperation } from '../../../test/operations';
import { dataFilters, EMPTY_FILTERS } from '../search-params';
import { startFirstPage, takeFirstPage } from './first-page';
import { listParams } from './list-params';
import { operationListOptions } from './queries';

const ID = '93bb33db-3689-48e1-a6a4-224ec2dfc680';
const filters = dataFilters(EMPTY_FILTERS, 'local');

describe('page 1 asked for before the app (src/app/prepaint.tsx)', () => {
  it('is the request the list query uses: one request for page 1, then the query asks the API itself', async () => {
    const op = makeOperation();
    const { fetchMock } = stubFetch(json(page([op], 'next')));
    const early = startFirstPage(listParams(ID, filters));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await queryClient.fetchInfiniteQuery(operationListOptions(ID, filters));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(data.pages[0]).toEqual(await early);
    // Handed over once: a refresh of page 1 is a request of its own.
    await queryClient.fetchInfiniteQuery({ ...operationListOptions(ID, filters), staleTime: 0 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('is handed only to the very same request: another project, filter or a later page asks the API', () => {
    stubFetch(json(page([makeOperation()])));
    void startFirstPage(listParams(ID, filters));
    expect(takeFirstPage(listParams('5b0f9a3c-2d4e-4f60-8a1b-9c0d1e2f3a4b', filters))).toBeNull();
    expect(takeFirstPage(listParams(ID, dataFilters({ ...EMPTY_FILTERS, status: ['failed'] }, 'local')))).toBeNull();
    expect(takeFirstPage({ ...listParams(ID, filters), cursor: 'c2' })).toBeNull();
    expect(takeFirstPage({ ...listParams(ID, filters), cursor: undefined })).not.toBeNull();
    expect(takeFirstPage(listParams(ID, filters))).toBeNull();
  });

  it('hands over a failure too: the list query reports it, as if it had asked itself', async () => {
    stubFetch(json({ message: 'no such project' }, 404));
    const early = startFirstPage(listParams(ID, filters));
    early.catch(() => undefined);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(queryClient.fetchInfiniteQuery(operationListOptions(ID, filters))).rejects.toMatchObject({ status: 404 });
  });
});
