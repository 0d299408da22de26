// The ONE query-key factory and the queryOptions built on it. Keys nest all -> lists -> list(filters) -> details -> detail(id).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { getOperation, listOperations, listProjects } from '../../../api/operations';
import type { OperationList } from '../../../api/schemas';
import { rangeToInstant, type DataFilters } from '../search-params';

export const PAGE_SIZE = 100;

export const operationKeys = {
  all: ['operations'] as const,
  lists: () => [...operationKeys.all, 'list'] as const,
  list: (projectId: string, filters: DataFilters) => [...operationKeys.lists(), projectId, filters] as const,
  details: () => [...operationKeys.all, 'detail'] as const,
  detail: (id: string) => [...operationKeys.details(), id] as const,
  resources: () => [...operationKeys.all, 'resource'] as const,
  resource: (projectId: string, resourceId: string) => [...operationKeys.resources(), projectId, resourceId] as const,
};

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

/** Filters and sort go to the API (newer deployments honour them); the client still filters what comes back. */
export function listParams(projectId: string, f: DataFilters) {
  return {
    project_id: projectId,
    limit: PAGE_SIZE,
    kind: f.kind.length ? f.kind.join(',') : undefined,
    status: f.status.length ? f.status.join(',') : undefined,
    type: f.type.length ? f.type.join(',') : undefined,
    created_at_min: rangeToInstant(f.from, 'from'),
    created_at_max: rangeToInstant(f.to, 'to'),
    sort: f.sort,
  };
}

export const operationListOptions = (projectId: string, filters: DataFilters) =>
  infiniteQueryOptions({
    queryKey: operationKeys.list(projectId, filters),
    queryFn: ({ pageParam, signal }): Promise<OperationList> =>
      listOperations({ ...listParams(projectId, filters), cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    // A cursor the API already gave once would loop forever: stop there (the list says why).
    getNextPageParam: (last, _all, _lastParam, allParams) => {
      const next = last.pagination?.next_cursor || undefined;
      return next && allParams.includes(next) ? undefined : next;
    },
  });

export const operationDetailOptions = (id: string) =>
  queryOptions({
    queryKey: operationKeys.detail(id),
    queryFn: ({ signal }) => getOperation(id, { signal }),
  });

export const projectListOptions = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    queryFn: ({ signal }) => listProjects(undefined, { signal }),
    staleTime: 5 * 60_000,
  });
