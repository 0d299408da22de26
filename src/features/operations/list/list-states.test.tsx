import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/errors';
import { EMPTY_FILTERS } from '../search-params';
import { IgnoredNotice } from './ignored-notice';
import { ListError, NoMatches } from './list-states';

describe('NoMatches', () => {
  it('says when the created range ends before it starts, and swaps the dates on request', () => {
    const onChange = vi.fn();
    const filters = { ...EMPTY_FILTERS, from: '2026-12-05', to: '2026-12-01' };
    render(
      <>
        <input type="search" data-shortcut="search" aria-label="Search" />
        <NoMatches filters={filters} onChange={onChange} backwards />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'The created range ends before it starts' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Swap the dates' }));
    expect(onChange).toHaveBeenCalledWith({ ...filters, from: '2026-12-01', to: '2026-12-05' });
    // The button goes away with this state: keyboard focus goes to the toolbar's search, not to the page.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });

  it('otherwise offers to clear the filters', () => {
    render(<NoMatches filters={{ ...EMPTY_FILTERS, status: ['failed'] }} onChange={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'No operations match these filters' })).toBeInTheDocument();
  });
});

describe('ListError', () => {
  it('names the server’s key as the thing to fix on 401 and on 403 (rejected, or not allowed), with no Retry that could not help', () => {
    for (const [status, heading] of [
      [401, 'The API key was rejected — check NIRVANA_LABS_API_KEY on the server'],
      [403, 'The API key may not read this project — check NIRVANA_LABS_API_KEY and its access'],
    ] as const) {
      const { unmount } = render(<ListError error={new ApiError('http', 'Forbidden', status)} onRetry={() => undefined} />);
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(`The API answered ${status}: Forbidden`);
      expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('blames the filters, not the project, for a 400 or 422 to a filtered request, and offers the plain list', () => {
    for (const status of [400, 422]) {
      const onDropFilters = vi.fn();
      const { unmount } = render(<ListError error={new ApiError('http', 'invalid kind: vm,volume', status)} onRetry={() => undefined} onDropFilters={onDropFilters} />);
      expect(screen.getByRole('heading', { name: 'The API refused this list’s filters' })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(`The API answered ${status}: invalid kind: vm,volume`);
      expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Show all operations, newest first' }));
      expect(onDropFilters).toHaveBeenCalledTimes(1);
      unmount();
    }
  });

  it('tells a missing or refused project from a failing API, which gets Retry', () => {
    const { rerender } = render(<ListError error={new ApiError('http', 'project not found', 404)} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'This project was not found' })).toBeInTheDocument();
    rerender(<ListError error={new ApiError('http', 'project_id must be a UUID', 400)} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'The API refused this project' })).toBeInTheDocument();
    const onRetry = vi.fn();
    rerender(<ListError error={new ApiError('http', 'boom', 503)} onRetry={onRetry} />);
    expect(screen.getByRole('heading', { name: 'Could not load operations' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('IgnoredNotice', () => {
  it('puts keyboard focus on the search when dismissed, as its button goes away', () => {
    const onDismiss = vi.fn();
    render(
      <>
        <input type="search" data-shortcut="search" aria-label="Search" />
        <IgnoredNotice ignored={['foo']} onDismiss={onDismiss} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalled();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
  });
});
