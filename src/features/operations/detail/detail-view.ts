// The detail page's view state in the URL: `view=unified` (split is the default) and `only=changed`.
// Toggles replace the entry (Back still leaves the page) and keep location.state, which holds the list URL.
import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';

export interface DetailView {
  view: 'split' | 'unified';
  onlyChanged: boolean;
}

export function parseDetailView(params: URLSearchParams): DetailView {
  return { view: params.get('view') === 'unified' ? 'unified' : 'split', onlyChanged: params.get('only') === 'changed' };
}

/** Writes the view into existing params, defaults left out, other params kept. */
export function writeDetailView(params: URLSearchParams, view: DetailView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view.view === 'unified') next.set('view', 'unified');
  else next.delete('view');
  if (view.onlyChanged) next.set('only', 'changed');
  else next.delete('only');
  return next;
}

export function useDetailView(): [DetailView, (patch: Partial<DetailView>) => void] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const view = useMemo(() => parseDetailView(params), [params]);
  const update = useCallback(
    (patch: Partial<DetailView>) =>
      setParams(writeDetailView(params, { ...view, ...patch }), { replace: true, state: location.state as unknown }),
    [params, view, setParams, location.state],
  );
  return [view, update];
}

/** The list URL a row link passed in location.state.from, when it is this project's list; else the plain list. */
export function listUrlFor(state: unknown, projectId: string): string {
  const from = (state as { from?: unknown } | null)?.from;
  const own = paths.operations(projectId);
  return typeof from === 'string' && (from === own || from.startsWith(`${own}?`)) ? from : own;
}
