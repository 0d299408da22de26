// One operation, live: seeded from the list cache, refreshed in the background, polled while it is in flight.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isUuid, type Operation } from '../../../api/schemas';
import { isSettled } from '../operation-model';
import { findCachedOperation, updateCachedOperation } from './list-cache';
import { operationDetailOptions, operationKeys } from './queries';

/** Terraform's schedule: 1 s, then 0.5 s more per try, at most 10 s. `tries` counts fetches so far (from 1). */
export function pollDelay(tries: number): number {
  return Math.min(1000 + 500 * Math.max(0, tries - 1), 10_000);
}

/**
 * React Query refetchInterval: poll until done or failed, as the official tools do (CONTRACT.md). `unknown`, and a
 * status the API adds later, may still become one of those: polled on the same schedule, so every 10 s before long.
 */
export function operationPollInterval(query: { state: { data?: Operation | undefined; dataUpdateCount: number } }): number | false {
  const status = query.state.data?.status;
  return status && !isSettled(status) ? pollDelay(query.state.dataUpdateCount) : false;
}

/**
 * Starts the detail request before the lazy page's code arrives (STYLE.md 12). A row the list already holds is
 * written in first, marked stale, so the page renders at once and the fetch refreshes it in the background.
 */
export function startOperationDetail(queryClient: QueryClient, id: string): Promise<void> | null {
  if (!isUuid(id)) return null;
  const key = operationKeys.detail(id);
  if (queryClient.getQueryState(key)?.fetchStatus === 'fetching') return null;
  if (queryClient.getQueryData(key) === undefined) {
    const cached = findCachedOperation(queryClient, id);
    if (cached) queryClient.setQueryData(key, cached, { updatedAt: 0 });
  }
  return queryClient.prefetchQuery(operationDetailOptions(id));
}

export function useOperation(id: string) {
  const queryClient = useQueryClient();
  const valid = isUuid(id);
  const query = useQuery({
    ...operationDetailOptions(id),
    enabled: valid,
    refetchInterval: operationPollInterval,
    // A hidden tab stops polling; React Query resumes it when the tab is visible again.
    refetchIntervalInBackground: false,
    // The route wrapper starts every fetch (startOperationDetail): mounting after its failure must not send another.
    retryOnMount: false,
  });
  const data = query.data;
  useEffect(() => {
    if (data) updateCachedOperation(queryClient, data);
  }, [queryClient, data]);
  return query;
}
