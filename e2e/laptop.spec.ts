// A 1,024 px window (small laptops, a browser beside an editor): the list's nine columns fit without scrolling sideways,
// and what the cells say is not cut off, for every kind the contract names, long durations and older rows.
import { makeOperation } from '../src/test/operations';
import { byName, expect, listTable, test } from './support/fixtures';

test.use({ viewport: { width: 1024, height: 768 } });

const KINDS = ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool', 'connect_connection', 'nks_load_balancer', 'nks_node'];
// A fixed clock, so "yesterday" and "this year" are the same rows on any day the test runs.
const NOW = Date.parse('2026-12-05T12:00:00Z');
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

test('at 1,024 px every column is on screen and kinds, times and durations are whole', async ({ page, projects }) => {
  await page.clock.setFixedTime(NOW);
  const project = byName(projects, 'production');
  // Newest first, as the API sends them: minutes old, a day old, months old; a restart that took 12 days 23 h.
  const items = KINDS.flatMap((kind, i) => [
    makeOperation({ project_id: project.id, kind, type: 'restart', status: 'unknown', created_at: at(5 + i), updated_at: at(4 + i) }),
    makeOperation({ project_id: project.id, kind, status: 'running', created_at: at(1459 + i), updated_at: at(1439 + i) }),
    makeOperation({ project_id: project.id, kind, type: 'restart', status: 'failed', created_at: at(400_000 + i), updated_at: at(400_000 + i - (12 * 24 + 23) * 60) }),
  ]).sort((a, b) => b.created_at.localeCompare(a.created_at));
  await page.route('**/v1/operations?*', (route) => route.fulfill({ json: { items, pagination: { next_cursor: null, previous_cursor: null, total_count: items.length } } }));
  await page.goto(`/projects/${project.id}/operations`);
  const table = listTable(page);
  await expect(page.getByText(`${items.length} of ${items.length} loaded`)).toBeVisible();
  await expect(table.locator('[role="row"].ops-data').first()).toBeVisible();

  const scroller = page.locator('[data-bench="scroll-container"]');
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), 'the table scrolls sideways').toBeLessThanOrEqual(0);
  const headers = await table.getByRole('columnheader').evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent));
  expect(headers, 'column headers cut off').toEqual([]);
  const changes = table.getByRole('columnheader', { name: 'Changes' });
  expect((await changes.boundingBox())!.x + 100, 'the Changes column is on screen').toBeLessThanOrEqual(1024);

  for (const zone of ['Local', 'UTC']) {
    await page.getByRole('group', { name: /time zone/i }).getByRole('button', { name: zone }).click();
    await expect(table.locator('time').first()).toHaveAttribute('data-zone', zone.toLowerCase());
    const seen = new Set<string>();
    const cut = new Set<string>();
    // The rows are windowed: read the cells a screenful at a time.
    for (let top = 0; ; top += 300) {
      const done = await scroller.evaluate((el, y) => {
        el.scrollTop = y;
        return y >= el.scrollHeight - el.clientHeight;
      }, top);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const rows = await table.locator('[role="row"].ops-data').evaluateAll((els) =>
        els.map((row) => [...row.querySelectorAll<HTMLElement>('[role="cell"]')].map((cell) => [cell.textContent ?? '', cell.scrollWidth > cell.clientWidth] as const)),
      );
      // Every column but Changes, which may end in an ellipsis (its tooltip lists every field).
      for (const cells of rows)
        for (const [text, isCut] of cells.slice(0, 8)) {
          seen.add(text);
          if (isCut) cut.add(text);
        }
      if (done) break;
    }
    expect([...cut], `cut off in ${zone}`).toEqual([]);
    const yesterday = zone === 'UTC' ? '4 Dec 11:40Z' : '4 Dec 11:40';
    for (const text of ['Connect connection', 'NKS load balancer', 'NKS node pool', 'Firewall rule', '12 days 23 h', '5 min ago', yesterday]) expect(seen).toContain(text);
  }
});
