// Live list: every 5 s (tab visible, `live` on) re-poll the FIRST page only and refresh in-flight rows by id; the
// results are merged into the list's cache (docs/decisions/010). New rows wait in a buffer until `show()`.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { DataFilters } from '../search-params';
import { EMPTY_HEAD, type ListData, type LiveHead } from './live-state';
import { operationKeys } from './queries';
import type { OperationListState } from './use-operation-list';

export const LIVE_INTERVAL_MS = 5_000;

export const liveHeadOptions = (queryClient: QueryClient, projectId: string, filters: DataFilters) =>
  queryOptions({
    queryKey: operationKeys.head(projectId, filters),
    // The poll and merge code loads with the first poll, 5 s after the list, not with the entry (its 120 KB budget). A
    // poll whose chunk fails to load fails like one whose request does: Live says it is retrying, and the next poll
    // loads it again.
    queryFn: ({ signal }): Promise<LiveHead> => import('./live-poll').then((m) => m.pollHead(queryClient, projectId, filters, signal)),
  });

export function useLiveList(projectId: string, filters: DataFilters, live: boolean, list: OperationListState) {
  const queryClient = useQueryClient();
  const options = useMemo(() => liveHeadOptions(queryClient, projectId, filters), [queryClient, projectId, filters]);
  const enabled = live && !!list.query.data && !list.query.isPlaceholderData && !list.query.isError;
  const head = useQuery({
    ...options,
    enabled,
    // No poll on mount: the list has just loaded that page. The first poll comes one interval later.
    initialData: EMPTY_HEAD,
    initialDataUpdatedAt: () => Date.now(),
    staleTime: LIVE_INTERVAL_MS,
    refetchInterval: enabled ? LIVE_INTERVAL_MS : false,
    refetchIntervalInBackground: false,
    retry: 1,
  });
  const { loaded } = list;
  const data = head.data;
  // `loaded.ids` is shared and grown between entries: depend on `loaded`, which is new whenever rows are.
  const incoming = useMemo(() => data.incoming.filter((op) => !loaded.ids.has(op.id)), [data.incoming, loaded]);
  const settled = useMemo(() => new Set(data.settled), [data.settled]);
  const listKey = list.query.isPlaceholderData ? null : operationKeys.list(projectId, filters);
  const show = useCallback(() => {
    if (!listKey) return;
    if (data.gap) {
      queryClient.setQueryData(options.queryKey, EMPTY_HEAD);
      void list.refresh();
      return;
    }
    // Loaded by the poll that found these rows.
    void import('./live-head').then(({ showIncoming }) => {
      const state = queryClient.getQueryState<ListData>(listKey);
      if (state?.data) queryClient.setQueryData(listKey, showIncoming(state.data, incoming), { updatedAt: state.dataUpdatedAt });
    });
  }, [listKey, data.gap, queryClient, options.queryKey, list, incoming]);
  return { enabled, incoming, gap: data.gap, settled, show, failed: head.isError };
}

export type LiveListState = ReturnType<typeof useLiveList>;
