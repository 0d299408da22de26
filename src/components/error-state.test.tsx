import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('tells a rejected key (401) from a key that may not do this (403); neither offers Retry', () => {
    expect(describeError(new ApiError('http', 'bad key', 401))).toEqual({
      title: 'The API key was rejected',
      detail: 'Check NIRVANA_LABS_API_KEY on the server. (401: bad key)',
      retryable: false,
    });
    expect(describeError(new ApiError('http', 'not your project', 403))).toEqual({
      title: 'The API key may not do this',
      detail: 'Check NIRVANA_LABS_API_KEY on the server and what it has access to. (403: not your project)',
      retryable: false,
    });
  });

  it('offers no Retry for a refused request, 400 or 422 (the same request is refused again), and does for 5xx', () => {
    for (const status of [400, 422]) expect(describeError(new ApiError('http', 'nope', status))).toEqual({ title: 'The API refused the request', detail: 'nope', retryable: false });
    expect(describeError(new ApiError('http', 'boom', 503)).retryable).toBe(true);
  });
});
