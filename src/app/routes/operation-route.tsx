// /operations/:operationId — a thin eager wrapper: it starts the request, then the lazy detail chunk renders it.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, useMemo } from 'react';
import { useParams } from 'react-router';
import { startOperationDetail } from '../../features/operations/api/use-operation';

// jsdiff and all diff code live in this chunk only (initial JS budget: docs/decisions/002-bundle-budget.md).
const OperationDetailPage = lazy(() => import('../../features/operations/detail/operation-detail-page'));

export function OperationRoute() {
  const { operationId = '' } = useParams();
  const queryClient = useQueryClient();
  // Start data before code (STYLE.md 12): once per id, during render, so the fetch overlaps the chunk download.
  useMemo(() => startOperationDetail(queryClient, operationId), [queryClient, operationId]);
  return <OperationDetailPage operationId={operationId} />;
}
