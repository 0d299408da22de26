// The list's data: cursor pages of one filter/sort (via the factory), merged and de-duplicated, then filtered and
// sorted on the client too (older deployments ignore the filters). Other features read `visible` from here.
import { useInfiniteQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { matchPath } from 'react-router';
import type { OperationList } from '../../../api/schemas';
import { isUuid } from '../../../api/schemas';
import { timeZonePreference } from '../../../components/preferences';
import { routes } from '../../../config/paths';
import { createLoadedCache, viewRows } from '../list/loaded-rows';
import { dataFilters, parseListSearch, type ListFilters } from '../search-params';
import { operationListOptions } from './queries';

/**
 * Starts page 1 of a list URL before React renders (STYLE.md 12), under the same key as useOperationList, so it is
 * reused. Returns the request (settles, never rejects), or null when the URL is not a list.
 */
export function startOperationList(queryClient: QueryClient, pathname: string, search: string): Promise<void> | null {
  // The router's own pattern, matched as the router does (decoded, trailing slash allowed).
  const projectId = matchPath(routes.operations, pathname)?.params.projectId;
  if (!projectId || !isUuid(projectId)) return null;
  const options = operationListOptions(projectId, dataFilters(parseListSearch(search).filters, timeZonePreference.get()));
  return queryClient.prefetchInfiniteQuery(options);
}

const NO_PAGES: OperationList[] = [];

export function useOperationList(projectId: string, filters: ListFilters) {
  const [zone] = timeZonePreference.use();
  const data = useMemo(() => dataFilters(filters, zone), [filters, zone]);
  const options = useMemo(() => operationListOptions(projectId, data), [projectId, data]);
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    ...options,
    // While a new filter loads, the rows already loaded (same project) are shown filtered on the client.
    placeholderData: (prev: InfiniteData<OperationList, string | undefined> | undefined, prevQuery) =>
      prevQuery?.queryKey[2] === projectId ? prev : undefined,
    // Refetching an infinite list refetches every page (1,000 at 100k rows): fresh data comes by explicit refresh.
    staleTime: Infinity,
  });
  const [cache] = useState(createLoadedCache);
  const pages = query.data?.pages ?? NO_PAGES;
  // Keyed like the query: a new search term filters the same loaded rows, it does not rebuild their index.
  const loaded = useMemo(() => cache(JSON.stringify(options.queryKey), pages), [cache, options.queryKey, pages]);
  const visible = useMemo(() => viewRows(loaded, data, filters.sort), [loaded, data, filters.sort]);

  const real = query.isPlaceholderData ? NO_PAGES : pages;
  const last = real[real.length - 1];
  const lastItem = last?.items[last.items.length - 1];
  const repeatedCursor = !!last?.pagination?.next_cursor && !query.hasNextPage && !query.isPlaceholderData;
  const key = options.queryKey;
  // Stops the page in flight; React Query keeps every page loaded before it.
  const cancel = useCallback(() => queryClient.cancelQueries({ queryKey: key, exact: true }), [queryClient, key]);
  // Back to page 1 with fresh data (the list is never refetched behind the person's back: see staleTime). The loaded
  // pages stay on screen until page 1 answers, and stay if it fails: the query then holds its error beside them.
  const refresh = useCallback(
    (): Promise<boolean> => queryClient.infiniteQuery({ ...options, pages: 1, staleTime: 0 }).then(() => true, () => false),
    [queryClient, options],
  );
  return {
    query,
    cancel,
    refresh,
    /** Every loaded row (de-duplicated), with facet counts and sort indexes. */
    loaded,
    /** The rows on screen, filtered and sorted: export, histogram and live updates plug in here. */
    visible,
    /** The filters that decide the rows (the range as instants in the chosen zone), as in the query key. */
    data,
    /** Pages of the current filter (not the placeholder), and what the API says about the whole set. */
    pageCount: real.length,
    scanned: query.isPlaceholderData ? 0 : loaded.rows.length,
    total: last?.pagination?.total_count ?? null,
    oldest: lastItem ? (data.sort.startsWith('updated') ? lastItem.updated_at : lastItem.created_at) : null,
    repeatedCursor,
  };
}

export type OperationListState = ReturnType<typeof useOperationList>;
