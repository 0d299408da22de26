import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { timeZonePreference } from '../../../components/preferences';
import { runInZone } from '../../../test/time-zone';
import { EMPTY_FILTERS, type ListFilters } from '../search-params';
import { ListToolbar } from './list-toolbar';

const facets = { kind: new Map(), status: new Map(), type: new Map() };

describe('ListToolbar in Los Angeles', () => {
  runInZone('America/Los_Angeles');

  it('range chips read in the chosen zone and name it, not as raw ISO instants', () => {
    const filters = { ...EMPTY_FILTERS, from: '2025-12-05T09:25:05.224Z', to: '2025-12-06' };
    render(<ListToolbar filters={filters} facets={facets} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Remove filter since 2025-12-05 01:25 (local)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter until 6 Dec 2025 (local)' })).toBeInTheDocument();
    // In the range button's words, which say "since" and "until" too.
    expect(screen.getByRole('button', { name: /^Created: 2025-12-05 01:25 – 6 Dec 2025/ })).toBeInTheDocument();
    act(() => timeZonePreference.set('utc'));
    try {
      expect(screen.getByRole('button', { name: 'Remove filter since 2025-12-05 09:25 (UTC)' })).toBeInTheDocument();
    } finally {
      act(() => timeZonePreference.set('local'));
    }
  });
});

describe('ListToolbar menus', () => {
  it('show how many loaded rows have each value, known ones at 0 and values the API added included', async () => {
    const counts = { kind: new Map([['vm', 3], ['quantum_link', 1]]), status: new Map([['failed', 1234]]), type: new Map<string, number>() };
    render(<ListToolbar filters={EMPTY_FILTERS} facets={counts} onChange={() => {}} />);
    const option = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('label')!;
    await userEvent.click(screen.getByRole('button', { name: 'Kind' }));
    expect(option(/^VM/)).toHaveTextContent(/^VM3$/);
    expect(option(/^Volume/)).toHaveTextContent(/^Volume0$/);
    expect(option(/^quantum_link/)).toHaveTextContent(/^quantum_link1$/);
    await userEvent.click(screen.getByRole('button', { name: 'Status' }));
    const failed = option(/^failed/);
    expect(within(failed).getByText('1,234')).toBeInTheDocument();
  });
});

describe('ListToolbar chips', () => {
  function Harness({ initial }: { initial: ListFilters }) {
    const [filters, setFilters] = useState(initial);
    return <ListToolbar filters={filters} facets={facets} onChange={setFilters} />;
  }

  it('keeps keyboard focus when a chip or Clear filters goes away: the next chip, the one before, then the search', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness initial={{ ...EMPTY_FILTERS, kind: ['vm', 'volume'], status: ['failed'] }} />);
    await user.click(screen.getByRole('button', { name: 'Remove filter kind: VM' }));
    expect(screen.getByRole('button', { name: 'Remove filter kind: Volume' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove filter status: failed' }));
    expect(screen.getByRole('button', { name: 'Remove filter kind: Volume' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove filter kind: Volume' }));
    expect(screen.getByRole('searchbox', { name: 'Search by operation or resource id' })).toHaveFocus();
    unmount();

    render(<Harness initial={{ ...EMPTY_FILTERS, type: ['create'] }} />);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search by operation or resource id' })).toHaveFocus();
  });
});
