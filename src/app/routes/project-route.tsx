// `/projects/{id}` and `/projects` are parents of the list's URL that people type or trim a link down to: they lead
// to that project's operations, or home (which picks a project), instead of "Page not found".
import { Navigate, useLocation, useParams } from 'react-router';
import { paths } from '../../config/paths';

export function ProjectRoute() {
  const { projectId = '' } = useParams();
  const { search } = useLocation();
  return <Navigate to={paths.operations(projectId, search.replace(/^\?/, ''))} replace />;
}

export const ProjectsRoute = () => <Navigate to={paths.home()} replace />;
