// The operations list: URL state -> data (paged, merged, filtered on both sides) -> toolbar, status, table.
import { Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, type ComponentProps } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../../api/errors';
import type { Operation } from '../../../api/schemas';
import { paths } from '../../../config/paths';
import { useLiveList } from '../api/use-live-list';
import { useOperationList } from '../api/use-operation-list';
import { sendsFilters } from '../api/queries';
import { ExportMenu } from '../export/export-menu';
import { useDocumentTitle } from '../../../components/document-title';
import { lazyChunk } from '../../../components/chunk';
import { useFirstPaintShown } from '../../../components/use-first-paint';
import { overviewPreference } from '../../../components/preferences';
import { usePrefetchProjects, useProjectLabel } from '../api/project-names';
import { LazyOverviewStrip, OverviewPlaceholder } from '../overview';
import { EMPTY_FILTERS, hasActiveFilters, type Sort } from '../search-params';
import type { IgnoredNotice as IgnoredNoticeView } from './ignored-notice';
import { ListSkeleton } from './list-skeleton';
import type * as States from './list-states';
import type { LivePill as LivePillView } from './live-pill';
import { ListFooter, ListStatus } from './list-status';
import { focusSearch, ListToolbar } from './list-toolbar';
import { LiveToggle } from './live-toggle';
import { preloadTimeRangePanel } from './time-range-select';
import { OperationsTable, type TableHandle } from './operations-table';
import { useAutoScan } from './use-auto-scan';
import { useOverviewRows } from './use-overview-rows';
import { useListUrl } from './use-list-url';
import './operations-list.css';

// What a list shows besides rows (an error, an empty project, no matches, a link's ignored parts, new live rows) and
// the created-at menu load on their own, right after the first rows are on screen, not with the entry (its 120 KB
// budget: docs/decisions/002).
const ListError = lazyChunk<ComponentProps<typeof States.ListError>>(() => import('./list-states').then((m) => ({ default: m.ListError })));
const EmptyProject = lazyChunk<object>(() => import('./list-states').then((m) => ({ default: m.EmptyProject })));
const NoMatches = lazyChunk<ComponentProps<typeof States.NoMatches>>(() => import('./list-states').then((m) => ({ default: m.NoMatches })));
const RefreshFailed = lazyChunk<ComponentProps<typeof States.RefreshFailed>>(() => import('./list-states').then((m) => ({ default: m.RefreshFailed })));
const IgnoredNotice = lazyChunk<ComponentProps<typeof IgnoredNoticeView>>(() => import('./ignored-notice').then((m) => ({ default: m.IgnoredNotice })));
// The pill's empty live region until it has loaded; if it cannot load, the region stays empty (nothing was asked for).
const EmptyLiveSlot = () => <div className="ops-live-slot" role="status" />;
const LivePill = lazyChunk<ComponentProps<typeof LivePillView>>(() => import('./live-pill').then((m) => ({ default: m.LivePill })), EmptyLiveSlot);
const preloadParts = () => {
  for (const preload of [ListError.preload, EmptyProject.preload, NoMatches.preload, RefreshFailed.preload, IgnoredNotice.preload, LivePill.preload, preloadTimeRangePanel])
    void preload().catch(() => undefined);
};

