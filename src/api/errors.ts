// Typed errors raised by the API client. The client raises these and nothing else (no toasts, no navigation).

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'schema';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    /** Milliseconds the server asked us to wait (Retry-After / retry-after-ms), if any. */
    readonly retryAfterMs: number | null = null,
    readonly body: unknown = null,
  ) {
    super(message);
  }

  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Reads `message` from a JSON error body when present, else shows the body itself (its shape is undocumented). */
export function messageFromBody(body: unknown, status: number): string {
  if (body && typeof body === 'object') {
    const m = (body as Record<string, unknown>).message ?? (body as Record<string, unknown>).error;
    if (typeof m === 'string' && m.trim()) return m;
    try {
      return JSON.stringify(body).slice(0, 500);
    } catch {
      /* fall through */
    }
  }
  if (typeof body === 'string' && body.trim()) return body.slice(0, 500);
  return `The API answered ${status}`;
}

/** Parses `retry-after-ms`, then `retry-after` (seconds or an HTTP date), as the official SDK does. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | null {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return null;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
