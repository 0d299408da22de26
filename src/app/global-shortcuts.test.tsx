import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import type { Operation } from '../api/schemas';
import { operationKeys } from '../features/operations/api/queries';
import { setShortcutsHelpOpen } from '../features/shortcuts/shortcuts-help';
import { GlobalShortcuts } from './global-shortcuts';
import '../test/dialog-polyfill';

const PROJECT = '11111111-2222-4333-8444-555555555555';
const OP = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';
const LIST = `/projects/${PROJECT}/operations`;

function renderApp(initialEntries: string[]) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData<Operation>(operationKeys.detail(OP), {
    id: OP,
    project_id: PROJECT,
    resource_id: 'r',
    kind: 'vm',
    type: 'update',
    status: 'done',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:05Z',
  });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={initialEntries} initialIndex={initialEntries.length - 1}>
        <GlobalShortcuts />
        <Routes>
          <Route
            path="/projects/:projectId/operations"
            element={
              <>
                <h1>List</h1>
                <input aria-label="Search" data-shortcut="search" />
                <Link to={`/operations/${OP}`}>open</Link>
              </>
            }
          />
          <Route path="/operations/:operationId" element={<h1>Detail</h1>} />
          <Route path="*" element={<h1>Elsewhere</h1>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => act(() => setShortcutsHelpOpen(false)));

describe('GlobalShortcuts', () => {
  it('Esc on an operation opened from the list goes back to that list entry', async () => {
    renderApp([`${LIST}?status=failed`]);
    await userEvent.click(screen.getByRole('link', { name: 'open' }));
    expect(screen.getByRole('heading', { name: 'Detail' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'List' })).toBeInTheDocument();
  });

  it('Esc on an operation opened directly goes to its project list', async () => {
    renderApp(['/somewhere', `/operations/${OP}`]);
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'List' })).toBeInTheDocument();
  });

  it('/ focuses the search field and ? opens the shortcuts list, but not while typing', async () => {
    renderApp([LIST]);
    await userEvent.keyboard('/');
    const search = screen.getByRole('textbox', { name: 'Search' });
    expect(search).toHaveFocus();
    await userEvent.keyboard('?');
    expect(search).toHaveValue('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    search.blur();
    // An awaited act: the dialog's chunk suspends with use(), which a synchronous act leaves waiting (components/chunk).
    await act(() => userEvent.keyboard('?'));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
