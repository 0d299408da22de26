import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../search-params';
import { NoMatches } from './list-states';

describe('NoMatches', () => {
  it('says when the created range ends before it starts, and swaps the dates on request', () => {
    const onChange = vi.fn();
    const filters = { ...EMPTY_FILTERS, from: '2026-12-05', to: '2026-12-01' };
    render(<NoMatches filters={filters} onChange={onChange} backwards />);
    expect(screen.getByRole('heading', { name: 'The created range ends before it starts' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Swap the dates' }));
    expect(onChange).toHaveBeenCalledWith({ ...filters, from: '2026-12-01', to: '2026-12-05' });
  });

  it('otherwise offers to clear the filters', () => {
    render(<NoMatches filters={{ ...EMPTY_FILTERS, status: ['failed'] }} onChange={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'No operations match these filters' })).toBeInTheDocument();
  });
});
