// Everything the bench depends on in the UI, and every target, in one place: change a selector here, nowhere else.
// The list (issue 3) uses role-based markup: rows role="row" (or <tr>), column headers role="columnheader" holding a
// button, filters are buttons opening a listbox/menu of checkboxes. Each lookup has a short timeout and fails with
// "selector X not found" instead of hanging.
export const SELECTORS = {
  /** Element Timing identifier on the first data row's first cell (list and floor page). */
  firstRowTiming: 'first-row',
  /** CSS: the list's scroll container. When absent, the nearest scrollable ancestor of the first data row is used. */
  scrollContainer: '[data-bench="scroll-container"]',
  /**
   * CSS: a row element of the list's table, named "Operations" as e2e finds it (header rows included; data rows are
   * those holding a cell). Scoped, because other tables live in the DOM too (the keyboard-shortcuts help).
   */
  row: ':is(table, [role="table"])[aria-label="Operations"] :is(tr, [role="row"])',
  /** CSS: a data cell; a row holding one counts as a data row. */
  cell: 'td, [role="cell"], [role="gridcell"]',
  /** Accessible name of the list's table: rows and the sort header are looked up inside it (the overview has a table too). */
  listTable: 'Operations',
  /** Role + accessible name of the button that opens the status filter, inside the toolbar's role="search" region. */
  statusFilterButton: { role: 'button', name: /^status\b/i, within: 'search' },
  /** Role(s) + name of the option toggled in the status filter: a rare status, so the first rows always change. */
  statusFilterOption: { roles: ['menuitemcheckbox', 'checkbox', 'option'], name: /^failed\b/i },
  /** Column header (of the list's table) whose button sorts; "Kind" is not the order the API sends (created_at desc). */
  sortHeader: { name: /^kind\b/i },
  /**
   * The detail's diff (issue 4): the changes table, found by role and accessible name (its <caption> reads "Field
   * changes, …"), as a person using a screen reader would. `name` is a case-insensitive RegExp source (it crosses into
   * the page as JSON). BENCH_DIFF_SELECTOR=<css> replaces it with a plain CSS selector for one run.
   */
  diffVisible: process.env.BENCH_DIFF_SELECTOR
    ? { css: process.env.BENCH_DIFF_SELECTOR, name: null }
    : { css: 'table, [role="table"]', name: '^field changes\\b' },
} as const;

/** Targets from issue 7. A section that was not measured counts as a miss under --check. */
export const TARGETS = {
  initialJsGzipKb: 120,
  firstRowRatio: 2.0,
  deepLinkRequests: 1,
  filterP95Ms: 50,
  sortP95Ms: 50,
  rowElements: 60,
  heapMb: 100,
  scrollLongTaskMs: 50,
  flingFrameP95Ms: 100,
  proxyAddedP50Ms: 2,
} as const;

export const RUN = {
  /** Ports from this branch's range (4404-4420). */
  ports: { app: 4404, scale: 4405, proxy: 4406, upstream: 4407, latency: 4408 },
  /** The first-row measure once more with this much latency added to every API answer (informative: no target). */
  apiLatencyMs: 150,
  coldLoads: 9,
  /** Second visit: how long the first load stays open, so the browser has written its HTTP and code caches. */
  cacheWriteMs: 1000,
  deepLinkLoads: 5,
  /** BENCH_SCALE_SIZE=<n> shrinks it for a quick look at the harness; a real run uses 100,000. */
  scaleSize: Number(process.env.BENCH_SCALE_SIZE) || 100_000,
  toggles: 20,
  proxyRequests: 1000,
  lookupTimeoutMs: 3000,
  /** Loading all 100k rows must finish within this, else "not measured". */
  loadAllTimeoutMs: 150_000,
  /** No new page for this long after scrolling to the bottom means the list stopped fetching. */
  stallMs: 6000,
} as const;
