import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../../api/schemas';
import { OperationRoute, preloadDetailPage } from '../../../app/routes/operation-route';
import { operationKeys, projectKeys } from '../api/queries';

const PROJECT = '139148a5-a573-4b78-a76f-b82f46c4db5c';
const ID = 'bff3f8d1-e383-4154-bac1-81e5b1089cc1';

const op = (over: Partial<Operation> = {}): Operation => ({
  id: ID,
  created_at: '2026-11-04T10:00:00Z',
  updated_at: '2026-11-04T10:01:00Z',
  project_id: PROJECT,
  resource_id: '38b786f1-6428-4f38-aaaf-7cef13282bc5',
  kind: 'volume',
  type: 'update',
  status: 'done',
  details: { changes: { size: { from: 100, to: 200 }, name: { from: 'vol-a', to: 'vol-a' }, tags: { from: ['a'], to: ['a', 'b'] } } },
  ...over,
});

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

function Where() {
  const l = useLocation();
  return <output data-testid="where">{l.pathname + l.search}</output>;
}

function setup({ fetchImpl, path = `/operations/${ID}`, state, seed }: {
  fetchImpl: (url: string) => Promise<Response>;
  path?: string;
  state?: unknown;
  seed?: (qc: QueryClient) => void;
}) {
  const fetchMock = vi.fn((url: string) => fetchImpl(url));
  vi.stubGlobal('fetch', fetchMock);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  seed?.(qc);
  render(
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={[{ pathname: path.split('?')[0]!, search: path.includes('?') ? `?${path.split('?')[1]}` : '', state }]}>
        <Suspense fallback={<p>Loading code…</p>}>
          <Routes>
            <Route path="/operations/:operationId" element={<OperationRoute />} />
          </Routes>
        </Suspense>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { fetchMock, qc };
}

// The page's chunk is in before the first render: it would suspend with use(), which render()'s synchronous act leaves
// waiting (components/chunk.tsx). Loading it through the route is covered in operation-route.test.tsx.
beforeAll(() => preloadDetailPage());
afterEach(() => vi.unstubAllGlobals());

describe('OperationDetailPage', () => {
  it('rejects a malformed id without any request', async () => {
    const { fetchMock } = setup({ fetchImpl: () => json(op()), path: '/operations/not-an-id' });
    expect(await screen.findByRole('heading', { name: 'That is not an operation id' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says which id was not found, with a way back', async () => {
    setup({ fetchImpl: () => json({ message: 'not found' }, 404) });
    expect(await screen.findByText(/No operation with id/)).toHaveTextContent(ID);
    expect(screen.getByRole('link', { name: 'Go to operations' })).toBeInTheDocument();
  });

  it('says when the id is a project’s, and links to its operations', async () => {
    setup({
      fetchImpl: (url) =>
        url.includes('/v1/projects') ? json({ items: [{ id: PROJECT, name: 'staging' }], pagination: { next_cursor: null } }) : json({ message: 'not found' }, 404),
      path: `/operations/${PROJECT}`,
    });
    expect(await screen.findByText(/This is the id of the project/)).toHaveTextContent('staging');
    expect(screen.getByRole('link', { name: 'open its operations' })).toHaveAttribute('href', `/projects/${PROJECT}/operations`);
  });

  it('shows 5xx errors as the list does, with Retry', async () => {
    setup({ fetchImpl: () => json({ message: 'boom' }, 503) });
    expect(await screen.findByRole('heading', { name: 'The API failed (503)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // Inside the centred error, not at the page's left edge under it.
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Go to operations' })).toBeInTheDocument();
  });

  it('cold: one request, then the diff with fields sorted and the numeric delta', async () => {
    const { fetchMock } = setup({ fetchImpl: () => json(op()) });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').querySelector('code')?.textContent)).toEqual(['name', 'size', 'tags']);
    expect(rows[1]).toHaveTextContent('+100');
    expect(rows[2]).toHaveTextContent('added: b');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe(`/v1/operations/${ID}`);
  });

  it('keeps unified view and "Only changed" in the URL, and the list URL in state', async () => {
    const from = `/projects/${PROJECT}/operations?status=done`;
    setup({ fetchImpl: () => json(op()), state: { from } });
    const user = userEvent.setup();
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: 'Before' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unified' }));
    expect(screen.getByTestId('where')).toHaveTextContent('view=unified');
    expect(screen.getByRole('columnheader', { name: 'Change' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Only changed' }));
    expect(screen.getByTestId('where')).toHaveTextContent('only=changed');
    expect(screen.queryByText('unchanged')).not.toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('1 unchanged field hidden.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Operations in/ })).toHaveAttribute('href', from);
  });

  it('ignores a list URL from another project', async () => {
    setup({ fetchImpl: () => json(op()), state: { from: '/projects/other/operations?x=1' } });
    expect(await screen.findByRole('link', { name: /Operations in/ })).toHaveAttribute('href', `/projects/${PROJECT}/operations`);
  });

  it('renders at once from the list cache, using a cached project name, and refreshes in the background', async () => {
    let resolve: (r: Response) => void = () => {};
    const { fetchMock, qc } = setup({
      fetchImpl: () => new Promise<Response>((r) => (resolve = r)),
      seed: (client) => {
        client.setQueryData(operationKeys.list(PROJECT, { kind: [], status: [], type: [], q: '', resource: '', sort: 'created_at:desc', from: '', to: '' }), {
          pages: [{ items: [op({ status: 'running' })], pagination: { next_cursor: null } }],
          pageParams: [undefined],
        });
        client.setQueryData(projectKeys.list(), { items: [{ id: PROJECT, name: 'Indexers' }] });
      },
    });
    expect(await screen.findByRole('heading', { name: /Volume/ })).toBeInTheDocument();
    expect(screen.getAllByText('running')).toHaveLength(2); // header and timeline
    expect(screen.getByRole('link', { name: 'Indexers' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(async () => resolve(new Response(JSON.stringify(op({ status: 'done' })))));
    expect(await screen.findAllByText('done')).toHaveLength(2);
    expect(screen.queryByText('running')).not.toBeInTheDocument();
    // The fresher status is written back to the list rows, so Back shows it.
    const list = qc.getQueriesData<{ pages: { items: Operation[] }[] }>({ queryKey: operationKeys.lists() })[0]![1];
    expect(list?.pages[0]!.items[0]!.status).toBe('done');
  });

  it('"Load full history" leaves keyboard focus on its section\'s heading, as the button goes away', async () => {
    setup({ fetchImpl: (url) => (url.startsWith('/v1/operations?') ? json({ items: [op()], pagination: { next_cursor: null } }) : json(op())) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Load full history' }));
    expect(screen.queryByRole('button', { name: 'Load full history' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Other operations on this resource' })).toHaveFocus();
  });

  it('starts keyboard focus on the title when it had fallen to the page (Enter on a list row)', async () => {
    setup({ fetchImpl: () => json(op()) });
    expect(await screen.findByRole('heading', { level: 1, name: /Volume/ })).toHaveFocus();
  });

  it('says so when no fields were recorded', async () => {
    setup({ fetchImpl: () => json(op({ details: null })) });
    expect(await screen.findByText('This operation recorded no field changes.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows "—" on the Before side of a create', async () => {
    setup({ fetchImpl: () => json(op({ type: 'create', details: { changes: { name: { from: '', to: 'vol-a' } } } })) });
    const row = (await screen.findAllByRole('row'))[1]!;
    expect(row).toHaveTextContent('nothing before: this operation created it');
    expect(row).toHaveTextContent('vol-a');
  });
});
