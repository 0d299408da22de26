// One live poll (docs/decisions/010): the head page, newest first whatever the view's sort, plus a handful of in-flight
// rows beyond it by id, merged into the list's cache. Loaded with the first poll (use-live-list.ts), not with the entry.
import type { QueryClient } from '@tanstack/react-query';
import { listOperations } from '../../../api/operations';
import type { Operation } from '../../../api/schemas';
import { createMatcher } from '../list/loaded-rows';
import type { DataFilters } from '../search-params';
import { inFlightIds, mergeHead } from './live-head';
import { EMPTY_HEAD, type ListData, type LiveHead } from './live-state';
import { listParams } from './list-params';
import { operationDetailOptions, operationKeys } from './queries';

/** In-flight rows beyond the head page refreshed per poll: a handful of small requests, never a burst. */
const REFRESH_PER_POLL = 10;

export async function pollHead(queryClient: QueryClient, projectId: string, filters: DataFilters, signal: AbortSignal): Promise<LiveHead> {
  const listKey = operationKeys.list(projectId, filters);
  const before = queryClient.getQueryData<LiveHead>(operationKeys.head(projectId, filters)) ?? EMPTY_HEAD;
  // Newest first whatever the view's sort: new operations are the newest ones.
  const head = await listOperations({ ...listParams(projectId, { ...filters, sort: 'created_at:desc' }) }, { signal });
  const loaded = queryClient.getQueryData<ListData>(listKey);
  if (!loaded) return before;
  const ids = inFlightIds(loaded, new Set(head.items.map((op) => op.id)), REFRESH_PER_POLL, before.polls);
  const refreshed = await Promise.all(
    ids.map((id) => queryClient.fetchQuery({ ...operationDetailOptions(id), staleTime: 0 }).catch(() => undefined)),
  );
  const state = queryClient.getQueryState<ListData>(listKey);
  // A page in flight would be appended to the pages it started from, dropping a write made meanwhile: wait a poll.
  if (!state?.data || state.fetchStatus === 'fetching') return { ...before, settled: [], polls: before.polls + 1 };
  const match = createMatcher(filters);
  const merged = mergeHead(
    state.data,
    head,
    refreshed.filter((op): op is Operation => !!op),
    before,
    (op) => !match || match(op, Date.parse(op.created_at)),
    filters.sort === 'created_at:desc',
  );
  if (merged.data !== state.data) queryClient.setQueryData(listKey, merged.data, { updatedAt: state.dataUpdatedAt });
  return merged.live;
}
