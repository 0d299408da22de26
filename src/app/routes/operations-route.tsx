// /projects/:projectId/operations — reads the URL, composes the list feature.
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { isUuid } from '../../api/schemas';
import { useDocumentTitle } from '../../components/document-title';
import { OperationsPage } from '../../features/operations/list/operations-page';
import { forgetProject, rememberProject } from '../../features/projects/recent-projects';
import { preloadDetailPage } from './operation-route';

/** After the list has settled in: the detail chunk, so opening a row shows it at once, with no fallback (decision 015). */
const DETAIL_PRELOAD_MS = 1000;

export function OperationsRoute() {
  const { projectId = '' } = useParams();
  const valid = isUuid(projectId);
  useEffect(() => {
    if (valid) rememberProject(projectId);
  }, [projectId, valid]);
  useEffect(() => {
    const timer = setTimeout(() => void preloadDetailPage().catch(() => undefined), DETAIL_PRELOAD_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!valid) return <NotAProjectId />;
  // A project the API does not know (or refuses) is not one to reopen from / or offer under Recent.
  return <OperationsPage projectId={projectId} onProjectNotFound={forgetProject} />;
}

/** Named in the tab too, as a malformed operation id is: the tab said only "Operations". */
function NotAProjectId() {
  useDocumentTitle('Not a project id');
  return (
    <section className="state state-error" role="alert">
      <h1>That is not a project id</h1>
      <p>Project ids are UUIDs, like 3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f.</p>
    </section>
  );
}
