// First screen proving the wiring: the first page of a project's operations. (Full table: issue #3.)
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { ErrorState } from '../../../components/error-state';
import { operationListOptions } from '../api/queries';
import { dataFilters, parseListSearch } from '../search-params';

export function OperationsPage({ projectId }: { projectId: string }) {
  const [params] = useSearchParams();
  const { filters } = useMemo(() => parseListSearch(params), [params]);
  const query = useInfiniteQuery(operationListOptions(projectId, dataFilters(filters)));
  if (query.isPending) return <p role="status">Loading operations…</p>;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows = query.data.pages.flatMap((p) => p.items);
  return (
    <section>
      <h1>Operations</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Kind</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((op, i) => (
            <tr key={op.id}>
              {/* Element Timing for `npm run bench` (first data row painted). */}
              <td {...(i === 0 ? { elementtiming: 'first-row' } : {})}>
                <Link to={paths.operation(op.id)}>{op.id.slice(0, 8)}</Link>
              </td>
              <td>{op.kind}</td>
              <td>{op.type}</td>
              <td>{op.status}</td>
              <td>{op.created_at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
