// Operation detail: header, changes diff, resource history. Loaded lazily (default export) by the route wrapper.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../../api/errors';
import { isUuid } from '../../../api/schemas';
import { useDocumentTitle } from '../../../components/document-title';
import { ErrorState } from '../../../components/error-state';
import { paths } from '../../../config/paths';
import { useOperation } from '../api/use-operation';
import { usePrefetchProjects } from '../api/project-names';
import { projectListOptions } from '../api/queries';
import { operationTitle, shortId } from '../operation-model';
import { ChangesDiff } from './changes-diff';
import { listUrlFor } from './detail-view';
import { OperationHeader } from './operation-header';
import { ResourceHistory } from './resource-history';
import './detail.css';

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="state state-error" role="alert">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

export default function OperationDetailPage({ operationId }: { operationId: string }) {
  const location = useLocation();
  const query = useOperation(operationId);
  // The project's name for the back link and the header picker, once the diff is on screen (no request before it).
  usePrefetchProjects(!!query.data);
  // The tab names the operation and its status (it moves on while the page polls), or what went wrong.
  useDocumentTitle(
    !isUuid(operationId)
      ? 'Not an operation id'
      : query.data
        ? `${operationTitle(query.data)} · ${query.data.status || '(empty)'}`
        : isApiError(query.error) && query.error.isNotFound
          ? 'Operation not found'
          : `Operation ${shortId(operationId)}`,
  );
  const from = (location.state as { from?: unknown } | null)?.from;
  const backUrl = typeof from === 'string' && from.startsWith('/projects/') ? from : paths.home();
  if (!isUuid(operationId))
    return (
      <Problem title="That is not an operation id">
        <p>Operation ids are UUIDs, like 3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f. Check the link you were given.</p>
        <Link to={backUrl}>Go to operations</Link>
      </Problem>
    );
  if (query.isPending) return <p role="status" className="page-loading">Loading operation…</p>;
  if (query.isError && !query.data) {
    if (isApiError(query.error) && query.error.isNotFound)
      return (
        <Problem title="Operation not found">
          <p>
            No operation with id <code className="mono">{operationId}</code>. It may belong to another account, or the link
            may be cut short.
          </p>
          <ProjectIdHint id={operationId} />
          <Link to={backUrl}>Go to operations</Link>
        </Problem>
      );
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()}>
        <p>
          <Link to={backUrl}>Go to operations</Link>
        </p>
      </ErrorState>
    );
  }
  const op = query.data!;
  return (
    <article className="detail">
      <OperationHeader op={op} listUrl={listUrlFor(location.state, op.project_id)} refreshing={query.isFetching} />
      {query.isError && (
        <p className="detail-warning" role="alert">
          Could not refresh this operation: {query.error.message}. Showing what was loaded before.
        </p>
      )}
      <ChangesDiff key={op.id} op={op} />
      <ResourceHistory key={op.resource_id} op={op} />
    </article>
  );
}

/** A project's id pasted where an operation's goes ("Go to", a hand-made link): say so and lead to its operations. */
function ProjectIdHint({ id }: { id: string }) {
  const project = useQuery(projectListOptions()).data?.items.find((p) => p.id.toLowerCase() === id.toLowerCase());
  if (!project) return null;
  return (
    <p>
      This is the id of the project <strong>{project.name ?? shortId(project.id)}</strong>:{' '}
      <Link to={paths.operations(project.id)}>open its operations</Link>.
    </p>
  );
}
