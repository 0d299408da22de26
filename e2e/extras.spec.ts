import type { Locator } from '@playwright/test';
import { appLive, byName, expect, expectNoAxeViolations, listTable, test } from './support/fixtures';

test.describe('header controls and shortcuts', () => {
  test('theme switch applies, survives a reload, and both themes pass axe', async ({ page, projects }) => {
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    const html = page.locator('html');
    const theme = page.getByRole('group', { name: 'Theme' });
    await theme.getByRole('button', { name: 'Dark' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).toBe('rgb(15, 17, 21)');
    await expectNoAxeViolations(page);

    await page.reload();
    // Set by the theme script inlined into index.html (src/app/theme-init.js) before the app runs: no light flash.
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();

    await theme.getByRole('button', { name: 'Light' }).click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expectNoAxeViolations(page);
  });

  test('Auto follows the OS dark setting', async ({ page, projects }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Auto' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 17, 21)');
    await expectNoAxeViolations(page);
  });

  test('UTC/local choice is remembered across reloads', async ({ page, projects }) => {
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    const zone = page.getByRole('group', { name: 'Time zone' });
    await expect(zone.getByRole('button', { name: 'Local' })).toHaveAttribute('aria-pressed', 'true');
    await zone.getByRole('button', { name: 'UTC' }).click();
    await page.reload();
    await expect(zone.getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
    await expect(zone.getByRole('button', { name: 'Local' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('go to operation: explains bad input, opens a pasted dashboard link', async ({ page, projects, request }) => {
    const list = (await (await request.get(`/v1/operations?project_id=${projects[0]!.id}&limit=10`)).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    const box = page.getByRole('textbox', { name: 'Go to operation' });
    await box.fill('not-an-id');
    await box.press('Enter');
    await expect(page.getByText('“not-an-id” is not an operation id')).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await box.fill(`http://dashboard.example/operations/${id}?from=list`);
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/operations/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('go to operation: a pasted dashboard list link opens that list with its filters', async ({ page, projects }) => {
    const [first, staging] = [projects[0]!, byName(projects, 'staging')];
    await page.goto(`/projects/${first.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Go to operation' });
    await box.fill(`https://dashboard.example/projects/${staging.id}/operations?status=failed#top`);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/projects/${staging.id}/operations\\?status=failed$`));
    await expect(page.getByRole('button', { name: 'Remove filter status: failed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Project: staging' })).toBeVisible();
    await expect(box).toHaveValue('');
    // Back returns to the list it was pasted on.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/projects/${first.id}/operations$`));
  });

  test('go to operation: the message goes on Esc or a press outside, and never blocks the Live button under it', async ({ page, projects }) => {
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Go to operation' });
    const bubble = page.getByText('“hello world” is not an operation id');
    const live = page.getByRole('button', { name: 'Live' });
    await box.fill('hello world');
    await box.press('Enter');
    await expect(bubble).toBeVisible();
    const [b, l] = [(await bubble.boundingBox())!, (await live.boundingBox())!];
    expect(b.x < l.x + l.width && l.x < b.x + b.width && b.y < l.y + l.height && l.y < b.y + b.height, 'the message lies over Live').toBe(true);
    await page.keyboard.press('Escape');
    await expect(bubble).toBeHidden();
    await expect(box).not.toHaveAttribute('aria-invalid');
    await expect(box).toHaveValue('hello world');

    // Shown again, it lets a press through to Live (which it covers) and goes away.
    await box.press('Enter');
    await expect(bubble).toBeVisible();
    const pressed = await live.getAttribute('aria-pressed');
    await live.click({ timeout: 3000 });
    await expect(live).not.toHaveAttribute('aria-pressed', pressed!);
    await expect(bubble).toBeHidden();
  });

  test('? lists the shortcuts in a dialog that Esc closes', async ({ page, projects }) => {
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    await appLive(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Focus the search field/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Esc closed the dialog only: still on the list.
    await expect(page).toHaveURL(/\/operations$/);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('Esc on an operation returns to the list it came from, or to its project list', async ({ page, projects }) => {
    const listUrl = `/projects/${projects[0]!.id}/operations?status=done`;
    await page.goto(listUrl);
    const link = listTable(page).getByRole('row').nth(1).getByRole('link').first();
    await link.click();
    await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    // The detail page's own content (the list's h1 stays visible while the lazy detail route loads).
    await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`${listUrl.replace('?', '\\?')}$`));

    await page.goto(detailUrl);
    await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/projects/${projects[0]!.id}/operations$`));
  });

  test('from an operation opened by its link, Esc and “← Operations in …” land on its row in the new list, focused', async ({ page, projects, request }) => {
    const project = projects[0]!;
    const res = await request.get(`/v1/operations?project_id=${project.id}&limit=100&sort=created_at:desc`);
    const op = ((await res.json()) as { items: { id: string }[] }).items[3]!;
    const row = listTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: op.id.slice(0, 8) }) });
    for (const way of ['Escape', 'link'] as const) {
      await page.goto(`/operations/${op.id}`);
      await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();
      if (way === 'Escape') await page.keyboard.press('Escape');
      else await page.getByRole('link', { name: /^Operations in / }).click();
      await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/operations$`));
      await expect(row.getByRole('link').first()).toBeFocused();
    }
  });
});

test('the overview’s kind table scrolls inside the strip with its column names in view', async ({ page, projects }) => {
  await page.goto(`/projects/${projects[0]!.id}/operations`);
  const kinds = page.getByRole('region', { name: 'Operations per kind' });
  const head = kinds.getByRole('columnheader', { name: 'Kind' });
  await expect(head).toBeVisible();
  const top = (await kinds.boundingBox())!.y;
  expect(await kinds.evaluate((el) => el.scrollHeight > el.clientHeight), 'more kinds than the strip shows').toBe(true);
  await kinds.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(async () => Math.round((await head.boundingBox())!.y - top)).toBe(0);
});

test.describe('narrow windows', () => {
  test('the header fits one line at 1,000 px and wraps whole controls below that; the overview does not overlap itself', async ({ page, projects }) => {
    const box = async (name: string, locator: ReturnType<typeof page.locator>) => {
      const b = await locator.boundingBox();
      if (!b) throw new Error(`${name} has no box`);
      return b;
    };
    const brand = page.getByRole('banner').getByRole('link', { name: /Operations/ });
    const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
    const picker = page.getByRole('banner').getByRole('button', { name: /^Project/ });

    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
    await appLive(page);
    const [b1, h1, p1] = [await box('brand', brand), await box('help', help), await box('picker', picker)];
    expect(Math.abs(h1.y + h1.height / 2 - (b1.y + b1.height / 2)), 'help button on the brand line').toBeLessThan(6);
    expect(p1.height, 'project picker on one line').toBeLessThan(40);

    await page.setViewportSize({ width: 600, height: 560 });
    const legend = page.getByRole('list', { name: 'Status totals' });
    const kinds = page.getByRole('region', { name: 'Operations per kind' });
    await expect(kinds).toBeVisible();
    const [l, k, p2] = [await box('legend', legend), await box('kind table', kinds), await box('picker', picker)];
    expect(k.y, 'kind table below the legend').toBeGreaterThanOrEqual(l.y + l.height);
    expect(p2.height, 'project picker still on one line').toBeLessThan(40);
  });
});

test('relative times move on while the page stays open, in the list and on the detail page', async ({ page, projects }) => {
  await page.clock.install();
  await page.goto(`/projects/${projects[0]!.id}/operations`);
  const created = listTable(page).getByRole('row').nth(1).getByRole('cell').nth(5).locator('time');
  await expect(created).toHaveText(/^(just now|\d+ (s|min) ago)$/);
  await page.clock.fastForward('02:00:00');
  await expect(created).toHaveText('2 h ago');

  await listTable(page).getByRole('row').nth(1).getByRole('link').first().click();
  const header = page.locator('.detail-fact', { has: page.locator('dt', { hasText: 'Created' }) }).locator('time');
  await expect(header).toHaveText(/^2 h ago · /);
  await page.clock.fastForward('01:00:00');
  await expect(header).toHaveText(/^3 h ago · /);
});

test('the tab title names the page: the project (filtered or not), an operation with its status, a wrong address', async ({ page, projects, request }) => {
  const production = byName(projects, 'production');
  const app = 'Operations · Nirvana Labs';
  await page.goto(`/projects/${production.id}/operations`);
  // The project's name arrives after the first rows (the projects prefetch); until then its short id.
  await expect(page).toHaveTitle(`production · ${app}`);
  await page.getByRole('search').getByRole('button', { name: /^status\b/i }).click();
  await page.getByRole('checkbox', { name: /^failed\b/i }).click();
  await expect(page).toHaveTitle(`production (filtered) · ${app}`);

  const res = await request.get(`/v1/operations?project_id=${production.id}&limit=100&status=failed`);
  const [op] = ((await res.json()) as { items: { id: string; type: string }[] }).items;
  await page.goto(`/operations/${op!.id}`);
  await expect(page).toHaveTitle(new RegExp(`^\\S.* ${op!.type} ${op!.id.slice(0, 8)} · failed · ${app}$`));
  await page.goBack();
  await expect(page).toHaveTitle(`production (filtered) · ${app}`);

  await page.goto('/operations/not-an-id');
  await expect(page).toHaveTitle(`Not an operation id · ${app}`);
  await page.goto('/projects/nope/operations');
  await expect(page).toHaveTitle(`Not a project id · ${app}`);
  await page.goto('/no/such/page');
  await expect(page).toHaveTitle(`Page not found · ${app}`);
});

test('a link trimmed to /projects/{id} opens that project’s operations, filters kept; /projects goes home', async ({ page, projects }) => {
  const id = projects[1]!.id;
  await page.goto(`/projects/${id}?status=failed`);
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/operations\\?status=failed$`));
  await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/operations$/);
});

test('times and kinds in the list are not cut off, in local time and in UTC (with its Z)', async ({ page, projects }) => {
  await page.goto(`/projects/${projects[0]!.id}/operations?sort=created_at:asc`);
  const cells = listTable(page).getByRole('cell').filter({ has: page.locator('time') });
  await expect(cells.first()).toBeVisible();
  const kinds = await listTable(page).locator('[role="cell"]:nth-child(2)').evaluateAll((els) => els.map((el) => [el.textContent, el.scrollWidth > el.clientWidth]));
  expect(kinds.length).toBeGreaterThan(10);
  expect(kinds.filter(([, cut]) => cut)).toEqual([]);
  for (const zone of ['Local', 'UTC']) {
    await page.getByRole('group', { name: /time zone/i }).getByRole('button', { name: zone }).click();
    await expect(cells.first().locator('time')).toHaveAttribute('data-zone', zone.toLowerCase());
    const cut = await cells.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent + ' ' + el.querySelector('time')?.dataset.abs));
    expect(cut).toEqual([]);
  }
});

test.describe('in a browser whose zone is Europe/Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('hovering a Created or Updated cell shows its absolute time in local time and in UTC, the chosen zone first', async ({ page, projects }) => {
    const berlin = (iso: string) => {
      const d = new Date(iso);
      const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'medium' }).format(d);
      const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')!.value;
      return `${day} ${zone}`;
    };
    const utc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    // The pointer as a person moves it, and the tooltip the browser shows there: the title of what is under it (written
    // when the pointer enters). Each look comes in again from outside, measuring anew: under load a row can still be
    // drawn anew after the pointer arrived, and a pointer that does not move enters nothing (seen in a CI run).
    const pointAt = async (el: Locator) => async () => {
      const box = (await el.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await page.mouse.move(0, 0);
      await page.mouse.move(x, y, { steps: 3 });
      return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[title]')?.getAttribute('title'), [x, y]);
    };
    await page.goto(`/projects/${projects[0]!.id}/operations`);
    const row = listTable(page).getByRole('row').nth(3);
    await expect(row).toBeVisible();
    const headers = listTable(page).getByRole('columnheader');
    for (const [column, name] of [[5, /^Created/], [6, /^Updated/]] as const) {
      await expect(headers.nth(column)).toHaveText(name);
      const time = row.getByRole('cell').nth(column).locator('time');
      const iso = (await time.getAttribute('datetime'))!;
      expect(berlin(iso)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT\+[12]$/);
      const tooltip = await pointAt(time);
      await expect.poll(tooltip).toBe(`${berlin(iso)}\n${utc(iso)}`);
      await page.mouse.move(0, 0);
    }

    await page.getByRole('group', { name: 'Time zone' }).getByRole('button', { name: 'UTC' }).click();
    const created = row.getByRole('cell').nth(5).locator('time');
    await expect(created).toHaveAttribute('data-zone', 'utc');
    const iso = (await created.getAttribute('datetime'))!;
    await expect.poll(await pointAt(created)).toBe(`${utc(iso)}\n${berlin(iso)}`);
    // The time lies above the row's link (that is how its tooltip shows), and a click on it still opens the row.
    const id = await row.getByRole('link').first().getAttribute('title');
    await created.click();
    await expect(page).toHaveURL(new RegExp(`/operations/${id}$`));
  });
});

test('hovering Kind or Changes in a row shows the API’s kind and every changed field; a click there opens the row', async ({ page, projects, request }) => {
  const project = projects[0]!;
  const res = await request.get(`/v1/operations?project_id=${project.id}&limit=100`);
  const { items } = (await res.json()) as { items: { id: string; kind: string; details: { changes: Record<string, unknown> } | null }[] };
  // A row in the first screenful whose Changes cell cannot name every field ("3 · a, b, …").
  const index = items.slice(0, 10).findIndex((op) => Object.keys(op.details?.changes ?? {}).length >= 3);
  expect(index).toBeGreaterThanOrEqual(0);
  const op = items[index]!;
  await page.goto(`/projects/${project.id}/operations`);
  const row = listTable(page).getByRole('row').nth(index + 1);
  await expect(row.getByRole('link').first()).toHaveAttribute('title', op.id);
  const tooltipAt = async (cell: Locator) => {
    const box = (await cell.boundingBox())!;
    const [x, y] = [box.x + 12, box.y + box.height / 2];
    await page.mouse.move(x, y, { steps: 3 });
    return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[title]')?.getAttribute('title'), [x, y]);
  };
  const cells = row.getByRole('cell');
  expect(await tooltipAt(cells.nth(1))).toBe(op.kind);
  expect(await tooltipAt(cells.nth(8))).toBe(Object.keys(op.details!.changes).sort().join(', '));
  await expect(cells.nth(8)).toContainText('…');
  await cells.nth(8).click({ position: { x: 12, y: 10 } });
  await expect(page).toHaveURL(new RegExp(`/operations/${op.id}$`));
});
