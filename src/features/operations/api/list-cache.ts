// Reads (and refreshes) operations already held by the list's infinite queries, so the detail page needs no request.
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Operation, OperationList } from '../../../api/schemas';
import { newestFirst, operationKeys } from './queries';

type ListData = InfiniteData<OperationList, unknown>;

const isListData = (d: unknown): d is ListData =>
  typeof d === 'object' && d !== null && Array.isArray((d as Partial<ListData>).pages);

/** Every operation in every cached list query, newest data first, de-duplicated by id. */
export function cachedOperations(queryClient: QueryClient): Operation[] {
  const entries = queryClient
    .getQueryCache()
    .findAll({ queryKey: operationKeys.lists() })
    .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  const seen = new Map<string, Operation>();
  for (const q of entries) {
    if (!isListData(q.state.data)) continue;
    for (const page of q.state.data.pages) for (const op of page.items) if (!seen.has(op.id)) seen.set(op.id, op);
  }
  return [...seen.values()];
}

export const findCachedOperation = (queryClient: QueryClient, id: string): Operation | undefined =>
  cachedOperations(queryClient).find((op) => op.id === id);

/** Operations on one resource that the list has already loaded, newest first. */
export function cachedResourceOperations(queryClient: QueryClient, projectId: string, resourceId: string): Operation[] {
  return cachedOperations(queryClient)
    .filter((op) => op.project_id === projectId && op.resource_id === resourceId)
    .sort(newestFirst);
}

/** Writes a fresher copy of an operation into the list rows that hold it, so Back shows the status seen here. */
export function updateCachedOperation(queryClient: QueryClient, op: Operation): void {
  for (const q of queryClient.getQueryCache().findAll({ queryKey: operationKeys.lists() })) {
    const data = q.state.data;
    if (!isListData(data) || !data.pages.some((p) => p.items.some((x) => x.id === op.id && (x.updated_at !== op.updated_at || x.status !== op.status)))) continue;
    const next = { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((x) => (x.id === op.id ? op : x)) })) };
    // Keep the list's own age: one fresher row must not stop the list from refetching when it is stale.
    queryClient.setQueryData(q.queryKey, next, { updatedAt: q.state.dataUpdatedAt });
  }
}