/** `onProjectNotFound`: the API answered page 1 with 404 or 400, so the project is not one to reopen or offer again. */
export function OperationsPage({ projectId, onProjectNotFound }: { projectId: string; onProjectNotFound?: (projectId: string) => void }) {
  const { filters, setFilters, ignored, dismissIgnored, historyKey, focusOnArrival } = useListUrl();
  const list = useOperationList(projectId, filters);
  const { data } = list;
  const scan = useAutoScan(list, `${projectId}|${JSON.stringify(data)}`);
  const live = useLiveList(projectId, data, filters.live, list);
  const { query, visible } = list;
  const filtered = hasActiveFilters(filters);
  // The overview aggregates every visible row: throttled while pages stream in, and rendered after the table,
  // never delaying a filter or sort toggle. `loaded.rows` is a new array whenever a row is added or replaced in place.
  const { sort: _sort, ...rowFilters } = data;
  const overviewRows = useDeferredValue(useOverviewRows(visible, JSON.stringify(rowFilters), list.loaded.rows));
  const navigate = useNavigate();
  const location = useLocation();
  const table = useRef<TableHandle>(null);
  // Live "show" puts the waiting rows on top a render or two after the click: the table is scrolled up and its first
  // row focused once they are there, not before (the focus would follow the old row out of the rendered window).
  const revealFrom = useRef<Operation[] | null>(null);
  useEffect(() => {
    if (!revealFrom.current || revealFrom.current === visible) return;
    revealFrom.current = null;
    table.current?.revealTop();
  }, [visible]);
  const [overview, setOverview] = overviewPreference.use();
  // The first rows go to the screen alone: the overview's chunk and render, and the project names for the header
  // picker, wait until that frame is shown (never ahead of the first page).
  const firstPaintShown = useFirstPaintShown();
  usePrefetchProjects(!!query.data);
  useEffect(() => {
    if (firstPaintShown) preloadParts();
  }, [firstPaintShown]);

  const onSortChange = useCallback((sort: Sort) => setFilters({ ...filters, sort }), [filters, setFilters]);
  // The API filters by resource_id (newer deployments): the answer is complete, not a scan of the loaded pages.
  const onFilterResource = useCallback((resource: string) => setFilters({ ...filters, resource, q: '' }), [filters, setFilters]);
  const onOpen = useCallback(
    (op: Operation) => void navigate(paths.operation(op.id), { state: { from: location.pathname + location.search } }),
    [navigate, location.pathname, location.search],
  );
  // Stable, so the memoized overview strip is not re-rendered by every filter or sort click: it reads the latest
  // filters when a range is picked.
  const latest = useRef({ filters, setFilters });
  useLayoutEffect(() => {
    latest.current = { filters, setFilters };
  });
  const onRangeSelect = useCallback((from: string, to: string) => latest.current.setFilters({ ...latest.current.filters, from, to }), []);

  // To the top first: page 1 is what comes back, and a list left scrolled to its end would load page 2 at once.
  const onRefresh = useCallback(() => {
    table.current?.scrollToTop();
    void list.refresh();
  }, [list, table]);
  // A scan that ends takes its button away: the focus goes to the rows it found, or to the search when none matched.
  const onScanEnded = useCallback(() => (table.current ? table.current.focusRows() : focusSearch()), []);
  // With rows loaded, a failed refresh leaves them on screen with a notice; with none, the error is the page.
  const failed = query.isError && !query.isFetchNextPageError;
  const failedAlone = failed && !query.data;
  // A 400 to a request with filters may be about the filters (a deployment that reads them otherwise): not the project.
  const filtersSent = sendsFilters(data);
  const unknownProject = failedAlone && isApiError(query.error) && (query.error.status === 404 || (query.error.status === 400 && !filtersSent));
  useEffect(() => {
    if (unknownProject) onProjectNotFound?.(projectId);
  }, [unknownProject, projectId, onProjectNotFound]);

  let body;
  if (query.isPending) body = <ListSkeleton />;
  else if (failedAlone)
    body = (
      <ListError
        error={query.error}
        onRetry={() => void query.refetch()}
        onDropFilters={filtersSent ? () => setFilters({ ...EMPTY_FILTERS, live: filters.live }) : undefined}
      />
    );
  else if (visible.length === 0 && !query.hasNextPage && !query.isPlaceholderData && !query.isFetching)
    body = filtered ? <NoMatches filters={filters} onChange={setFilters} backwards={!!data.from && !!data.to && Date.parse(data.from) > Date.parse(data.to)} /> : <EmptyProject />;
  else if (visible.length === 0 && scan.paused)
    body = <p className="state">No matches in the pages scanned so far. More pages remain: keep scanning, or narrow the time range.</p>;
  else
    body = (
      <OperationsTable
        rows={visible}
        sort={filters.sort}
        onSortChange={onSortChange}
        onRangeEnd={scan.onRangeEnd}
        onUserScroll={scan.onUserScroll}
        scrollKey={historyKey}
        focusOnArrival={focusOnArrival}
        footer={<ListFooter list={list} />}
        onOpen={onOpen}
        onFilterResource={onFilterResource}
        flash={live.settled}
        handle={table}
        overlay={
          live.enabled ? (
            <Suspense fallback={<EmptyLiveSlot />}>
              <LivePill live={live} onShown={() => (revealFrom.current = visible)} />
            </Suspense>
          ) : null
        }
      />
    );
  if (failed && !failedAlone)
    body = (
      <>
        <Suspense fallback={null}>
          <RefreshFailed error={query.error} onRetry={onRefresh} />
        </Suspense>
        {body}
      </>
    );

  return (
    <section className="ops-page" aria-labelledby="ops-title">
      {firstPaintShown ? <TabTitle projectId={projectId} filtered={filtered} /> : null}
      <div className="ops-title-row">
        <h1 id="ops-title">Operations</h1>
        {!failedAlone ? (
          <ListStatus list={list} localSort={filters.sort !== data.sort} onRefresh={onRefresh} filtered={filtered} scan={scan} onScanEnded={onScanEnded} />
        ) : null}
        {/* Nothing to update live, chart or export when the list failed with nothing loaded (a 404 project, a 401). */}
        {!failedAlone ? (
          <div className="ops-toolbar-actions">
            <LiveToggle on={filters.live} failed={live.failed} onChange={(on) => setFilters({ ...filters, live: on })} />
            <button type="button" className="button" aria-pressed={overview === 'shown'} onClick={() => setOverview(overview === 'shown' ? 'hidden' : 'shown')}>
              Overview
            </button>
            <ExportMenu rows={visible} filters={filters} projectId={projectId} />
          </div>
        ) : null}
      </div>
      {ignored.length ? (
        <Suspense fallback={null}>
          <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
        </Suspense>
      ) : null}
      <ListToolbar filters={filters} facets={list.loaded.facets} onChange={setFilters} />
      {query.data && overview === 'shown' ? (
        firstPaintShown ? (
          <Suspense fallback={<OverviewPlaceholder />}>
            <LazyOverviewStrip rows={overviewRows} onRangeSelect={onRangeSelect} />
          </Suspense>
        ) : (
          <OverviewPlaceholder />
        )
      ) : null}
      <Suspense fallback={null}>{body}</Suspense>
    </section>
  );
}

/** Names the tab: the project, and whether the list is filtered. Mounted once the first rows are on screen (016). */
function TabTitle({ projectId, filtered }: { projectId: string; filtered: boolean }) {
  const label = useProjectLabel(projectId);
  useDocumentTitle(filtered ? `${label} (filtered)` : label);
  return null;
}
