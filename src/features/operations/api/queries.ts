// The ONE query-key factory and the queryOptions built on it. Keys nest all -> lists -> list(filters) -> details -> detail(id).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { getOperation, listOperations, listProjects } from '../../../api/operations';
import type { OperationList } from '../../../api/schemas';
import { DEFAULT_SORT, type DataFilters } from '../search-params';
import { takeFirstPage } from './first-page';
import { listParams, PAGE_SIZE } from './list-params';


/**
 * What a list query asks the API for. The search `q` is not sent (the API has no text search): it filters the loaded
 * rows only, so it is not part of the key, and typing a search keeps the pages already loaded instead of starting over.
 */
export const sentFilters = ({ q: _q, ...sent }: DataFilters) => sent;

export const operationKeys = {
  all: ['operations'] as const,
  lists: () => [...operationKeys.all, 'list'] as const,
  list: (projectId: string, filters: DataFilters) => [...operationKeys.lists(), projectId, sentFilters(filters)] as const,
  details: () => [...operationKeys.all, 'detail'] as const,
  detail: (id: string) => [...operationKeys.details(), id] as const,
  /** The live poll of a list's first page (its buffer of new rows); kept apart from lists(), which hold pages. */
  heads: () => [...operationKeys.all, 'head'] as const,
  head: (projectId: string, filters: DataFilters) => [...operationKeys.heads(), projectId, sentFilters(filters)] as const,
  resources: () => [...operationKeys.all, 'resource'] as const,
  resource: (projectId: string, resourceId: string) => [...operationKeys.resources(), projectId, resourceId] as const,
};

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};

/** Page 1 asks for more than the project's plain list (filters, or an order other than the default): what a 400 may be about. */
export const sendsFilters = (f: DataFilters): boolean =>
  f.kind.length > 0 || f.status.length > 0 || f.type.length > 0 || !!f.resource || !!f.from || !!f.to || f.sort !== DEFAULT_SORT;

export const operationListOptions = (projectId: string, filters: DataFilters) =>
  infiniteQueryOptions({
    queryKey: operationKeys.list(projectId, filters),
    queryFn: ({ pageParam, signal }): Promise<OperationList> => {
      const params = { ...listParams(projectId, filters), cursor: pageParam };
      return (pageParam === undefined ? takeFirstPage(params) : null) ?? listOperations(params, { signal });
    },
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

/** Pages of projects read for the picker and the project names: 1,000 projects (more can be opened by pasting an id). */
export const PROJECT_PAGES = 10;

export const projectListOptions = () =>
  queryOptions({
    queryKey: projectKeys.list(),
    // Every page, not the first 100 only: the picker and the project names need them all.
    queryFn: async ({ signal }) => {
      const first = await listProjects(undefined, { signal });
      const items = [...first.items];
      let next = first.pagination?.next_cursor || undefined;
      const seen = new Set<string>();
      for (let i = 1; next && i < PROJECT_PAGES && !seen.has(next); i++) {
        seen.add(next);
        const page = await listProjects(next, { signal });
        items.push(...page.items);
        next = page.pagination?.next_cursor || undefined;
      }
      return { items, pagination: { ...first.pagination, next_cursor: next ?? null } };
    },
    staleTime: 5 * 60_000,
  });

/** At most this many list pages are read when the API ignores `resource_id` and the client has to scan. */
export const RESOURCE_SCAN_PAGES = 30;

export interface ResourceOperations {
  /** Operations on the resource, newest first. */
  items: OperationList['items'];
  /** Operations read from the API to find them (equals items.length when the API honoured the filter). */
  scanned: number;
  /** False when the scan stopped at RESOURCE_SCAN_PAGES before the end of the project's list. */
  complete: boolean;
}

/**
 * Every operation on one resource: asks with `resource_id` (newer APIs filter) and still filters what comes back,
 * scanning further pages when an older API ignored the filter. Reusable by anything that needs a resource's history.
 */
export const resourceOperationsOptions = (projectId: string, resourceId: string) =>
  queryOptions({
    queryKey: operationKeys.resource(projectId, resourceId),
    queryFn: async ({ signal }): Promise<ResourceOperations> => {
      const found = new Map<string, OperationList['items'][number]>();
      let cursor: string | undefined;
      let scanned = 0;
      for (let page = 0; page < RESOURCE_SCAN_PAGES; page++) {
        const res = await listOperations(
          { project_id: projectId, resource_id: resourceId, limit: PAGE_SIZE, sort: 'created_at:desc', cursor },
          { signal },
        );
        scanned += res.items.length;
        for (const op of res.items) if (op.resource_id === resourceId) found.set(op.id, op);
        cursor = res.pagination?.next_cursor || undefined;
        if (!cursor) break;
      }
      const items = [...found.values()].sort(newestFirst);
      return { items, scanned, complete: !cursor };
    },
  });

/** Sort comparator: newest created_at first (parsed, so mixed RFC 3339 offsets compare correctly). */
export function newestFirst(a: { created_at: string }, b: { created_at: string }): number {
  return (Date.parse(b.created_at) || 0) - (Date.parse(a.created_at) || 0);
}
