// What a list page asks the API for. Free of React Query, so src/app/prepaint.tsx can ask for page 1 before the
// app's code has loaded (docs/decisions/024).
import type { DataFilters } from '../search-params';

export const PAGE_SIZE = 100;

/** Filters and sort go to the API (newer deployments honour them); the client still filters what comes back. */
export function listParams(projectId: string, f: DataFilters) {
  return {
    project_id: projectId,
    limit: PAGE_SIZE,
    kind: f.kind.length ? f.kind.join(',') : undefined,
    status: f.status.length ? f.status.join(',') : undefined,
    type: f.type.length ? f.type.join(',') : undefined,
    resource_id: f.resource || undefined,
    created_at_min: f.from || undefined,
    created_at_max: f.to || undefined,
    sort: f.sort,
  };
}
