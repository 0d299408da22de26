// Page 1 of the list this page was opened on, asked for by src/app/prepaint.tsx before the app's code has loaded.
// The list's query takes that request instead of making its own, once: one request for page 1, as before (it is also
// the one the server's preload hint names). Later fetches of page 1 (Refresh, a retry) go to the API.
import { buildUrl } from '../../../api/client';
import { listOperations, type ListOperationsParams } from '../../../api/operations';
import type { OperationList } from '../../../api/schemas';

let started: { url: string; page: Promise<OperationList> } | null = null;

const urlOf = (params: ListOperationsParams) => buildUrl('/v1/operations', { ...params });

export function startFirstPage(params: ListOperationsParams): Promise<OperationList> {
  const page = listOperations(params);
  started = { url: urlOf(params), page };
  return page;
}

/** The request startFirstPage made for these very params, handed over once; null otherwise. */
export function takeFirstPage(params: ListOperationsParams): Promise<OperationList> | null {
  if (!started || started.url !== urlOf(params)) return null;
  const { page } = started;
  started = null;
  return page;
}
