// Operation detail: header and changes. (Full diff: issue #4.)
import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../api/schemas';
import { ErrorState } from '../../../components/error-state';
import { operationDetailOptions } from '../api/queries';

export function OperationDetailPage({ operationId }: { operationId: string }) {
  const valid = isUuid(operationId);
  const query = useQuery({ ...operationDetailOptions(operationId), enabled: valid });
  if (!valid) return <ErrorState error={new Error('Operation ids are UUIDs')} title="That is not an operation id" />;
  if (query.isPending) return <p role="status">Loading operation…</p>;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const op = query.data;
  return (
    <section>
      <h1>
        {op.kind} {op.type}
      </h1>
      <p>{op.status}</p>
    </section>
  );
}
