// One way to tell a person what went wrong with the API, and what they can do about it (ErrorState draws it).
import { isApiError } from '../api/errors';

export function describeError(error: unknown): { title: string; detail: string; retryable: boolean } {
  if (!isApiError(error)) return { title: 'Something went wrong', detail: String(error), retryable: true };
  // 401: the key itself is not accepted. 403: it is, but may not do this (another account's project, say).
  if (error.isAuth)
    return {
      title: error.status === 403 ? 'The API key may not do this' : 'The API key was rejected',
      detail: `Check NIRVANA_LABS_API_KEY on the server${error.status === 403 ? ' and what it has access to' : ''}. (${error.status}: ${error.message})`,
      retryable: false,
    };
  if (error.isRateLimited) return { title: 'Rate limited by the API', detail: error.message, retryable: true };
  if (error.kind === 'schema') return { title: 'Unexpected data from the API', detail: error.message, retryable: true };
  if (error.kind === 'network') return { title: 'Network error', detail: error.message, retryable: true };
  // 504 is the server's own proxy giving up on a slow upstream: to the person it is the same timeout.
  if (error.kind === 'timeout' || error.status === 504 || error.status === 408) return { title: 'The API timed out', detail: error.message, retryable: true };
  if (error.status === 404) return { title: 'Not found', detail: error.message, retryable: false };
  // 422 as 400: the same request would be refused again, and the SDKs' retry policy leaves both alone.
  if (error.status === 400 || error.status === 422) return { title: 'The API refused the request', detail: error.message, retryable: false };
  return { title: `The API failed (${error.status})`, detail: error.message, retryable: true };
}
