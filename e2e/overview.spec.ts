// The overview strip above the list: it follows the rows the table shows, and nothing in it is cut off.
import type { Page } from '@playwright/test';
import { appLive, byName, dataRows, expect, test } from './support/fixtures';

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

/** Kind rows that the table's scroller shows only in part (below its sticky header, above its bottom edge). */
const partlyVisibleKinds = (page: Page) =>
  page.getByRole('region', { name: 'Operations per kind' }).evaluate((wrap) => {
    const box = wrap.getBoundingClientRect();
    const top = box.top + wrap.querySelector('thead')!.getBoundingClientRect().height;
    const bottom = box.top + wrap.clientHeight;
    return [...wrap.querySelectorAll('tbody tr')].flatMap((tr) => {
      const r = tr.getBoundingClientRect();
      const shown = Math.min(r.bottom, bottom) - Math.max(r.top, top);
      return shown > 0.5 && shown < r.height - 0.5 ? [`${tr.querySelector('th')!.textContent} (${Math.round(shown)} of ${r.height} px)`] : [];
    });
  });

for (const width of [830, 1024, 1100, 1440])
  test(`at ${width} px the overview cuts nothing: every legend item inside the strip, kind rows whole as they scroll`, async ({ page, projects }) => {
    await page.setViewportSize({ width, height: 800 });
    // production: more kinds than the strip shows; staging: five statuses, whose legend wraps.
    for (const name of ['production', 'staging']) {
      await page.goto(`/projects/${byName(projects, name).id}/operations`);
      const strip = page.getByRole('region', { name: /^Overview of / });
      const legend = strip.getByRole('list', { name: 'Status totals' }).getByRole('listitem');
      await expect(legend.first()).toBeVisible();
      const s = (await strip.boundingBox())!;
      for (const item of await legend.all()) {
        const b = (await item.boundingBox())!;
        expect(b.y >= s.y && b.y + b.height <= s.y + s.height + 0.5 && b.x >= s.x && b.x + b.width <= s.x + s.width + 0.5, `${name}: legend "${await item.textContent()}" inside the strip`).toBe(true);
      }
      const kinds = page.getByRole('region', { name: 'Operations per kind' });
      const k = (await kinds.boundingBox())!;
      expect(k.y + k.height, `${name}: the kind table inside the strip`).toBeLessThanOrEqual(s.y + s.height + 0.5);
      expect(await partlyVisibleKinds(page), `${name}: kind rows cut at the top of the list`).toEqual([]);
      if (!(await kinds.evaluate((el) => el.scrollHeight > el.clientHeight))) continue;
      // A wheel step lands on a row's top, and so does the end of the list.
      await kinds.hover();
      await page.mouse.wheel(0, 30);
      await expect.poll(() => kinds.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await expect.poll(() => partlyVisibleKinds(page), { message: `${name}: kind rows cut after a wheel step` }).toEqual([]);
      await kinds.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await expect.poll(() => partlyVisibleKinds(page), { message: `${name}: kind rows cut at the end` }).toEqual([]);
    }
  });

for (const width of [390, 600, 830, 1024, 1440, 1920])
  test(`at ${width} px the list does not move when the overview replaces its placeholder`, async ({ page, projects }) => {
    // The strip's code is held back until the placeholder has been measured.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/overview-strip-*', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
    const placeholder = page.locator('.overview-placeholder');
    await expect(placeholder).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();
    await appLive(page);
    const before = { row: (await dataRows(page).first().boundingBox())!.y, height: (await placeholder.boundingBox())!.height };
    release();
    const strip = page.getByRole('region', { name: /^Overview of / });
    await expect(strip.getByRole('list', { name: 'Status totals' })).toBeVisible();
    await expect(placeholder).toHaveCount(0);
    const after = { row: (await dataRows(page).first().boundingBox())!.y, height: (await strip.boundingBox())!.height };
    expect(after).toEqual(before);
  });
