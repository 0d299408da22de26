import { useSpecServer } from './support/server';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { byName, dataRows, expect, expectNoAxeViolations, listTable, test } from './support/fixtures';

const rowId = (row: Locator) => row.getByRole('link').first().getAttribute('title');

test.describe('live list', () => {
  const server = useSpecServer({ DEMO_LIVE: 'on', DEMO_TICK_MS: '1000', DEMO_SEED: 'e2e-live-list' });

  async function liveProject(request: APIRequestContext): Promise<string> {
    return ((await (await request.get(`${server.url()}/v1/projects`)).json()) as { items: { id: string }[] }).items[0]!.id;
  }

  test('sorted oldest first, the pill counts the operations created since, not the newest rows not loaded yet', async ({ page, request }) => {
    await page.goto(`${server.url()}/projects/${await liveProject(request)}/operations?sort=created_at:asc`);
    await expect(dataRows(page).first()).toBeVisible();
    // The stand-in adds about one operation a second; polls come every 5 s. Before, the first poll said "100+".
    const pill = page.getByRole('button', { name: /new operations? — show/ });
    await expect(pill).toBeVisible({ timeout: 20_000 });
    const n = Number((await pill.textContent())!.match(/(\d+)\+? new/)![1]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(30);
    await expect(pill).not.toContainText('reloads the list');
  });

  test('a new row waits in the pill; the focused row stays put until "show"', async ({ page, request }) => {
    await page.goto(`${server.url()}/projects/${await liveProject(request)}/operations`);
    await expect(dataRows(page).first()).toBeVisible();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const focused = dataRows(page).nth(2);
    const focusedId = await rowId(focused);
    const firstId = await rowId(dataRows(page).first());
    await expect(focused.getByRole('link').first()).toBeFocused();
    const box = await focused.boundingBox();

    const pill = page.getByRole('button', { name: /new operations? — show/ });
    await expect(pill).toBeVisible({ timeout: 20_000 });
    // The pill covers no row's data: it sits above the first row.
    expect((await pill.boundingBox())!.y + (await pill.boundingBox())!.height).toBeLessThanOrEqual((await dataRows(page).first().boundingBox())!.y);
    // Nothing moved: same row focused, same place on screen, same first row.
    await expect(page.locator(`a[title="${focusedId}"]`)).toBeFocused();
    expect(await page.locator(`a[title="${focusedId}"]`).locator('xpath=ancestor::*[@role="row"]').boundingBox()).toEqual(box);
    expect(await rowId(dataRows(page).first())).toBe(firstId);
    await expectNoAxeViolations(page);

    await pill.click();
    // The waiting rows are now on top. (The pill may come back at once: the stand-in keeps adding operations.)
    await expect.poll(() => rowId(dataRows(page).first())).not.toBe(firstId);
    // The reader lands on the list again, with a row focused (the pill that had the focus is gone).
    await expect(listTable(page).locator('a.ops-link:focus')).toHaveCount(1);
  });

  test('a running operation settles in place: its status text changes and the row flashes once', async ({ page, request }) => {
    await page.goto(`${server.url()}/projects/${await liveProject(request)}/operations`);
    const flying = dataRows(page).filter({ hasText: /running|pending/ }).first();
    await expect(flying).toBeVisible();
    const id = await rowId(flying);
    const row = dataRows(page).filter({ has: page.locator(`a[title="${id}"]`) });
    await expect(row).not.toHaveClass(/ops-flash/);
    await expect(row.getByRole('cell').nth(3)).toHaveText(/done|failed/, { timeout: 30_000 });
    const settled = (await row.getByRole('cell').nth(3).textContent())!.match(/done|failed/)![0];
    // The poll that brought the new status marks the row, in the colour of how it ended...
    await expect(row).toHaveClass(new RegExp(`\\bops-flash ops-flash-${settled}\\b`));
    // ...and the next poll (5 s on) unmarks it: it flashes once, not on every later render of the row.
    await expect(row).not.toHaveClass(/ops-flash/, { timeout: 8_000 });
    await expect(row.getByRole('cell').nth(3)).toHaveText(new RegExp(settled));
  });

  test('live=0 sends no poll, and the Live toggle says it is off', async ({ page, request }) => {
    await page.goto(`${server.url()}/projects/${await liveProject(request)}/operations?live=0`);
    await expect(dataRows(page).first()).toBeVisible();
    let polls = 0;
    page.on('request', (r) => {
      if (r.url().includes('/v1/operations')) polls++;
    });
    await expect(page.getByRole('button', { name: 'Live' })).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(6_000);
    expect(polls).toBe(0);
    await page.getByRole('button', { name: 'Live' }).click();
    await expect(page).not.toHaveURL(/live=0/);
  });
});

test('picking a range on the overview writes from/to to the URL', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  const chart = page.getByRole('group', { name: /Operations over time by status/ });
  await expect(chart).toBeVisible();
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  // What Enter will filter to is on screen, not only announced.
  await expect(chart.getByText(/operations?\. Press Enter to filter\.$/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=\d{4}-[^&]+&to=\d{4}-/);
  await expect(page.getByRole('button', { name: /Remove filter since / })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
});

test.describe('the overview chart by mouse, in a browser whose zone is UTC', () => {
  test.use({ timezoneId: 'UTC' });

  /** The chart's bars, left (oldest) to right, each with the step it stands for and its count (from its tooltip). */
  async function bars(page: Page) {
    const chart = page.getByRole('group', { name: /Operations over time by status/ });
    await expect(chart).toBeVisible();
    const titles = await chart.locator('svg > g > title').allTextContents();
    expect(titles.length).toBeGreaterThan(4);
    const box = (await chart.locator('svg').boundingBox())!;
    return titles.map((t, i) => {
      const m = /^(\S+ \S+) UTC – (\S+ \S+) UTC: (\d+) /.exec(t);
      if (!m) throw new Error(`unexpected bar title: ${t}`);
      return {
        from: m[1]!,
        to: m[2]!,
        start: Date.parse(`${m[1]!.replace(' ', 'T')}Z`),
        end: Date.parse(`${m[2]!.replace(' ', 'T')}Z`),
        count: Number(m[3]),
        x: box.x + ((i + 0.5) * box.width) / titles.length,
        y: box.y + box.height / 2,
      };
    });
  }

  /** After a pick: the URL holds the step(s) picked, and the list holds exactly the API's operations created in them. */
  async function expectListNarrowedTo(page: Page, request: APIRequestContext, projectId: string, start: number, end: number, count: number) {
    const [from, to] = [new Date(start).toISOString(), new Date(end - 1).toISOString()];
    await expect(page).toHaveURL(new URL(`/projects/${projectId}/operations?from=${from}&to=${to}`, page.url()).href);
    const res = await request.get(`/v1/operations?project_id=${projectId}&limit=100&created_at_min=${from}&created_at_max=${to}`);
    const api = (await res.json()) as { pagination: { total_count: number } };
    expect(api.pagination.total_count).toBe(count);
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${count} of ${count} matching loaded`) })).toBeVisible();
    const created = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=cell]')[5]!.querySelector('time')!.dateTime));
    expect(created.length).toBeGreaterThan(0);
    for (const t of created) {
      expect(Date.parse(t)).toBeGreaterThanOrEqual(start);
      expect(Date.parse(t)).toBeLessThan(end);
    }
  }

  test('dragging across the bars shows the range while dragging, then filters the list to it', async ({ page, projects, request }) => {
    const staging = byName(projects, 'staging');
    await page.goto(`/projects/${staging.id}/operations`);
    await expect(page.getByText('100 of 500 loaded')).toBeVisible();
    const all = await bars(page);
    // Newer steps only: every operation in them is loaded (the oldest step may hold older operations not loaded yet).
    const [a, b] = [all.length - 4, all.length - 2];
    const picked = all.slice(a, b + 1).reduce((n, x) => n + x.count, 0);
    expect(picked).toBeGreaterThan(0);
    const readout = page.getByRole('group', { name: /Operations over time by status/ }).getByText(/ operations?\. /);

    await page.mouse.move(all[a]!.x, all[a]!.y);
    await page.mouse.down();
    await page.mouse.move(all[a + 1]!.x, all[a]!.y, { steps: 4 });
    await page.mouse.move(all[b]!.x, all[b]!.y, { steps: 4 });
    // Still dragging: the range under the pointer and how many operations it holds, nothing filtered yet.
    // (Releasing filters, not Enter, which only acts on a pick made with the arrow keys.)
    await expect(readout).toHaveText(new RegExp(`^${all[a]!.from} UTC – ${all[b]!.to} UTC: ${picked} operations?\\. Release to filter\\.$`));
    await expect(page).not.toHaveURL(/from=/);
    await page.mouse.up();

    await expectListNarrowedTo(page, request, staging.id, all[a]!.start, all[b]!.end, picked);
    await expect(page.getByRole('button', { name: /^Remove filter since / })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
  });

  test('clicking one bar filters the list to that step', async ({ page, projects, request }) => {
    const staging = byName(projects, 'staging');
    await page.goto(`/projects/${staging.id}/operations`);
    await expect(page.getByText('100 of 500 loaded')).toBeVisible();
    const all = await bars(page);
    const bar = all.slice(1).findLast((x) => x.count > 1)!;
    expect(bar, 'a step with several operations').toBeDefined();
    await page.mouse.click(bar.x, bar.y);
    await expectListNarrowedTo(page, request, staging.id, bar.start, bar.end, bar.count);
  });
});

test('Export CSV downloads the rows the list shows', async ({ page, projects }) => {
  const staging = byName(projects, 'staging');
  await page.goto(`/projects/${staging.id}/operations?kind=vm&status=failed`);
  await expect(page.getByText('End of list')).toBeVisible({ timeout: 30_000 });
  const shown = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelector('a[title]')!.getAttribute('title')!));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(30);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  // The file says what it holds: the project and both filters (then the time of the export).
  expect(file.suggestedFilename()).toMatch(new RegExp(`^operations_${staging.id}_kind-vm_status-failed_\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\dZ\\.csv$`));
  const lines = readFileSync((await file.path())!, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^id,/);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(shown);
});

test('Export JSON downloads exactly the rows in view, as the API sent them, in a file named after the filters', async ({ page, projects, request }) => {
  const staging = byName(projects, 'staging');
  const res = await request.get(`/v1/operations?project_id=${staging.id}&limit=100&kind=vm&status=failed`);
  const body = (await res.json()) as { items: { id: string; resource_id: string }[]; pagination: { next_cursor: string | null } };
  expect(body.pagination.next_cursor).toBeNull();
  // The search filters the loaded rows in the browser: the rows in view are fewer than the rows loaded.
  const perResource = new Map<string, number>();
  for (const op of body.items) perResource.set(op.resource_id, (perResource.get(op.resource_id) ?? 0) + 1);
  const resource = [...perResource.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const expected = body.items.filter((op) => op.resource_id === resource);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(body.items.length);

  await page.goto(`/projects/${staging.id}/operations?kind=vm&status=failed&q=${resource}`);
  await expect(page.getByText('End of list')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(expected.length);
  const shown = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.querySelector('a[title]')!.getAttribute('title')!));
  expect(shown).toEqual(expected.map((op) => op.id));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^operations_${staging.id}_kind-vm_status-failed_q-${resource}_\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\dZ\\.json$`));
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toEqual(expected);
});

test('j/k move a visible focus over the rows, Enter opens; / focuses search; ? lists the keys', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  await expect(dataRows(page).first()).toBeVisible();
  const link = (i: number) => dataRows(page).nth(i).getByRole('link').first();
  await page.keyboard.press('j');
  await expect(link(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await expect(link(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(link(1)).toBeFocused();
  await expect(dataRows(page).nth(1)).toHaveClass(/ops-focused/);
  const outline = await dataRows(page).nth(1).evaluate((r) => getComputedStyle(r).outlineStyle);
  expect(outline).toBe('solid');
  const id = await link(1).getAttribute('title');

  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: /Search by operation/ })).toBeFocused();
  await page.getByRole('searchbox').press('Escape');
  await link(1).focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('row', { name: /Next row/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await link(1).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/operations/${id}$`));
  await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();

  // Esc back to the list: the row just opened has the focus again, and j goes on from it.
  await page.keyboard.press('Escape');
  await expect(link(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(link(2)).toBeFocused();
});

test('the table is one stop in the Tab order: the active row’s link and buttons, then on', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'staging').id}/operations`);
  await expect(dataRows(page).first()).toBeVisible();
  // Only one row's controls can be reached by Tab (it was four stops per row, 400 for 100 rows).
  const tabbableLinks = () => dataRows(page).evaluateAll((rows) => rows.filter((r) => r.querySelector('a')!.tabIndex === 0).length);
  expect(await tabbableLinks()).toBe(1);
  const row = dataRows(page).nth(1);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(row.getByRole('link').first()).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: /^Copy resource id/ })).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('.ops-data')), 'Tab leaves the rows').toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(row.getByRole('button', { name: /^Copy resource id/ })).toBeFocused();
  expect(await tabbableLinks()).toBe(1);
});

