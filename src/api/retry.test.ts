// Retry-After parsing and the SDK retry policy (../shared/api/CONTRACT.md): 2 retries, server delay first, else backoff.
import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter } from './errors';
import { isRetryable, MAX_RETRIES, retryDelay, shouldRetry } from './retry';

const http = (status: number, retryAfterMs: number | null = null) => new ApiError('http', 'x', status, retryAfterMs);

describe('Retry-After parsing', () => {
  const now = Date.parse('2026-08-01T10:00:00Z');
  const parse = (h: Record<string, string>) => parseRetryAfter(new Headers(h), now);

  it('reads retry-after-ms first, then Retry-After seconds, then an HTTP date', () => {
    expect(parse({ 'retry-after-ms': '1500', 'retry-after': '9' })).toBe(1500);
    expect(parse({ 'retry-after': '2' })).toBe(2000);
    expect(parse({ 'retry-after': '0.5' })).toBe(500);
    expect(parse({ 'retry-after': 'Sat, 01 Aug 2026 10:00:03 GMT' })).toBe(3000);
  });

  it('treats a past date as no wait and junk as no server delay', () => {
    expect(parse({ 'retry-after': 'Sat, 01 Aug 2026 09:00:00 GMT' })).toBe(0);
    expect(parse({ 'retry-after': '-5' })).toBe(0);
    expect(parse({ 'retry-after': 'soon' })).toBeNull();
    expect(parse({ 'retry-after-ms': 'abc', 'retry-after': '1' })).toBe(1000);
    expect(parse({})).toBeNull();
  });
});

describe('retry policy', () => {
  it('retries network, timeout, 408, 409, 429 and 5xx errors', () => {
    const yes = [new ApiError('network', 'x'), new ApiError('timeout', 'x'), http(408), http(409), http(429), http(500), http(502), http(503), http(599)];
    const no = [http(400), http(401), http(403), http(404), http(422), new ApiError('schema', 'x', 200), new Error('bug'), 'text'];
    expect(yes.map(isRetryable)).toEqual(yes.map(() => true));
    expect(no.map(isRetryable)).toEqual(no.map(() => false));
  });

  it('retries at most twice', () => {
    expect(MAX_RETRIES).toBe(2);
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, http(503)))).toEqual([true, true, false, false]);
  });

  it('honours the server delay, capped at 60 s', () => {
    expect(retryDelay(0, http(429, 2000))).toBe(2000);
    expect(retryDelay(1, http(503, 0))).toBe(0);
    expect(retryDelay(0, http(429, 3_600_000))).toBe(60_000);
  });

  it('else waits min(0.5 * 2^n, 8) s with up to 25 % jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => retryDelay(n, http(500), () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelay(0, http(500), () => 1)).toBe(375);
    expect(retryDelay(4, new ApiError('network', 'x'), () => 0.5)).toBe(7000);
  });
});
