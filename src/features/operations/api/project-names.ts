// The project names (header picker, the detail page's back link) are fetched once the page's own data is on screen:
// never ahead of the list's first page or an operation's diff (decision 016; issue 4: a cold deep link makes exactly
// one API request before the diff shows).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFirstPaintShown } from '../../../components/use-first-paint';
import { shortId } from '../operation-model';
import { projectListOptions } from './queries';

/** Runs `fn` after the frame that shows what was just committed, when the browser is idle; returns a cancel. */
function afterNextFrameIdle(fn: () => void): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    // The animation frame belongs to the frame that paints the commit; idle time comes after it. Safari has no
    // requestIdleCallback: a timer after the frame then.
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : window.setTimeout(fn, 50);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}

/** Prefetches the projects list once `ready` (the page's data is rendered) and the first paint is on screen. */
export function usePrefetchProjects(ready: boolean) {
  const queryClient = useQueryClient();
  const shown = useFirstPaintShown();
  useEffect(() => {
    if (!ready || !shown) return;
    return afterNextFrameIdle(() => void queryClient.prefetchQuery(projectListOptions()));
  }, [ready, shown, queryClient]);
}

/**
 * A project's name once the projects list is cached (never a request of its own), else "Project 724db860". Re-renders
 * when the prefetch lands.
 */
export function useProjectLabel(projectId: string): string {
  const projects = useQuery({ ...projectListOptions(), enabled: false });
  return projects.data?.items.find((p) => p.id === projectId)?.name || `Project ${shortId(projectId)}`;
}
