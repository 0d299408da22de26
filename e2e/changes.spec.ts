// What the changes of an operation look like: a list diff side by side keeps its kept items level.
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface Op {
  id: string;
  type: string;
  details: { changes: Record<string, { from?: unknown; to?: unknown }> } | null;
}

async function listOps(request: APIRequestContext, projectId: string): Promise<Op[]> {
  const res = await request.get(`/v1/operations?project_id=${projectId}&limit=100`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: Op[] }).items;
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
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field }) });
  const item = (column: number) => row.getByRole('cell').nth(column).getByRole('listitem').filter({ hasText: new RegExp(`^\\s*${kept}$`) });
  const [before, after] = [await item(0).boundingBox(), await item(1).boundingBox()];
  expect(before, `${kept} under Before`).not.toBeNull();
  expect(after, `${kept} under After`).not.toBeNull();
  expect(Math.abs(before!.y - after!.y), `${field}: ${kept} is on the same line in both columns`).toBeLessThanOrEqual(1);
  expect(after!.x).toBeGreaterThan(before!.x + before!.width / 2);
});
