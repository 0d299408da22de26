// The one fetch client for /v1. It validates every response once with a zod schema and raises ApiError only.
import type { ZodMiniType } from 'zod/mini';
import { ApiError, messageFromBody, parseRetryAfter } from './errors';

export const REQUEST_TIMEOUT_MS = 60_000;

export type QueryParams = Record<string, string | number | undefined | null>;

export function buildUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface GetOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function apiGet<T>(
  path: string,
  params: QueryParams,
  schema: ZodMiniType<T>,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: GetOptions = {},
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // The same faults can strike while the headers or the body travel: both map to one typed error.
  const transportError = (error: unknown) => {
    // A caller's own abort is not an API failure: let React Query see the AbortError it expects.
    if (signal?.aborted) return error;
    if (timeout.aborted) return new ApiError('timeout', `The API did not answer within ${timeoutMs / 1000} s`);
    return new ApiError('network', 'Could not reach the server. Check your connection.');
  };
  let response: Response;
  let text: string;
  try {
    response = await fetch(buildUrl(path, params), { signal: combined, headers: { accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    throw transportError(error);
  }

  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }

  if (!response.ok) {
    throw new ApiError(
      'http',
      messageFromBody(body, response.status),
      response.status,
      parseRetryAfter(response.headers),
      body,
    );
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'response';
    throw new ApiError(
      'schema',
      `The API sent data this dashboard does not understand (${where}: ${issue?.message ?? 'invalid'})`,
      response.status,
      null,
      body,
    );
  }
  return parsed.data;
}
