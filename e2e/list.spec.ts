import { startServer } from './support/server';
import type { APIRequestContext, Page } from '@playwright/test';
import { appLive, byName, dataRows, expect, expectNoAxeViolations, failedResource, listTable, test } from './support/fixtures';

// These tests ask for failures on purpose: Chromium logs each failed response as a console error, which is expected.
const failingTest = test.extend({ allowedConsoleErrors: failedResource(401, 404, 429, '5\\d\\d') });

/** Pages through the API itself for a filter: the set the list must end up showing. */
async function apiIds(request: APIRequestContext, base: string, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  for (let i = 0; i < 100; i++) {
    const res = await request.get(`${base}/v1/operations?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { items: { id: string }[]; pagination: { next_cursor: string | null } };
    ids.push(...body.items.map((o) => o.id));
    if (!body.pagination.next_cursor) return ids;
    cursor = body.pagination.next_cursor;
  }
  throw new Error('the API did not finish paging');
}

const table = listTable;

/** The URLs of the page's requests from now on that contain `part`, filled as they are sent. */
function recordRequests(page: Page, part: string): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(part)) urls.push(r.url());
  });
  return urls;
}

/** Scrolls the whole table, collecting [id, kind, status] of every row it renders. */
async function collectRows(page: Page): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  const scroller = page.locator('.ops-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 400; i++) {
    const batch = await dataRows(page).evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('[role=cell]')].map((c) => (c.querySelector('a')?.getAttribute('title') ?? c.textContent ?? '').trim())),
    );
    for (const cells of batch) seen.set(cells[0]!, [cells[1]!, cells[3]!]);
    const done = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollTop += el.clientHeight - 40;
      return end;
    });
    if (done) return seen;
    await page.waitForTimeout(30);
  }
  return seen;
}

test('a deep link to failed VMs shows exactly the set the API returns for that filter', async ({ page, projects, request, baseURL }) => {
  const staging = byName(projects, 'staging');
  const expected = await apiIds(request, baseURL!, `project_id=${staging.id}&kind=vm&status=failed`);
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(`/projects/${staging.id}/operations?kind=vm&status=failed`);
  await expect(page.getByText('End of list')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter kind: VM' })).toBeVisible();
  const rows = await collectRows(page);
  expect([...rows.keys()].sort()).toEqual([...expected].sort());
  for (const [kind, status] of rows.values()) expect([kind, status]).toEqual(['VM', 'failed']);
  await expectNoAxeViolations(page);
});

test('with an API that ignores filters (DEMO_FILTERS=off) the same link shows the same rows, by scanning', async ({ page, projects, request, baseURL }) => {
  const server = await startServer({ DEMO_FILTERS: 'off' });
  try {
    const staging = byName(projects, 'staging');
    const expected = await apiIds(request, baseURL!, `project_id=${staging.id}&kind=vm&status=failed`);
    // Same seed, so the same operations: the old API really does ignore the filter.
    const ignored = await apiIds(request, server.url, `project_id=${staging.id}&kind=vm&status=failed`);
    expect(ignored.length).toBeGreaterThan(expected.length);
    await page.goto(`${server.url}/projects/${staging.id}/operations?kind=vm&status=failed`);
    await expect(page.getByRole('status').filter({ hasText: `Scanned 500 of 500 operations — ${expected.length} match` })).toBeVisible();
    const rows = await collectRows(page);
    expect([...rows.keys()].sort()).toEqual([...expected].sort());

    // A big project: scanning stops after 20 pages and asks, instead of reading 25,000 rows unasked.
    await page.goto(`${server.url}/projects/${byName(projects, 'production').id}/operations?kind=vm&status=failed`);
    await expect(page.getByRole('status').filter({ hasText: /^Scanned 2,000 of 25,000 operations back to \d+ \w+ — \d+ match/ })).toBeVisible();
    await page.getByRole('button', { name: /Keep scanning/ }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Scanned (2,[1-9]\d\d|[3-9],\d{3}|\d\d,\d{3}) of 25,000/ })).toBeVisible();
  } finally {
    await page.goto('about:blank'); // no request of the page may still be in flight when its server goes
    server.stop();
  }
});

test('Keep scanning and Stop scanning keep keyboard focus on their button, which changes its words', async ({ page, projects }) => {
  // A search no id matches: the list scans 20 pages, asks, and scans 20 more when told to.
  await page.goto(`/projects/${byName(projects, 'production').id}/operations?q=no-such-id`);
  const status = page.getByRole('status').filter({ hasText: /^Scanned/ });
  await expect(status).toHaveText(/^Scanned 2,000 of 25,000/);
  await page.getByRole('button', { name: /Keep scanning/ }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^Scanned 4,000 of 25,000/);
  await expect(page.getByRole('button', { name: /Keep scanning/ })).toBeFocused();
  // Slower pages, so Stop can be pressed mid-scan.
  await page.route('**/v1/operations?**', async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Stop scanning' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Keep scanning/ })).toBeFocused();
  await expect(status).not.toHaveText(/^Scanned 6,000/);
});

test('a scan that ends while its button has the focus hands the focus on: to the rows it found, or to the search', async ({ page, projects }) => {
  const production = byName(projects, 'production').id;
  const keepScanning = async () => {
    await expect(page.getByRole('status').filter({ hasText: /^Scanned/ })).toHaveText(/^Scanned 2,000 of 25,000/);
    await page.getByRole('button', { name: /Keep scanning/ }).focus();
    await page.keyboard.press('Enter');
  };
  // The API's pages after the 20 the list scans on its own: from the 21st on, each operation's resource id starts with
  // the searched text (the scan then stops at once: the view is full), or the 25th page is the last (nothing matched).
  let served = 0;
  let end: 'matches' | 'last page' = 'matches';
  await page.route('**/v1/operations?**', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { items: { resource_id: string }[]; pagination: { next_cursor: string | null } };
    served++;
    if (end === 'matches' && served > 20) for (const op of body.items) op.resource_id = `0000beef${op.resource_id.slice(8)}`;
    if (end === 'last page' && served >= 25) body.pagination.next_cursor = null;
    await route.fulfill({ response, json: body });
  });

  await page.goto(`/projects/${production}/operations?q=0000beef&live=0`);
  await keepScanning();
  await expect(dataRows(page).first()).toContainText('0000beef');
  await expect(page.getByRole('button', { name: /scanning/ })).toHaveCount(0);
  await expect(dataRows(page).first().getByRole('link').first()).toBeFocused();

  served = 0;
  end = 'last page';
  await page.goto(`/projects/${production}/operations?q=no-such-id&live=0`);
  await keepScanning();
  await expect(page.getByRole('heading', { name: 'No operations match these filters' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search by operation or resource id' })).toBeFocused();
});

test('scrolling loads more pages while the DOM keeps a bounded number of rows', async ({ page, projects }) => {
  const production = byName(projects, 'production');
  await page.goto(`/projects/${production.id}/operations`);
  await expect(page.getByText('100 of 25,000 loaded')).toBeVisible();
  await expect(page.locator('[elementtiming="first-row"]')).toBeVisible();
  const header = table(page).getByRole('columnheader', { name: /^Created/ });
  const headerTop = (await header.boundingBox())!.y;
  for (const loaded of ['200', '300']) {
    await page.locator('.ops-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(page.getByText(`${loaded} of 25,000 loaded`)).toBeVisible();
    // One page per scroll to the end: the new rows fill the view, so nothing more is fetched until the next scroll.
    await page.waitForTimeout(700);
    await expect(page.getByText(`${loaded} of 25,000 loaded`)).toBeVisible();
  }
  expect(await table(page).getByRole('row').count()).toBeLessThanOrEqual(60);
  await expect(dataRows(page).last()).toBeVisible();
  // Rows further down, the column headers are where they were before any scrolling (sticky), not scrolled away.
  expect(await page.locator('.ops-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(5000);
  await expect(header).toBeInViewport();
  expect((await header.boundingBox())!.y).toBe(headerTop);
});

test('sorting by a column the API cannot sort by happens in the browser, without a request', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  await expect(page.getByText('100 of 500 loaded')).toBeVisible();
  const requests = recordRequests(page, '/v1/operations');
  const status = page.getByRole('status').filter({ hasText: /^100 of 500 loaded/ });
  await expect(status).not.toContainText('sorted within the loaded rows');
  const header = table(page).getByRole('columnheader', { name: /^Kind/ });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/sort=kind:asc/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(table(page).getByRole('columnheader', { name: /^Created/ })).toHaveAttribute('aria-sort', 'none');
  const kinds = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[1]!.getAttribute('title')!));
  expect(kinds.length).toBeGreaterThan(10);
  expect(kinds).toEqual([...kinds].sort());
  expect(requests).toEqual([]);
  // The order covers the 100 loaded rows, not the 500, and the status line says so.
  await expect(status).toContainText('sorted within the loaded rows');
});

test('a created-at preset asks the API for newer operations only, shows them, and Any time clears it', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  await expect(page.getByText('100 of 500 loaded')).toBeVisible();
  const sent = recordRequests(page, '/v1/operations?');
  const range = page.getByRole('search').getByRole('button', { name: /^Created/ });
  await range.click();
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}T/);
  const from = new URL(page.url()).searchParams.get('from')!;
  // In the chosen zone (Local by default) and named, never the raw instant: "since 28 Nov 10:33 (local)".
  const inZone = '(\\d{1,2} [A-Z][a-z]{2}|\\d{4}-\\d{2}-\\d{2}) \\d{2}:\\d{2} \\(local\\)';
  await expect(range).toHaveAccessibleName(new RegExp(`^Created: since ${inZone}`));
  await expect(page.getByRole('button', { name: new RegExp(`^Remove filter since ${inZone}$`) })).toBeVisible();
  await expect.poll(() => sent.some((u) => new URL(u).searchParams.get('created_at_min') === from)).toBe(true);
  await expect(dataRows(page).first()).toBeVisible();
  const created = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[5]!.querySelector('time')!.dateTime));
  expect(created.length).toBeGreaterThan(0);
  for (const t of created) expect(Date.parse(t)).toBeGreaterThanOrEqual(Date.parse(from));

  await range.click();
  // The instant's day in the browser's zone (Local is chosen).
  const fromDay = await page.evaluate((iso) => new Date(iso).toLocaleDateString('en-CA'), from);
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(fromDay);
  await page.getByRole('button', { name: 'Any time' }).click();
  await expect(page).not.toHaveURL(/[?&]from=/);
  await expect(page.getByText('100 of 500 loaded')).toBeVisible();
});

test.describe('in a browser in Los Angeles, with Local chosen', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('a range of plain days is that local day: the first and last rows were created on it', async ({ page, projects }) => {
    const localDay = (ms: number) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
    const day = localDay(Date.now() - 3 * 86_400_000);
    await page.goto(`/projects/${byName(projects, 'production').id}/operations?from=${day}&to=${day}`);
    await expect(page.getByRole('search').getByRole('button', { name: /^Created: (\d{1,2} [A-Z][a-z]{2}( \d{4})?) – \1 \(local\)/ })).toBeVisible();
    const created = () => dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[5]!.querySelector('time')!.dateTime));
    await expect(dataRows(page).first()).toBeVisible();
    const [newest] = await created();
    // Newest first: the last row, once every page is loaded, is the day's oldest operation.
    await expect(async () => {
      await page.locator('.ops-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect(page.getByText('End of list')).toBeVisible({ timeout: 1_000 });
    }).toPass();
    const oldest = (await created()).at(-1);
    expect([localDay(Date.parse(newest!)), localDay(Date.parse(oldest!))]).toEqual([day, day]);
  });
});

test('Back restores the filters and the scroll position', async ({ page, projects }) => {
  const production = byName(projects, 'production');
  await page.goto(`/projects/${production.id}/operations`);
  await page.getByRole('search').getByRole('button', { name: /^Status/ }).click();
  // The box is controlled by the URL: it turns checked once the navigation renders (not within the click).
  await page.getByRole('checkbox', { name: /^done/ }).click();
  await expect(page).toHaveURL(/status=done/);
  await expect(page.getByRole('checkbox', { name: /^done/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/^100 of [\d,]+ matching loaded/)).toBeVisible();
  await page.locator('.ops-scroll').evaluate((el) => (el.scrollTop = 1500));
  await page.waitForTimeout(300); // the position is saved after scrolling settles
  // A row well inside the view (the rendered window starts a few rows above it): a row half under the sticky header
  // would make the click itself scroll, and that position, not this one, is what Back restores.
  const id = await dataRows(page).filter({ hasText: 'done' }).nth(8).getByRole('link').getAttribute('title');
  // Found by its id: positional locators re-resolve as the window of rendered rows moves.
  const link = table(page).getByRole('link', { name: id!.slice(0, 8), exact: true });
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const top = await page.locator('.ops-scroll').evaluate((el) => el.scrollTop);
  expect(top).toBeGreaterThan(500);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/operations/${id}`));
  await page.goBack();
  await expect(page).toHaveURL(/status=done/);
  await expect(page.getByRole('button', { name: 'Remove filter status: done' })).toBeVisible();
  await expect.poll(() => page.locator('.ops-scroll').evaluate((el) => el.scrollTop)).toBe(top);
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
});

