// Header project picker: the button names the current project; its menu (paste a project UUID, recent projects, the
// API's projects) loads on first use, not with the entry (its 120 KB budget), and right after the first paint.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useMatch } from 'react-router';
import { lazyChunk } from '../../components/chunk';
import { useFirstPaintShown } from '../../components/use-first-paint';
import { useInViewport } from '../../components/use-in-viewport';
import { useDisclosure } from '../../components/use-dismiss';
import { routes } from '../../config/paths';
import { operationDetailOptions, projectListOptions } from '../operations/api/queries';
import { projectLabel } from './project-label';
import { lastProject } from './recent-projects';
import './project-picker.css';

const LazyProjectMenu = lazyChunk(() => import('./project-menu'));
/** The paste-an-id form alone (the home page with no projects), from the same chunk. */
export const LazyPasteProject = lazyChunk<{ onDone: () => void }>(() => import('./project-menu').then((m) => ({ default: m.PasteProject })));

export function ProjectPicker() {
  const list = useMatch(routes.operations);
  const detail = useMatch(routes.operation);
  // On an operation's page, its own project (read from the cache the page fills: this never makes a request).
  const operation = useQuery({ ...operationDetailOptions(detail?.params.operationId ?? ''), enabled: false });
  const current = list?.params.projectId ?? (detail ? operation.data?.project_id : undefined) ?? lastProject();
  // A pick closes the menu with the link or field that had the focus: it goes back to the Project button.
  const { open, setOpen, ref, button, menuId, closeToTrigger } = useDisclosure();
  const menu = useRef<HTMLDivElement>(null);
  useInViewport(menu, open);
  // The list is asked for only when the menu opens (or already cached): the first screen needs no extra request.
  const projects = useQuery({ ...projectListOptions(), enabled: open });
  const items = projects.data?.items;
  const painted = useFirstPaintShown();
  useEffect(() => {
    if (painted) void LazyProjectMenu.preload().catch(() => undefined);
  }, [painted]);
  return (
    <div ref={ref} className="picker">
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        Project: <strong>{current ? projectLabel(current, items) : 'choose'}</strong>
      </button>
      {open ? (
        <div ref={menu} id={menuId} className="picker-menu">
          <Suspense fallback={<p className="picker-note">Loading…</p>}>
            <LazyProjectMenu projects={projects} current={current} onPick={closeToTrigger} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}

