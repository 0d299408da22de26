import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { makeOperation } from '../../../test/operations';
import { operationKeys } from '../api/queries';
import { dataFilters, EMPTY_FILTERS } from '../search-params';
import { GoToOperation } from './go-to-operation';

const ID = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';

function OperationStub() {
  return <p>operation page {useParams().operationId}</p>;
}

function ListStub() {
  const location = useLocation();
  return <p>list of {useParams().projectId + location.search}</p>;
}

function renderBox(queryClient = new QueryClient()) {
  render(
    <QueryClientProvider client={queryClient}>
    <MemoryRouter initialEntries={['/start']}>
      <GoToOperation />
      <button type="button">Live</button>
      <Routes>
        <Route path="/operations/:operationId" element={<OperationStub />} />
        <Route path="/projects/:projectId/operations" element={<ListStub />} />
        <Route path="*" element={<p>start page</p>} />
      </Routes>
    </MemoryRouter>
    </QueryClientProvider>,
  );
  return screen.getByRole('textbox', { name: 'Go to operation' });
}

describe('GoToOperation', () => {
  it('opens the operation of a pasted dashboard link and clears the box', async () => {
    const box = renderBox();
    await userEvent.click(box);
    await userEvent.paste(`http://localhost:4173/operations/${ID}?x=1`);
    await userEvent.keyboard('{Enter}');
    // The parser loads on the first submit: the page changes a moment after Enter.
    expect(await screen.findByText(`operation page ${ID}`)).toBeInTheDocument();
    expect(box).toHaveValue('');
  });

  it('opens a loaded operation by the short id the list shows', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(operationKeys.list('p1', dataFilters(EMPTY_FILTERS, 'local')), { pages: [{ items: [makeOperation({ id: ID })] }], pageParams: [undefined] });
    const box = renderBox(queryClient);
    await userEvent.type(box, `${ID.slice(0, 8)}{Enter}`);
    expect(await screen.findByText(`operation page ${ID}`)).toBeInTheDocument();
  });

  it('opens the list a pasted dashboard list link shows, with its filters', async () => {
    const box = renderBox();
    await userEvent.click(box);
    await userEvent.paste(`https://ops.example.com/projects/${ID}/operations?status=failed&kind=vm#x`);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(`list of ${ID}?status=failed&kind=vm`)).toBeInTheDocument();
    expect(box).toHaveValue('');
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('explains invalid input inline, stays put, and clears the message on edit', async () => {
    const box = renderBox();
    await userEvent.type(box, 'nonsense{Enter}');
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('start page')).toBeInTheDocument();
    expect(box).toHaveAccessibleDescription(/“nonsense” is not an operation id/);
    await userEvent.type(box, 'x');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAccessibleDescription('');
  });

  it.each([
    ['Esc', async () => userEvent.keyboard('{Escape}')],
    ['a press outside', async () => userEvent.click(screen.getByRole('button', { name: 'Live' }))],
    ['Tab out of the box', async () => userEvent.tab()],
  ])('dismisses the message on %s, keeping the text', async (_, act) => {
    const box = renderBox();
    await userEvent.type(box, 'nonsense');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription(/not an operation id/));
    await act();
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAccessibleDescription('');
    expect(box).toHaveValue('nonsense');
    expect(screen.getByText('start page')).toBeInTheDocument();
  });

  it('keeps the message while focus moves inside the box, and spends the Esc that dismisses it', async () => {
    const box = renderBox();
    const seen: boolean[] = [];
    const onKey = (e: KeyboardEvent) => seen.push(e.defaultPrevented);
    window.addEventListener('keydown', onKey);
    await userEvent.type(box, 'nonsense{Enter}');
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.tab(); // to Go
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('{Escape}');
    expect(box).not.toHaveAttribute('aria-invalid');
    // The app's own Esc (leave an operation for its list) sees it already handled.
    expect(seen.at(-1)).toBe(true);
    window.removeEventListener('keydown', onKey);
  });
});
