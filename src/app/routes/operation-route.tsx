// /operations/:operationId — a thin eager wrapper: it starts the request, then the lazy detail chunk renders it.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, useMemo, useState, type ComponentType } from 'react';
import { matchPath, useParams } from 'react-router';
import { routes } from '../../config/paths';
import { startOperationDetail } from '../../features/operations/api/use-operation';

// jsdiff and all diff code live in this chunk only (initial JS budget: docs/decisions/002-bundle-budget.md).
const loadChunk = () => import('../../features/operations/detail/operation-detail-page');
const LazyDetailPage = lazy(loadChunk);
let loaded: ComponentType<{ operationId: string }> | null = null;

/**
 * Loads the detail chunk ahead of the route. Once it is in, the route renders the page directly instead of through
 * React.lazy: no Suspense fallback, so React's 300 ms hold on revealing content after a fallback does not apply
 * (a cold deep link showed its diff ~300 ms after both the chunk and the data had arrived). docs/decisions/015.
 */
export function preloadDetailPage(): Promise<void> {
  return loadChunk().then((m) => {
    loaded = m.default;
  });
}

/** For main.tsx: on a detail URL, the operation's request and the chunk start before the first render. */
export function startOperationRoute(queryClient: QueryClient, pathname: string): Promise<unknown> | null {
  const id = matchPath(routes.operation, pathname)?.params.operationId;
  if (!id) return null;
  // A chunk that fails to load is not waited for here: the lazy route loads it again and shows that failure.
  return Promise.all([startOperationDetail(queryClient, id), preloadDetailPage().catch(() => undefined)]);
}

export function OperationRoute() {
  const { operationId = '' } = useParams();
  const queryClient = useQueryClient();
  // Start data before code (STYLE.md 12): once per id, during render, so the fetch overlaps the chunk download.
  useMemo(() => startOperationDetail(queryClient, operationId), [queryClient, operationId]);
  // Chosen once per mount: switching from the lazy wrapper to the loaded page later would remount the page.
  const [Page] = useState(() => loaded ?? LazyDetailPage);
  return <Page operationId={operationId} />;
}