test('the detail page’s “← Operations in …” link returns like Back: same scroll, the row focused, no new entry', async ({ page, projects }) => {
  const production = byName(projects, 'production');
  await page.goto(`/projects/${production.id}/operations?status=done`);
  await expect(page.getByText(/^100 of [\d,]+ matching loaded/)).toBeVisible();
  await page.locator('.ops-scroll').evaluate((el) => (el.scrollTop = 1500));
  await page.waitForTimeout(300); // the position is saved after scrolling settles
  const id = await dataRows(page).nth(8).getByRole('link').getAttribute('title');
  const link = table(page).getByRole('link', { name: id!.slice(0, 8), exact: true });
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const top = await page.locator('.ops-scroll').evaluate((el) => el.scrollTop);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/operations/${id}$`));
  await page.getByRole('link', { name: /Operations in production/ }).click();
  await expect(page).toHaveURL(/status=done$/);
  await expect.poll(() => page.locator('.ops-scroll').evaluate((el) => el.scrollTop)).toBe(top);
  await expect(link).toBeFocused();
  // No entry was added: Back from here leaves the list instead of reopening the operation.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`/operations/${id}$`));
});

test('Back and Forward between filter clicks show each entry’s own filters and rows', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  const statusButton = page.getByRole('search').getByRole('button', { name: /^Status/ });
  const chip = (status: string) => page.getByRole('button', { name: `Remove filter status: ${status}` });
  const statuses = () => dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[3]?.textContent?.trim()));
  await statusButton.click();
  await page.getByRole('checkbox', { name: /^done/ }).click();
  await expect(page).toHaveURL(/status=done$/);
  await page.getByRole('checkbox', { name: /^failed/ }).click();
  await expect(page).toHaveURL(/status=done.*failed/);
  await page.keyboard.press('Escape');
  await expect(chip('failed')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/status=done$/);
  await expect(chip('done')).toBeVisible();
  await expect(chip('failed')).toHaveCount(0);
  await expect.poll(statuses).toEqual(expect.arrayContaining(['done']));
  expect(new Set(await statuses())).toEqual(new Set(['done']));
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(chip('done')).toHaveCount(0);
  await page.goForward();
  await expect(chip('done')).toBeVisible();
  expect(new Set(await statuses())).toEqual(new Set(['done']));
});

test('a created range that ends before it starts says so and swaps its dates on request', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'production').id}/operations?from=2026-12-05&to=2026-12-01`);
  await expect(page.getByRole('heading', { name: 'The created range ends before it starts' })).toBeVisible();
  await page.getByRole('button', { name: 'Swap the dates' }).click();
  await expect(page).toHaveURL(/from=2026-12-01&to=2026-12-05$/);
});

