// App-wide keys: `?` opens the shortcuts list, `/` focuses [data-shortcut="search"], Esc leaves an operation for its list.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { matchPath, useLocation, useNavigate, useNavigationType } from 'react-router';
import type { Operation } from '../api/schemas';
import { ChunkFailed, lazyChunk, type ChunkFailedProps } from '../components/chunk';
import { routes } from '../config/paths';
import { operationKeys } from '../features/operations/api/queries';
import { lastProject } from '../features/projects/recent-projects';
import { backTarget } from '../features/shortcuts/back-target';
import { globalActionFor } from '../features/shortcuts/keys';
import { setShortcutsHelpOpen, useShortcutsHelpOpen } from '../features/shortcuts/shortcuts-help';

// Loaded the first time it is asked for (`?` or the header's button): the entry stays inside its 120 KB budget.
const ShortcutsDialog = lazyChunk<object>(
  () => import('../features/shortcuts/shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
  ShortcutsFailed,
);

/** Said in the dialog that was asked for. */
function ShortcutsFailed(props: ChunkFailedProps) {
  return (
    <dialog ref={(d) => void (d?.open || d?.showModal())} className="chunk-dialog" aria-label="Keyboard shortcuts" onClose={() => setShortcutsHelpOpen(false)}>
      <form method="dialog">
        <ChunkFailed {...props}>
          <button className="button">Close</button>
        </ChunkFailed>
      </form>
    </dialog>
  );
}

export function GlobalShortcuts() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const trail = useRef<{ current?: string; previous?: string }>({});

  useEffect(() => {
    const t = trail.current;
    if (t.current === location.pathname) return;
    // Only a PUSH tells us what the entry before this one is; after back/forward/reload we do not know it.
    if (navigationType === 'PUSH') t.previous = t.current;
    else if (navigationType === 'POP') t.previous = undefined;
    t.current = location.pathname;
  }, [location.pathname, navigationType]);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const action = globalActionFor(e);
      if (action === 'help') {
        e.preventDefault();
        setShortcutsHelpOpen(true);
      } else if (action === 'search') {
        const search = document.querySelector<HTMLElement>('[data-shortcut="search"]');
        if (!search) return;
        e.preventDefault();
        search.focus();
      } else if (action === 'back') {
        const id = matchPath(routes.operation, location.pathname)?.params.operationId ?? '';
        const op = queryClient.getQueryData<Operation>(operationKeys.detail(id));
        const target = backTarget({
          pathname: location.pathname,
          previousPathname: trail.current.previous,
          projectId: op?.project_id ?? lastProject(),
        });
        if (!target) return;
        e.preventDefault();
        // A new list entry focuses this operation's row when it is loaded, as going back to the list it came from does.
        void (target.kind === 'history' ? navigate(-1) : navigate(target.url, { state: { focus: id } }));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [location.pathname, navigate, queryClient]);

  // Once loaded, it stays mounted: the native dialog closes itself and returns the focus. Until then it goes when
  // closed, so the next `?` loads it again after a failure.
  const open = useShortcutsHelpOpen();
  return open || ShortcutsDialog.isLoaded() ? (
    <Suspense fallback={null}>
      <ShortcutsDialog />
    </Suspense>
  ) : null;
}
