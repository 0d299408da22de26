// Providers and routes. Declarative react-router (data mode costs ~16 KB gzip: docs/decisions/002-bundle-budget.md).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { routes } from '../config/paths';
import { AppShell } from './app-shell';
import { lazyChunk } from '../components/chunk';
import { GlobalShortcuts } from './global-shortcuts';
import { createQueryClient } from './query-client';
import { NotFoundRoute } from './routes/not-found-route';
import { OperationRoute } from './routes/operation-route';
import { OperationsRoute } from './routes/operations-route';
import { ProjectRoute, ProjectsRoute } from './routes/project-route';

// `/` only redirects or picks a project: its code loads when asked for, not with every list (the entry's 120 KB).
const HomeRoute = lazyChunk<object>(() => import('./routes/home-route').then((m) => ({ default: m.HomeRoute })));

export function App({ queryClient: given }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <GlobalShortcuts />
        <AppShell>
          <Suspense fallback={<p className="page-loading" role="status">Loading…</p>}>
            <Routes>
              <Route path={routes.home} element={<HomeRoute />} />
              <Route path={routes.projects} element={<ProjectsRoute />} />
              <Route path={routes.project} element={<ProjectRoute />} />
              <Route path={routes.operations} element={<OperationsRoute />} />
              <Route path={routes.operation} element={<OperationRoute />} />
              <Route path="*" element={<NotFoundRoute />} />
            </Routes>
          </Suspense>
        </AppShell>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