test('field history shows each field across a resource’s operations', async ({ page, projects, request }) => {
  const staging = byName(projects, 'staging');
  const res = await request.get(`/v1/operations?project_id=${staging.id}&limit=100&type=update`);
  const items = ((await res.json()) as { items: { id: string; resource_id: string; details: { changes: object } | null }[] }).items;
  const counts = new Map<string, number>();
  for (const op of items) if (op.details) counts.set(op.resource_id, (counts.get(op.resource_id) ?? 0) + 1);
  const resource = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const op = items.find((o) => o.resource_id === resource && o.details)!;
  await page.goto(`/operations/${op.id}`);
  await page.getByRole('button', { name: 'Load full history' }).click();
  await expect(page.getByRole('heading', { name: 'Field history' })).toBeVisible();
  const tables = page.locator('.field-history-table');
  await expect(tables.first()).toBeVisible();
  expect(await tables.locator('tbody tr').count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
});

test('the full history lists the resource’s operations as the API does, and the field history shows their changes, oldest first', async ({ page, projects, request }) => {
  type Value = string | number | boolean | null | string[] | undefined;
  interface ApiOp { id: string; resource_id: string; type: string; created_at: string; details: { changes: Record<string, { from?: Value; to?: Value }> } | null }
  const pageAll = async (query: string) => {
    const ops: ApiOp[] = [];
    for (let cursor = ''; ; ) {
      const res = await request.get(`/v1/operations?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.ok()).toBe(true);
      const body = (await res.json()) as { items: ApiOp[]; pagination: { next_cursor: string | null } };
      ops.push(...body.items);
      if (!body.pagination.next_cursor) return ops;
      cursor = body.pagination.next_cursor;
    }
  };
  const staging = byName(projects, 'staging');
  // The resource with the most operations: more than the eight the timeline shows before "Show all".
  const perResource = new Map<string, number>();
  for (const op of await pageAll(`project_id=${staging.id}`)) perResource.set(op.resource_id, (perResource.get(op.resource_id) ?? 0) + 1);
  const resource = [...perResource.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const expected = await pageAll(`project_id=${staging.id}&resource_id=${resource}`);
  expect(expected.length).toBeGreaterThan(8);
  const opened = expected[Math.floor(expected.length / 2)]!;

  // A cold load: nothing of the resource is in the list cache, so what shows comes from "Load full history".
  await page.goto(`/operations/${opened.id}`);
  const timeline = page.getByRole('region', { name: 'Other operations on this resource' });
  await timeline.getByRole('button', { name: 'Load full history' }).click();
  await expect(timeline.getByRole('status')).toHaveText(`Full history: ${expected.length} operations.`);
  await timeline.getByRole('button', { name: `Show all ${expected.length}` }).click();
  const entries = timeline.getByRole('list').getByRole('listitem');
  await expect(entries).toHaveCount(expected.length);
  const shown = await entries.evaluateAll((items, current) => items.map((li) => li.querySelector('a')?.getAttribute('href')?.split('/').pop() ?? (li.querySelector('[aria-current="page"]') ? current : null)), opened.id);
  expect(shown).toEqual(expected.map((op) => op.id));

  // Field by field (sorted by name): the operations that changed it, oldest first, each with its from and to as sent.
  const text = (v: Value) => (v === undefined ? '—' : v === null ? 'null' : Array.isArray(v) ? `[${v.join(', ')}]` : v === '' ? '""' : String(v));
  const oldestFirst = [...expected].reverse();
  const fields = [...new Set(expected.flatMap((op) => Object.keys(op.details?.changes ?? {})))].sort();
  expect(fields.length).toBeGreaterThan(1);
  const want = fields.map((field) => ({
    field,
    rows: oldestFirst
      .filter((op) => op.details?.changes[field])
      .map((op) => {
        const change = op.details!.changes[field]!;
        // A create had nothing before it, a delete leaves nothing after it.
        return [op.id.slice(0, 8), text(op.type === 'create' ? undefined : change.from), text(op.type === 'delete' ? undefined : change.to)];
      }),
  }));
  const history = page.getByRole('region', { name: 'Field history' });
  await expect(history.getByRole('table')).toHaveCount(fields.length);
  const got = await history.getByRole('table').evaluateAll((tables) =>
    tables.map((t) => ({
      field: t.querySelector('caption .mono')!.textContent,
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        // The From cell may end with a note that the value drifted since the previous operation.
        const from = cells[2]!.cloneNode(true) as HTMLElement;
        from.querySelector('.field-drift-note')?.remove();
        return [cells[1]!.querySelector('a')!.textContent, from.textContent, cells[3]!.textContent];
      }),
    })),
  );
  expect(got).toEqual(want);
});
