// Build time only (vite.config.ts): React's own server render of a list page, put into index.html as a <template>.
// prepaint.tsx fills it with the real first page before React has started: the page's chrome is drawn by the same
// components as always, once, at build time; nothing here runs in the browser (docs/decisions/024).
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import type { OperationList } from '../api/schemas';
import { paths, routes } from '../config/paths';
import { operationListOptions } from '../features/operations/api/queries';
import { dataFilters, EMPTY_FILTERS } from '../features/operations/search-params';
import { AppShell } from './app-shell';
import { createQueryClient } from './query-client';
import { OperationsRoute } from './routes/operations-route';

/** The project and page the template is drawn with. prepaint.tsx replaces every part that depends on them. */
export const SHELL_PROJECT = '00000000-0000-4000-8000-000000000000';
const SHELL_PAGE: OperationList = {
  items: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      project_id: SHELL_PROJECT,
      kind: 'vm',
      type: 'create',
      status: 'done',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:01:00Z',
      resource_id: '00000000-0000-4000-8000-000000000002',
      changes: {},
    },
  ],
  pagination: { next_cursor: 'more', total_count: 2 },
};

/** The list page of an unfiltered list, as React draws it when page 1 has arrived and nothing is stored in the browser. */
export function renderListShell(): string {
  const queryClient = createQueryClient();
  queryClient.setQueryData(operationListOptions(SHELL_PROJECT, dataFilters(EMPTY_FILTERS, 'local')).queryKey, {
    pages: [SHELL_PAGE],
    pageParams: [undefined],
  });
  // Inline style attributes are refused by the CSP (style-src has no 'unsafe-inline'); prepaint.tsx sets what it needs
  // through the CSSOM, as React does.
  const html = renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <StaticRouter location={paths.operations(SHELL_PROJECT)}>
        <AppShell>
          <Routes>
            <Route path={routes.operations} element={<OperationsRoute />} />
          </Routes>
        </AppShell>
      </StaticRouter>
    </QueryClientProvider>,
  );
  return html.replace(/ style="[^"]*"/g, '');
}
