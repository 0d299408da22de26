// The retry policy as the app runs it: through the real QueryClient, with fake timers standing in for the wait.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOperations } from '../api/operations';
import { ApiError } from '../api/errors';
import { json, page, stubFetch } from '../test/api-fixtures';
import { makeOperation } from '../test/operations';
import { createQueryClient } from './query-client';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const options = { queryKey: ['test', 'list'], queryFn: () => listOperations({ project_id: 'p1' }) };

describe('QueryClient retry', () => {
  it('waits out a 429 with Retry-After 2, says so, then succeeds', async () => {
    const { fetchMock } = stubFetch(json({ message: 'Too many requests' }, 429, { 'retry-after': '2' }), json(page([makeOperation()])));
    const client = createQueryClient();
    const result = client.fetchQuery(options);
    await vi.advanceTimersByTimeAsync(1900);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // What the UI reads to say "rate limited, retrying": the failure reason while the query keeps fetching.
    const state = client.getQueryState(options.queryKey);
    expect(state?.fetchStatus).toBe('fetching');
    expect(state?.fetchFailureReason).toMatchObject({ status: 429, retryAfterMs: 2000 });
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((await result).items).toHaveLength(1);
  });

  it('gives up after two retries of a 503 with backoff, leaving the error for a retry button', async () => {
    const { fetchMock } = stubFetch(json({ message: 'Service unavailable' }, 503));
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const client = createQueryClient();
    const result = client.fetchQuery(options).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(499);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const error = await result;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, message: 'Service unavailable' });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('does not retry a 404 or a schema error', async () => {
    const { fetchMock } = stubFetch(json({ message: 'nope' }, 404));
    await createQueryClient().fetchQuery(options).catch(() => {});
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const bad = stubFetch(json({ items: [{ id: 1 }] }));
    await createQueryClient().fetchQuery(options).catch(() => {});
    expect(bad.fetchMock).toHaveBeenCalledTimes(1);
  });
});
