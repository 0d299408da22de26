import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '../../api/schemas';
import { createQueryClient } from '../query-client';
import { OperationRoute, startOperationRoute } from './operation-route';

const ID = 'bff3f8d1-e383-4154-bac1-81e5b1089cc1';
const op: Operation = {
  id: ID,
  created_at: '2026-11-04T10:00:00Z',
  updated_at: '2026-11-04T10:01:00Z',
  project_id: '139148a5-a573-4b78-a76f-b82f46c4db5c',
  resource_id: '38b786f1-6428-4f38-aaaf-7cef13282bc5',
  kind: 'volume',
  type: 'update',
  status: 'done',
  details: { changes: { size: { from: 100, to: 200 } } },
};

afterEach(() => vi.unstubAllGlobals());

describe('startOperationRoute (main.tsx, before the first render)', () => {
  it('starts nothing for other URLs', () => {
    const qc = new QueryClient();
    for (const path of ['/', '/projects/139148a5-a573-4b78-a76f-b82f46c4db5c/operations', '/operations', '/operations/a/b']) {
      expect(startOperationRoute(qc, path), path).toBeNull();
    }
  });

  it("on an operation's URL, requests it once and loads the detail chunk; the route then renders with no fallback", async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(op))));
    vi.stubGlobal('fetch', fetchMock);
    // The app's own client: its staleTime is what keeps the route's own start from fetching again.
    const qc = createQueryClient();
    await startOperationRoute(qc, `/operations/${ID}`);
    render(
      <QueryClientProvider client={qc}>
        <MemoryRouter initialEntries={[`/operations/${ID}`]}>
          <Suspense fallback={<p>Loading code…</p>}>
            <Routes>
              <Route path="/operations/:operationId" element={<OperationRoute />} />
            </Routes>
          </Suspense>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    // In the very first commit: the page itself, never the Suspense fallback (React holds content ~300 ms after one).
    expect(screen.queryByText('Loading code…')).toBeNull();
    expect(screen.getByRole('table', { name: /^Field changes/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual([`/v1/operations/${ID}`, expect.anything()]);
  });
});
