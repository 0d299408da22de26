// The two Operations endpoints and the projects list, as typed functions over the one client.
import { apiGet, type GetOptions } from './client';
import { operationListSchema, operationSchema, projectListSchema } from './schemas';

export interface ListOperationsParams {
  project_id: string;
  cursor?: string | undefined;
  limit?: number;
  kind?: string | undefined;
  status?: string | undefined;
  type?: string | undefined;
  resource_id?: string | undefined;
  created_at_min?: string | undefined;
  created_at_max?: string | undefined;
  sort?: string | undefined;
}

export const listOperations = (params: ListOperationsParams, options?: GetOptions) =>
  apiGet('/v1/operations', { ...params }, operationListSchema, options);

export const getOperation = (id: string, options?: GetOptions) =>
  apiGet(`/v1/operations/${encodeURIComponent(id)}`, {}, operationSchema, options);

export const listProjects = (cursor: string | undefined, options?: GetOptions) =>
  apiGet('/v1/projects', { cursor, limit: 100 }, projectListSchema, options);
