// What the changes of an operation look like: a diff side by side keeps its rows level; the list counts as the detail does.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { makeOperation } from '../src/test/operations';
import { dataRows, expect, test } from './support/fixtures';

interface Op {
  id: string;
  project_id: string;
  type: string;
  details: { changes: Record<string, { from?: unknown; to?: unknown }> } | null;
}

async function listOps(request: APIRequestContext, projectId: string): Promise<Op[]> {
  const res = await request.get(`/v1/operations?project_id=${projectId}&limit=100`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: Op[] }).items;
}

/** The vertical distance between the same line in the Before and After columns of a field's row. */
async function offset(page: Page, field: string, find: (cell: Locator) => Locator): Promise<number> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field }) });
  const [before, after] = [await find(row.getByRole('cell').nth(0)).boundingBox(), await find(row.getByRole('cell').nth(1)).boundingBox()];
  expect(before, `${field}: the line under Before`).not.toBeNull();
  expect(after, `${field}: the line under After`).not.toBeNull();
  expect(after!.x, `${field}: two columns`).toBeGreaterThan(before!.x + before!.width / 2);
  return Math.abs(before!.y - after!.y);
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

test('side by side, a kept list item sits at the same height in Before and After', async ({ page, projects, request }) => {
  // An update whose list field kept an item at a different index: an item before it was removed or added.
  let found: { op: Op; field: string; kept: string } | undefined;
  for (const project of projects) {
    for (const op of await listOps(request, project.id)) {
      if (op.type !== 'update' || found) continue;
      for (const [field, { from, to }] of Object.entries(op.details?.changes ?? {})) {
        if (!isStrings(from) || !isStrings(to)) continue;
        const kept = to.find((x) => from.includes(x) && from.indexOf(x) !== to.indexOf(x));
        if (kept !== undefined) found = { op, field, kept };
      }
    }
  }
  expect(found, 'an update that kept a list item at another index').toBeDefined();
  const { op, field, kept } = found!;
  await page.goto(`/operations/${op.id}`);
  await expect(page.getByRole('columnheader', { name: 'Before' })).toBeVisible();
  const item = (cell: Locator) => cell.getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${kept}$`) });
  expect(await offset(page, field, item), `${field}: ${kept} is on the same line in both columns`).toBeLessThanOrEqual(1);
});

test('side by side, the lines after a removed line or item that wraps stay level with their twins', async ({ page, projects }) => {
  const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
  const op = makeOperation({
    project_id: projects[0]!.id,
    details: {
      changes: {
        tags: { from: [`long-${'x'.repeat(200)}`, 'kept-tag'], to: ['kept-tag'] },
        user_data: { from: `#cloud-config\n${long}\nruncmd: [kept]`, to: '#cloud-config\nruncmd: [kept]' },
      },
    },
  });
  await page.route(`**/v1/operations/${op.id}`, (route) => route.fulfill({ json: op }));
  await page.goto(`/operations/${op.id}`);
  await expect(page.getByRole('columnheader', { name: 'Before' })).toBeVisible();
  const line = (cell: Locator) => cell.locator('.diff-line', { hasText: 'runcmd: [kept]' });
  expect(await offset(page, 'user_data', line), 'the line after a removed line that wraps').toBeLessThanOrEqual(1);
  const item = (cell: Locator) => cell.getByRole('listitem').filter({ hasText: /^\s*kept-tag$/ });
  expect(await offset(page, 'tags', item), 'the item after a removed item that wraps').toBeLessThanOrEqual(1);
});

test('the list’s Changes cell and the detail header agree on an operation that sent an unchanged field', async ({ page, projects, request }) => {
  // As the stand-in (and maybe the API) sends it: a field with the same from and to beside one that changed.
  const same = (c: { from?: unknown; to?: unknown }) => JSON.stringify(c.from) === JSON.stringify(c.to);
  let op: Op | undefined;
  for (const project of projects) {
    op ??= (await listOps(request, project.id)).find((o) => {
      const entries = Object.values(o.details?.changes ?? {});
      return o.type === 'update' && entries.some(same) && entries.some((c) => !same(c));
    });
  }
  expect(op, 'an update with an unchanged field and a changed one').toBeDefined();
  const fields = Object.keys(op!.details!.changes).sort();
  const changed = fields.filter((f) => !same(op!.details!.changes[f]!));
  await page.goto(`/projects/${op!.project_id}/operations?q=${op!.id}`);
  const row = dataRows(page).filter({ has: page.getByRole('link', { name: op!.id.slice(0, 8) }) });
  const cell = row.getByRole('cell').last();
  await expect(cell).toHaveText(`${changed.length} · ${changed.slice(0, 2).join(', ')}${changed.length > 2 ? ', …' : ''}`);
  await row.getByRole('link', { name: op!.id.slice(0, 8) }).click();
  await expect(page.getByRole('heading', { name: /^Changes/ })).toHaveText(`Changes (${fields.length} fields, ${changed.length} changed)`);
});

test('field history: the per-field tables put their columns at the same x, and a multi-line value keeps its line breaks', async ({ page, projects, request }) => {
  let op: Op | undefined;
  for (const project of projects) {
    op ??= (await listOps(request, project.id)).find((o) => {
      const to = o.details?.changes.user_data?.to;
      return o.type === 'update' && typeof to === 'string' && to.includes('\n');
    });
  }
  expect(op, 'an update that wrote a multi-line user_data').toBeDefined();
  await page.goto(`/operations/${op!.id}`);
  await page.getByRole('button', { name: 'Load full history' }).click();
  await expect(page.getByText(/^(Full history|Searched the newest)/)).toBeVisible();
  const tables = page.getByRole('region', { name: 'Field history' }).getByRole('table');
  expect(await tables.count(), 'several fields').toBeGreaterThan(1);
  const columns = await tables.evaluateAll((els) =>
    els.map((t) => [...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().x))),
  );
  for (const xs of columns) expect(xs, 'each table’s When, Operation, From and To columns').toEqual(columns[0]);
  // The value as sent, its line breaks shown (innerText is what is drawn: collapsed white space reads as one line).
  const to = page.getByRole('table', { name: /^user_data/ }).locator('tr[aria-current="true"] td').nth(3);
  expect(await to.innerText()).toBe(op!.details!.changes.user_data!.to);
});
