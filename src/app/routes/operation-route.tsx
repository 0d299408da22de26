// /operations/:operationId — a thin eager wrapper: it starts the request, then the lazy detail chunk renders it.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { matchPath, useParams } from 'react-router';
import { ChunkFailed, lazyChunk, type ChunkFailedProps } from '../../components/chunk';
import { routes } from '../../config/paths';
import { startOperationDetail } from '../../features/operations/api/use-operation';

// jsdiff and all diff code live in this chunk only (initial JS budget: docs/decisions/002-bundle-budget.md).
// Once loaded (preloaded), it renders directly, with no Suspense fallback and React's 300 ms hold after one (decision 015).
const DetailPage = lazyChunk(
  () => import('../../features/operations/detail/operation-detail-page'),
  (props: ChunkFailedProps) => <ChunkFailed {...props} className="state" />,
);

/** Loads the detail chunk ahead of the route (decision 015). */
export const preloadDetailPage = DetailPage.preload;

/** For main.tsx: on a detail URL, the operation's request and the chunk start before the first render. */
export function startOperationRoute(queryClient: QueryClient, pathname: string): Promise<unknown> | null {
  const id = matchPath(routes.operation, pathname)?.params.operationId;
  if (!id) return null;
  // A chunk that fails to load is not waited for here: the route loads it again and says so if it fails again.
  return Promise.all([startOperationDetail(queryClient, id), preloadDetailPage().catch(() => undefined)]);
}

export function OperationRoute() {
  const { operationId = '' } = useParams();
  const queryClient = useQueryClient();
  // Start data before code (STYLE.md 12): once per id, during render, so the fetch overlaps the chunk download.
  useMemo(() => startOperationDetail(queryClient, operationId), [queryClient, operationId]);
  return <DetailPage operationId={operationId} />;
}
