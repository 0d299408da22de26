// The first screenful of a list, drawn before the app has loaded (docs/decisions/024). index.html carries React's own
// render of a list page (a <template> made at build time by list-shell.tsx). Run by the small entry (start.ts) while
// the app's code still streams in, this asks for page 1 (the list's query takes that request over), fills the template
// with the page's rows, drawn by the table's own row function, and shows it, inert. React's first commit replaces it with
// the same markup, live. Only the view the template was drawn for qualifies: an unfiltered list on a fresh page, with
// nothing stored in the browser that changes the page. Anything else is left to React alone.
import { isUuid, type OperationList } from '../api/schemas';
import { overviewPreference, themePreference, timeZonePreference } from '../components/preference-store';
import { toDom } from '../components/static-dom';
import { routes } from '../config/paths';
import { startFirstPage } from '../features/operations/api/first-page';
import { listParams } from '../features/operations/api/list-params';
import { exportLabels } from '../features/operations/export/export-labels';
import { createLoadedCache, viewRows } from '../features/operations/list/loaded-rows';
import { operationRow, ROW_HEIGHT } from '../features/operations/list/operation-row';
import { loadedText } from '../features/operations/list/status-text';
import { firstRange } from '../features/operations/list/row-range';
import { projectLabel } from '../features/projects/project-label';
import { dataFilters, EMPTY_FILTERS } from '../features/operations/search-params';

/** A performance mark set when the first screenful was drawn here (main.tsx, the e2e tests and the bench read it). */
export const PREPAINT_MARK = 'prepaint';

// The view the template was drawn for: the plain list, in local time.
const FILTERS = dataFilters(EMPTY_FILTERS, 'local');

const LIST_PATH = new RegExp(`^${routes.operations.replace(':projectId', '([^/]+)')}/?$`);

function qualifyingProject(): string | null {
  const projectId = LIST_PATH.exec(location.pathname)?.[1];
  // A back/forward or reloaded entry restores its scroll and focus in React: not the top of a fresh list.
  if (!projectId || !isUuid(projectId) || location.search || history.state !== null) return null;
  const stored = timeZonePreference.get() !== 'local' || overviewPreference.get() !== 'shown' || themePreference.get() !== 'system';
  return stored ? null : projectId;
}

function draw(template: HTMLTemplateElement, root: HTMLElement, projectId: string, page1: OperationList): boolean {
  // The template is a list with more pages to load (no "End of list" footer); an empty project is React's to draw.
  if (!page1.pagination?.next_cursor) return false;
  const loaded = createLoadedCache()('prepaint', [page1]);
  const rows = viewRows(loaded, FILTERS);
  if (!rows.length) return false;

  const page = document.importNode(template.content, true);
  const find = (selector: string) => {
    const el = page.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(selector);
    return el;
  };
  find('.picker strong').textContent = projectLabel(projectId, undefined);
  find('.ops-status-text').textContent = loadedText(loaded.rows.length, page1.pagination.total_count ?? null);
  const { label, title } = exportLabels(rows.length);
  const exportGroup = find('.export-menu');
  exportGroup.setAttribute('aria-label', label);
  exportGroup.title = title;
  find('[role="table"]').setAttribute('aria-rowcount', String(rows.length + 1));
  const body = find('.ops-body');
  body.style.height = `${rows.length * ROW_HEIGHT}px`;
  const { first, last } = firstRange(rows.length, ROW_HEIGHT);
  const ctx = { zone: 'local' as const, tick: 0, now: Date.now() };
  const drawn = [];
  for (let i = first; i <= last; i++) drawn.push(operationRow({ op: rows[i]!, index: i, focused: false, tabbable: i === first, flash: false, ctx }));
  body.replaceChildren(toDom(drawn));
  // Seen, not used: React's commit replaces it with the same markup, which works.
  page.firstElementChild?.setAttribute('inert', '');
  root.append(page);
  performance.mark(PREPAINT_MARK);
  return true;
}

// Page 1 is usually here already: the server's preload hint asked for it while the HTML and this entry loaded. Only a
// short wait for it, then: a slow API would otherwise hold the app back, and the app shows the list as it always did.
const PAGE1_WAIT_MS = 30;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Draws the first screenful when the page qualifies and page 1 answers within PAGE1_WAIT_MS. Settles once that
 * screenful is painted, or at once when nothing is drawn.
 */
export async function prepaintList(): Promise<void> {
  const template = document.getElementById('list-shell');
  const projectId = qualifyingProject();
  if (!(template instanceof HTMLTemplateElement) || !projectId) return;
  const page1 = startFirstPage(listParams(projectId, FILTERS)).catch(() => null);
  const ready = await Promise.race([page1, wait(PAGE1_WAIT_MS).then(() => null)]);
  const root = document.getElementById('root');
  if (!ready || !root || root.firstChild) return;
  try {
    if (!draw(template, root, projectId, ready)) return;
  } catch {
    return;
  }
  // The app is evaluated while this frame is rastered, not before it is painted; main.tsx then waits for it to be on
  // screen before the first render, whose commit replaces it.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
