import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/errors';
import { retryingText } from './list-status';

describe('retrying text', () => {
  it('says when the API rate-limits or fails while React Query retries', () => {
    expect(retryingText(new ApiError('http', 'Too many requests', 429, 1000))).toBe('Rate limited — retrying in 1 s…');
    expect(retryingText(new ApiError('http', 'Too many requests', 429, 120_000))).toBe('Rate limited — retrying in 60 s…');
    expect(retryingText(new ApiError('http', 'Too many requests', 429))).toBe('Rate limited — retrying…');
    expect(retryingText(new ApiError('http', 'Service temporarily unavailable', 503))).toBe('The API failed (503) — retrying…');
    expect(retryingText(new ApiError('network', 'offline'))).toBe('Network error — retrying…');
  });
});
