// The overview strip above the list: it follows the rows the table shows, and nothing in it is cut off.
import type { Page } from '@playwright/test';
import { byName, dataRows, expect, test } from './support/fixtures';

interface ApiOp {
  id: string;
  status: string;
  updated_at: string;
}

/** The legend's totals, by status ("✓ done 45" -> done: 45). */
async function legendTotals(page: Page): Promise<Record<string, number>> {
  const items = await page.getByRole('list', { name: 'Status totals' }).getByRole('listitem').allTextContents();
  return Object.fromEntries(items.map((t) => /(\w+)\s+([\d,]+)$/.exec(t.trim())!).map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))]));
}

const countBy = (ops: ApiOp[]) => ops.reduce<Record<string, number>>((n, op) => ({ ...n, [op.status]: (n[op.status] ?? 0) + 1 }), {});

test('with Live on, rows that settle in place are recounted: the legend, the kinds’ failed counts and the chart follow the table', async ({ page, projects }) => {
  const staging = byName(projects, 'staging');
  await page.goto(`/projects/${staging.id}/operations`);
  await expect(page.getByText('100 of 500 loaded')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Status totals' })).toBeVisible();
  const before = await legendTotals(page);
  expect(before.running, 'the first page has running operations').toBeGreaterThan(0);
  expect(before.pending, 'the first page has pending operations').toBeGreaterThan(0);

  // From now on the API says every running or pending operation has settled, every third one failed. The poll
  // (every 5 s) asks for the newest page, which holds all 100 loaded rows: they are updated in place, none is added.
  let served: ApiOp[] = [];
  await page.route('**/v1/operations?*', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { items: ApiOp[] };
    const now = new Date().toISOString();
    let i = 0;
    body.items = body.items.map((op) => (op.status === 'running' || op.status === 'pending' ? { ...op, status: i++ % 3 ? 'done' : 'failed', updated_at: now } : op));
    served = body.items;
    await route.fulfill({ response: res, json: body });
  });

  await expect(dataRows(page).getByRole('cell').filter({ hasText: /^\W*(running|pending)$/ })).toHaveCount(0, { timeout: 15_000 });
  const after = countBy(served);
  expect(after.running ?? 0).toBe(0);
  // The overview may lag (it is throttled), but it catches up with the table.
  await expect.poll(() => legendTotals(page), { timeout: 5_000 }).toEqual(after);
  await expect(page.locator('.overview .histogram rect.st-running, .overview .histogram rect.st-pending')).toHaveCount(0);
  // Per kind: "(failed of settled)" now counts every row but the unknown ones as settled, and the failures added.
  const ofs = await page.getByRole('region', { name: 'Operations per kind' }).locator('.kind-of').allTextContents();
  const pairs = ofs.map((t) => /\((\d+) of (\d+)\)/.exec(t)!);
  const sum = (i: number) => pairs.reduce((n, m) => n + Number(m[i]), 0);
  expect([sum(1), sum(2)]).toEqual([after.failed, after.done! + after.failed!]);
});
