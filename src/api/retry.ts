// The official SDK's retry policy (../shared/api/CONTRACT.md), implemented once: React Query's retry hooks use it,
// the fetch client itself never retries. docs/decisions/003-retry-in-react-query.md says why.
import { isApiError } from './errors';

export const MAX_RETRIES = 2;
const RETRYABLE_STATUS = new Set([408, 409, 429]);

export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === null) return false;
  return RETRYABLE_STATUS.has(error.status) || error.status >= 500;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error);
}

/** Server-given delay when present (capped at 60 s), else min(0.5 * 2^n, 8) s with up to 25 % jitter taken off. */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  if (isApiError(error) && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 60_000);
  const base = Math.min(0.5 * 2 ** failureCount, 8) * 1000;
  return Math.round(base * (1 - 0.25 * random()));
}
