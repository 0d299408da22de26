import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useChunkAction } from './use-chunk-action';

describe('useChunkAction', () => {
  it('runs the action with the chunk; a failure is kept with a retry that loads again, and "again" once it fails again', async () => {
    const { result } = renderHook(() => useChunkAction());
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('offline')).mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue('writers');
    const then = vi.fn();

    await act(() => result.current.run(load, then));
    expect(then).not.toHaveBeenCalled();
    expect(result.current.failed).toEqual({ retry: expect.any(Function), again: false });

    await act(async () => result.current.failed!.retry());
    expect(load).toHaveBeenCalledTimes(2);
    expect(result.current.failed?.again).toBe(true);

    await act(async () => result.current.failed!.retry());
    expect(load).toHaveBeenCalledTimes(3);
    expect(then).toHaveBeenCalledWith('writers');
    expect(result.current.failed).toBeNull();
  });

  it('dismiss forgets the failure: the next one is a first one again', async () => {
    const { result } = renderHook(() => useChunkAction());
    const load = vi.fn(() => Promise.reject(new TypeError('offline')));
    await act(() => result.current.run(load, () => {}));
    act(() => result.current.dismiss());
    expect(result.current.failed).toBeNull();
    await act(() => result.current.run(load, () => {}));
    expect(result.current.failed?.again).toBe(false);
  });
});
