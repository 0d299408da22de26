import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeOperation } from '../../../test/operations';
import { ChangesDiff, NARROW_DIFF } from './changes-diff';

const op = makeOperation({
  details: { changes: { description: { from: 'replica for team-infra', to: 'replica for platform' }, public_ip_enabled: { from: false, to: true } } },
});

/** A window whose width matches NARROW_DIFF or not, and can be resized. */
function stubWidth(narrow: boolean) {
  const listeners = new Set<() => void>();
  const state = { narrow };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === NARROW_DIFF && state.narrow;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  }));
  return (next: boolean) => {
    state.narrow = next;
    listeners.forEach((l) => l());
  };
}

const show = (url = '/operations/x') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <ChangesDiff op={op} />
    </MemoryRouter>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('ChangesDiff on a narrow screen', () => {
  it('shows the unified diff without the layout switch, even when the link asks for split', () => {
    stubWidth(true);
    show('/operations/x?view=split');
    expect(screen.getByRole('columnheader', { name: 'Change' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Before' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Diff layout' })).not.toBeInTheDocument();
  });

  it('goes back to side by side when the window widens, and to unified when it narrows', () => {
    const resize = stubWidth(false);
    show();
    expect(screen.getByRole('columnheader', { name: 'Before' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Diff layout' })).toBeInTheDocument();
    act(() => resize(true));
    expect(screen.getByRole('columnheader', { name: 'Change' })).toBeInTheDocument();
    act(() => resize(false));
    expect(screen.getByRole('columnheader', { name: 'After' })).toBeInTheDocument();
  });

  it('lets a long field name wrap after its underscores', () => {
    stubWidth(true);
    show();
    const name = screen.getByRole('rowheader', { name: /public_ip_enabled/ }).querySelector('code')!;
    expect(name.textContent).toBe('public_ip_enabled');
    expect(name.querySelectorAll('wbr')).toHaveLength(2);
  });
});
