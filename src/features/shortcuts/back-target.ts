// Where Esc on an operation page leads: back in history when we came from the list, else to the project's list.
import { matchPath } from 'react-router';
import { paths, routes } from '../../config/paths';

export type BackTarget = { kind: 'history' } | { kind: 'url'; url: string };

export function backTarget(opts: {
  pathname: string;
  /** pathname of the previous entry this session pushed, if any */
  previousPathname: string | undefined;
  /** project of the open operation (from the query cache), else the last used project */
  projectId: string | undefined;
}): BackTarget | null {
  if (!matchPath(routes.operation, opts.pathname)) return null;
  if (opts.previousPathname && matchPath(routes.operations, opts.previousPathname)) return { kind: 'history' };
  return { kind: 'url', url: opts.projectId ? paths.operations(opts.projectId) : paths.home() };
}
