// `/` goes to the project last used in this browser, else the first from GET /v1/projects, else a picker.
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Navigate } from 'react-router';
import { paths } from '../../config/paths';
import { ErrorState } from '../../components/error-state';
import { LazyPasteProject } from '../../features/projects/project-picker';
import { lastProject } from '../../features/projects/recent-projects';
import { projectListOptions } from '../../features/operations/api/queries';

export function HomeRoute() {
  const remembered = lastProject();
  const projects = useQuery({ ...projectListOptions(), enabled: !remembered });
  if (remembered) return <Navigate to={paths.operations(remembered)} replace />;
  if (projects.isPending) return <p role="status" className="page-loading">Loading projects…</p>;
  if (projects.isError) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />;
  const first = projects.data.items[0];
  if (first) return <Navigate to={paths.operations(first.id)} replace />;
  return (
    <section className="state">
      <h1>No projects yet</h1>
      <p>This API key sees no projects. Create one in the Nirvana Labs console, then reload, or open one by its id.</p>
      <Suspense fallback={null}>
        <LazyPasteProject onDone={() => undefined} />
      </Suspense>
    </section>
  );
}