test('junk in the link is named in a notice, dropped from the URL with replace, and dismissible', async ({ page, projects }) => {
  const staging = byName(projects, 'staging');
  await page.goto(`/projects/${staging.id}/operations?status=failed,ex-ploded&colour=blue`);
  await expect(page).toHaveURL(new RegExp(`/projects/${staging.id}/operations\\?status=failed$`));
  const notice = page.getByRole('status').filter({ hasText: 'Ignored from the link' });
  await expect(notice).toContainText('status=ex-ploded, colour');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('the link’s first render and typing in search rewrite the URL in place: Back leaves the list in one step', async ({ page, projects }) => {
  const [production, staging] = [byName(projects, 'production'), byName(projects, 'staging')];
  await page.goto(`/projects/${production.id}/operations`);
  await expect(page.getByText('100 of 25,000 loaded')).toBeVisible();
  // Out of order, upper case and junk: the canonical URL replaces the pasted one instead of adding an entry.
  await page.goto(`/projects/${staging.id}/operations?status=failed,DONE&colour=blue`);
  await expect(page).toHaveURL(new RegExp(`/projects/${staging.id}/operations\\?status=done,failed$`));
  await expect(dataRows(page).first()).toBeVisible();

  // Part of a resource id, in upper case: the rows whose id or resource id contain it, case aside.
  const resource = (await dataRows(page).first().getByRole('button', { name: /^Copy resource id / }).getAttribute('aria-label'))!.replace('Copy resource id ', '');
  const part = resource.slice(9, 18).toUpperCase();
  await page.getByRole('searchbox', { name: 'Search by operation or resource id' }).pressSequentially(part, { delay: 20 });
  await expect(page).toHaveURL(new RegExp(`[?&]q=${part}(&|$)`));
  await expect(page.getByRole('button', { name: `Remove filter search: ${part}` })).toBeVisible();
  await expect.poll(() => dataRows(page).count()).toBeGreaterThan(0);
  const shown = await dataRows(page).evaluateAll((rows) =>
    rows.map((r) => `${r.querySelector('a')!.getAttribute('title')} ${r.querySelector('[aria-label^="Copy resource id "]')!.getAttribute('aria-label')}`),
  );
  for (const text of shown) expect(text.toUpperCase()).toContain(part);
  expect(shown.some((text) => text.includes(resource))).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/projects/${production.id}/operations$`));
});

test('search waits for a pause in typing: the URL is written once, with the whole term, after the last key', async ({ page, projects }) => {
  // Every URL write the page makes (pushState or replaceState), and when the last key went into the search box.
  await page.addInitScript(() => {
    const w = window as unknown as { writes: { q: string | null; at: number }[]; lastKey: number };
    w.writes = [];
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        w.writes.push({ q: new URL(url ?? location.href, location.href).searchParams.get('q'), at: performance.now() });
        original(data, unused, url);
      };
    }
    addEventListener('input', () => (w.lastKey = performance.now()), true);
  });
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  await expect(page.getByText('100 of 500 loaded')).toBeVisible();
  const resource = (await dataRows(page).first().getByRole('button', { name: /^Copy resource id / }).getAttribute('aria-label'))!.replace('Copy resource id ', '');
  const term = resource.slice(0, 6);
  await page.evaluate(() => ((window as unknown as { writes: unknown[] }).writes = []));

  // Six keys, 40 ms apart: well inside the pause the search waits for.
  await page.getByRole('searchbox', { name: 'Search by operation or resource id' }).pressSequentially(term, { delay: 40 });
  await expect(page).toHaveURL(new RegExp(`[?&]q=${term}$`));
  await expect(page.getByRole('button', { name: `Remove filter search: ${term}` })).toBeVisible();
  await expect(dataRows(page).first().getByRole('button', { name: `Copy resource id ${resource}` })).toBeVisible();
  const { writes, lastKey } = await page.evaluate(() => {
    const w = window as unknown as { writes: { q: string | null; at: number }[]; lastKey: number };
    return { writes: w.writes, lastKey: w.lastKey };
  });
  // Changes of the search term in the URL, in order (a write that keeps the term, e.g. of history state, is not one).
  const changes = writes.filter((x, i) => x.q !== (i ? writes[i - 1]!.q : null));
  expect(changes.map((x) => x.q)).toEqual([term]);
  expect(changes[0]!.at - lastKey, 'ms from the last key to the URL write').toBeGreaterThanOrEqual(200);
});

failingTest('states: empty project, no matches with Clear filters, unknown project, not a UUID', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'archive (empty)').id}/operations`);
  await expect(page.getByRole('heading', { name: 'No operations in this project yet' })).toBeVisible();
  await page.goto(`/projects/${byName(projects, 'sandbox').id}/operations?kind=vm&status=failed`);
  await expect(page.getByRole('heading', { name: 'No operations match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(dataRows(page).first()).toBeVisible();
  await page.goto('/projects/00000000-0000-4000-8000-000000000000/operations');
  await expect(page.getByRole('heading', { name: 'This project was not found' })).toBeVisible();
  // Nothing loaded: no Live toggle saying "on", no chart or export to offer.
  for (const name of [/^Live/, /^Overview$/, /^Export/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await page.goto('/projects/not-a-project/operations');
  await expect(page.getByRole('heading', { name: 'That is not a project id' })).toBeVisible();
});

failingTest('/ reopens the project last used in this browser, and forgets one the API did not find', async ({ page, projects }) => {
  const [first, staging, sandbox] = [projects[0]!, byName(projects, 'staging'), byName(projects, 'sandbox')];
  expect(first.id).not.toBe(sandbox.id);
  await page.goto(`/projects/${staging.id}/operations`);
  await expect(page.getByText('of 500 loaded')).toBeVisible();
  // The project is remembered by the app: wait for it, not for rows drawn before it (docs/decisions/024).
  await appLive(page);
  await page.goto(`/projects/${sandbox.id}/operations`);
  await expect(page.getByText('of 42 loaded')).toBeVisible();
  await appLive(page);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/projects/${sandbox.id}/operations$`));
  await expect(page.getByText('of 42 loaded')).toBeVisible();
  // The picker offers both, newest first.
  await page.getByRole('button', { name: /^Project:/ }).click();
  await expect(page.getByRole('navigation', { name: 'Recent projects' }).getByRole('link')).toHaveText([/^sandbox/, /^staging/]);

  // A mistyped (well-formed) id: once the API says it does not exist, / goes back to the last project that did.
  const unknown = '00000000-0000-4000-8000-000000000000';
  await page.goto(`/projects/${unknown}/operations`);
  await expect(page.getByRole('heading', { name: 'This project was not found' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/projects/${sandbox.id}/operations$`));
  await expect(page.getByText('of 42 loaded')).toBeVisible();
  await page.getByRole('button', { name: /^Project:/ }).click();
  await expect(page.getByRole('navigation', { name: 'Recent projects' })).not.toContainText(unknown);
});

test.extend({ allowedConsoleErrors: failedResource(400) })(
  'a 400 to a filtered list is about the filters: the project is kept, and the list loads without them on request',
  async ({ page, projects }) => {
    const sandbox = byName(projects, 'sandbox');
    // A deployment that takes one value per filter and refuses the comma list this app sends.
    await page.route('**/v1/operations?**', (route) =>
      /[?&]kind=[^&]*(,|%2C)/i.test(route.request().url())
        ? route.fulfill({ status: 400, json: { message: 'invalid kind: vm,volume' } })
        : route.fallback(),
    );
    await page.goto(`/projects/${sandbox.id}/operations`);
    await expect(page.getByText('of 42 loaded')).toBeVisible();
    await page.goto(`/projects/${sandbox.id}/operations?kind=vm,volume`);
    await expect(page.getByRole('heading', { name: 'The API refused this list’s filters' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The API answered 400: invalid kind: vm,volume');
    await page.getByRole('button', { name: 'Show all operations, newest first' }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${sandbox.id}/operations$`));
    await expect(page.getByText('of 42 loaded')).toBeVisible();
    // Not forgotten as a project the API does not know: / still reopens it.
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/projects/${sandbox.id}/operations$`));
  },
);

failingTest('while React Query retries a failing API the list says so, then offers Retry', async ({ page, projects }) => {
  const server = await startServer({ DEMO_FAIL_RATE: '1' });
  try {
    await page.goto(`${server.url}/projects/${byName(projects, 'staging').id}/operations`);
    await expect(page.getByRole('status').filter({ hasText: /(Rate limited|The API failed \(50\d\)) — retrying…/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Could not load operations' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  } finally {
    await page.goto('about:blank'); // no request of the page may still be in flight when its server goes
    server.stop();
  }
});

failingTest('the API key being rejected says what to fix', async ({ page }) => {
  const server = await startServer({ DEMO_API_KEY: 'secret' });
  try {
    await page.goto(`${server.url}/projects/00000000-0000-4000-8000-000000000000/operations`);
    await expect(page.getByText('The API key was rejected — check NIRVANA_LABS_API_KEY on the server')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Live/ })).toHaveCount(0);
  } finally {
    await page.goto('about:blank'); // no request of the page may still be in flight when its server goes
    server.stop();
  }
});

test('the project picker validates a pasted id and lists projects; axe is clean in dark mode', async ({ page, projects }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const staging = byName(projects, 'staging');
  await page.goto(`/projects/${byName(projects, 'production').id}/operations?kind=vm`);
  await page.getByRole('button', { name: /^Project:/ }).click();
  await page.getByRole('textbox', { name: 'Project id' }).fill('not-a-uuid');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText('A project id is a UUID');
  await expect(page.getByRole('navigation', { name: 'All projects', exact: true }).getByRole('link', { name: /staging/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: 'Project id' }).fill(staging.id);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${staging.id}/operations$`));
  await expect(page.getByText('of 500 loaded')).toBeVisible();
  await expectNoAxeViolations(page);
  // A project picked from the list with the keyboard: the menu closes and the focus is back on its button, not the page.
  await page.getByRole('button', { name: /^Project:/ }).click();
  await page.getByRole('navigation', { name: 'All projects', exact: true }).getByRole('link', { name: /sandbox/ }).press('Enter');
  await expect(page.getByText('of 42 loaded')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Project:/ })).toBeFocused();
});

test('Refresh keeps the keyboard focus while page 1 comes back: a second Enter refreshes again, it does not open a row', async ({ page, projects }) => {
  const staging = byName(projects, 'staging').id;
  await page.goto(`/projects/${staging}/operations?live=0`);
  await expect(page.getByText('of 500 loaded')).toBeVisible();
  let refreshes = 0;
  await page.route('**/v1/operations?**', async (route) => {
    refreshes++;
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  const refresh = page.getByRole('button', { name: 'Refresh' });
  await refresh.focus();
  await page.keyboard.press('Enter');
  await expect(refresh).toHaveAttribute('aria-disabled', 'true');
  await expect(refresh).toBeFocused();
  await expect(refresh).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');
  await expect.poll(() => refreshes).toBe(2);
  await expect(page).toHaveURL(new RegExp(`/projects/${staging}/operations\\?live=0$`));
  await expect(refresh).toBeFocused();
});

test('j moves over the rows after a click on the page’s blank space (which focuses the main landmark)', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations?live=0`);
  await expect(dataRows(page).first()).toBeVisible();
  await page.getByRole('heading', { name: 'Operations', level: 1 }).click();
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('j');
  await expect(dataRows(page).first().getByRole('link').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(dataRows(page).nth(1).getByRole('link').first()).toBeFocused();
});

test('Live and Overview look pressed when on, and different from off', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations?live=0`);
  const overview = page.getByRole('button', { name: 'Overview' });
  const look = () => overview.evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderColor}`);
  const before = await look();
  const pressed = (await overview.getAttribute('aria-pressed')) !== 'true';
  await overview.click();
  await expect(overview).toHaveAttribute('aria-pressed', String(pressed));
  const after = await look();
  expect(after).not.toBe(before);
  // Whichever way it went, the pressed look is the one Live has when on.
  const live = page.getByRole('button', { name: /^Live/ });
  await live.click();
  await expect(live).toHaveAttribute('aria-pressed', 'true');
  const liveOn = await live.evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderColor}`);
  expect(liveOn).toBe(pressed ? after : before);
});

test('a row’s own buttons copy ids, filter by resource, and its link opens the operation', async ({ page, projects, context, baseURL, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const production = byName(projects, 'production');
  await page.goto(`/projects/${production.id}/operations`);
  const row = dataRows(page).nth(2);
  const id = (await row.getByRole('link').getAttribute('title'))!;
  const resource = (await row.getByRole('button', { name: /^Copy resource id / }).getAttribute('aria-label'))!.replace('Copy resource id ', '');

  await row.getByRole('button', { name: `Copy operation id ${id}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await expect(page.getByRole('status').filter({ hasText: /^Copied$/ })).toHaveCount(1);
  await expect(row.getByRole('button', { name: `Copy operation id ${id}` })).toHaveAttribute('data-copied', 'ok');
  await expect(row.getByRole('button', { name: `Copy operation id ${id}` })).not.toHaveAttribute('data-copied', /.*/, { timeout: 3000 });
  await expect(page).toHaveURL(/\/operations(\?|$)/); // copying did not open the row

  await row.getByRole('button', { name: `Copy resource id ${resource}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(resource);

  const asked = recordRequests(page, '/v1/operations?');
  await row.getByRole('button', { name: resource.slice(0, 8), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]resource=${resource}`));
  await expect(page.getByRole('button', { name: `Remove filter resource: ${resource}` })).toBeVisible();
  await expect.poll(() => asked.some((u) => new URL(u).searchParams.get('resource_id') === resource)).toBe(true);
  // Every operation on the resource, as the API lists them (not a scan of the pages loaded so far).
  const expected = await apiIds(request, baseURL!, `project_id=${production.id}&resource_id=${resource}`);
  await expect.poll(() => dataRows(page).count()).toBe(expected.length);
  const shown = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelector('a')?.getAttribute('title')));
  expect(new Set(shown)).toEqual(new Set(expected));

  // A modified click is left to the browser (a new tab); a plain click opens the operation here, with a way back.
  const link = table(page).getByRole('link', { name: id.slice(0, 8), exact: true });
  await expect(link).toHaveAttribute('href', `/operations/${id}`);
  const opened = context.waitForEvent('page');
  await link.click({ modifiers: ['ControlOrMeta'] });
  await (await opened).close();
  await expect(page).toHaveURL(/\/operations(\?|$)/);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await link.click();
  await expect(page).toHaveURL(`/operations/${id}`);
  expect(await page.evaluate(() => 'sameDocument' in window), 'opened without reloading the app').toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]resource=${resource}`));
});
