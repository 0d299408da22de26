import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchInput } from './search-input';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const box = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search by operation or resource id' });

describe('SearchInput', () => {
  it('keeps what was typed after its own write, when that write reaches the URL late (a key was lost under load)', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SearchInput value="" onChange={onChange} />);
    fireEvent.change(box(), { target: { value: '995a' } });
    act(() => vi.advanceTimersByTime(250));
    expect(onChange).toHaveBeenLastCalledWith('995a');
    // The next key arrives before the URL does.
    fireEvent.change(box(), { target: { value: '995a9' } });
    rerender(<SearchInput value="995a" onChange={onChange} />);
    expect(box()).toHaveValue('995a9');
    act(() => vi.advanceTimersByTime(250));
    expect(onChange).toHaveBeenLastCalledWith('995a9');
  });

  it('shows what the URL says when something else moved it (a chip, Back), also back to a term it once sent', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SearchInput value="" onChange={onChange} />);
    fireEvent.change(box(), { target: { value: 'ab' } });
    act(() => vi.advanceTimersByTime(250));
    rerender(<SearchInput value="ab" onChange={onChange} />);
    rerender(<SearchInput value="" onChange={onChange} />);
    expect(box()).toHaveValue('');
    rerender(<SearchInput value="ab" onChange={onChange} />);
    expect(box()).toHaveValue('ab');
    act(() => vi.advanceTimersByTime(1000));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
