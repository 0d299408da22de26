import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { timeZonePreference } from '../../../components/preferences';
import { runInZone } from '../../../test/time-zone';
import { EMPTY_FILTERS } from '../search-params';
import { ListToolbar } from './list-toolbar';

const facets = { kind: new Map(), status: new Map(), type: new Map() };

describe('ListToolbar in Los Angeles', () => {
  runInZone('America/Los_Angeles');

  it('range chips read in the chosen zone and name it, not as raw ISO instants', () => {
    const filters = { ...EMPTY_FILTERS, from: '2025-12-05T09:25:05.224Z', to: '2025-12-06' };
    render(<ListToolbar filters={filters} facets={facets} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Remove filter from 2025-12-05 01:25 (local)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter to 6 Dec 2025 (local)' })).toBeInTheDocument();
    act(() => timeZonePreference.set('utc'));
    try {
      expect(screen.getByRole('button', { name: 'Remove filter from 2025-12-05 09:25 (UTC)' })).toBeInTheDocument();
    } finally {
      act(() => timeZonePreference.set('local'));
    }
  });
});
