import { useSpecServer } from './support/server';
import type { APIRequestContext } from '@playwright/test';
import { byName, expect, expectNoAxeViolations, listTable, test } from './support/fixtures';

interface Op {
  id: string;
  type: string;
  status: string;
  details: { changes: Record<string, { from?: unknown; to?: unknown }> } | null;
}

async function listOps(request: APIRequestContext, base: string, projectId: string, query = ''): Promise<Op[]> {
  const res = await request.get(`${base}/v1/operations?project_id=${projectId}&limit=100${query}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: Op[] }).items;
}

const isApi = (url: string) => new URL(url).pathname.startsWith('/v1/');

test('a cold deep link makes exactly one API request before the diff shows, then names the project', async ({ page, projects, request }) => {
  const project = projects[0]!;
  const ops = await listOps(request, '', project.id, '&status=done&type=update');
  const op = ops.find((o) => o.details && Object.keys(o.details.changes).length > 1);
  expect(op, 'an update with several changed fields').toBeDefined();
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (isApi(r.url())) apiCalls.push(new URL(r.url()).pathname);
  });
  // Each API fetch notes, as it is made, whether the diff's table is in the page yet.
  await page.addInitScript(() => {
    const w = window as unknown as { __fetches: { path: string; diffShown: boolean }[] };
    w.__fetches = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const diffShown = [...document.querySelectorAll('caption')].some((c) => /^field changes/i.test(c.textContent ?? ''));
      if (url.pathname.startsWith('/v1/')) w.__fetches.push({ path: url.pathname, diffShown });
      return original(input, init);
    };
  });
  await page.goto(`/operations/${op!.id}`);
  await expect(page.getByRole('columnheader', { name: 'Before' })).toBeVisible();
  const fields = Object.keys(op!.details!.changes).sort();
  await expect(page.getByRole('rowheader').first()).toContainText(fields[0]!);
  // The project's name comes after the diff is on screen: the back link and the picker name it.
  await expect(page.getByRole('link', { name: `Operations in ${project.name}` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Project: ${project.name}` })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(apiCalls).toEqual([`/v1/operations/${op!.id}`, '/v1/projects']);
  expect(await page.evaluate(() => (window as unknown as { __fetches: unknown }).__fetches)).toEqual([
    { path: `/v1/operations/${op!.id}`, diffShown: false },
    { path: '/v1/projects', diffShown: true },
  ]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Unified' }).click();
  await expect(page).toHaveURL(/view=unified/);
  await expect(page.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('list -> detail -> Back keeps the list URL with its filters, and the header controls their size', async ({ page, projects }) => {
  const listUrl = `/projects/${projects[0]!.id}/operations?status=done`;
  await page.goto(listUrl);
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme).toBeVisible();
  const before = await theme.boundingBox();
  const link = listTable(page).getByRole('row').nth(1).getByRole('link').first();
  await link.click();
  await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The detail page's chunk (and its CSS) is in before it renders: it must not restyle the header's controls (it once
  // did, and they grew for the rest of the visit).
  expect(await theme.boundingBox()).toEqual(before);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${listUrl.replace(/[?]/g, '\\?')}$`));
  await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
  expect(await theme.boundingBox()).toEqual(before);
});

test('Escape closes a menu on the detail page and stays there; the next Escape goes back to the list', async ({ page, projects }) => {
  const listUrl = `/projects/${projects[0]!.id}/operations`;
  await page.goto(listUrl);
  await listTable(page).getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}$/);
  const picker = page.getByRole('button', { name: /^Project:/ });
  await picker.click();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}$/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${listUrl}$`));
});

test('axe finds no violations on a create and on a no-changes operation, light and dark', async ({ page, projects, request }) => {
  const ops = await listOps(request, '', projects[0]!.id);
  const picks = [ops.find((o) => o.type === 'create'), ops.find((o) => o.details === null || !Object.keys(o.details.changes).length)];
  // Both kinds of page, or the loop below checks nothing.
  expect(picks.map((op) => op?.id ?? 'missing')).not.toContain('missing');
  for (const op of picks) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/operations/${op!.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

test.describe('live operations', () => {
  const server = useSpecServer({ DEMO_LIVE: 'on', DEMO_TICK_MS: '500', DEMO_SEED: 'e2e-live' });

  test('polls while in flight, pauses in a hidden tab, and stops at done', async ({ page, request }) => {
    const projects = ((await (await request.get(`${server.url()}/v1/projects`)).json()) as { items: { id: string }[] }).items;
    const ops = await listOps(request, server.url(), projects[0]!.id, '&status=pending,running&sort=created_at:desc');
    const op = ops[0];
    expect(op, 'a pending or running operation').toBeDefined();
    let polls = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === `/v1/operations/${op!.id}`) polls++;
    });
    await page.goto(`${server.url()}/operations/${op!.id}`);
    await expect(page.getByText('Updating automatically until it finishes')).toBeVisible();

    // A hidden tab sends nothing.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(1500);
    const whileHidden = polls;
    await page.waitForTimeout(2500);
    expect(polls).toBe(whileHidden);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });

    await expect(page.locator('.detail-title .badge')).toHaveText(/(done|failed)$/, { timeout: 30_000 });
    await expect(page.getByText('Updating automatically until it finishes')).toHaveCount(0);
    expect(polls).toBeGreaterThan(1);
    const settled = polls;
    await page.waitForTimeout(3000);
    expect(polls).toBe(settled);
  });
});

test('on an operation’s page the header names that operation’s project, not the last list visited', async ({ page, projects, request }) => {
  const production = byName(projects, 'production');
  const staging = byName(projects, 'staging');
  const [op] = await listOps(request, '', staging.id);
  await page.goto(`/projects/${production.id}/operations`);
  await expect(page.getByRole('button', { name: 'Project: production' })).toBeVisible({ timeout: 10_000 });
  await page.goto(`/operations/${op!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Project: staging' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Operations in staging' })).toBeVisible();
});

for (const [timezoneId, both] of [
  ['UTC', false],
  ['Europe/Berlin', true],
] as const) {
  test.describe(`in a browser whose zone is ${timezoneId}`, () => {
    test.use({ timezoneId });
    test(`the detail's times show ${both ? 'the local time and UTC' : 'one time: local and UTC read the same'}`, async ({ page, projects, request }) => {
      const [op] = await listOps(request, '', projects[0]!.id, '&status=done');
      await page.goto(`/operations/${op!.id}`);
      const created = page.locator('.detail-fact', { has: page.locator('dt', { hasText: 'Created' }) }).locator('dd');
      await expect(created).toContainText(/ago · \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
      const text = (await created.textContent()) ?? '';
      const stamps = text.match(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [A-Z][A-Za-z0-9+:-]*/g) ?? [];
      if (both) {
        expect(stamps).toHaveLength(2);
        expect(stamps[0]).not.toEqual(stamps[1]);
        expect(stamps[1]).toMatch(/UTC$/);
      } else {
        expect(stamps).toEqual([expect.stringMatching(/UTC$/)]);
        expect(text).not.toContain('(');
      }
      // The tooltip of the header's time: one line per distinct reading.
      const title = (await created.locator('time').getAttribute('title')) ?? '';
      expect(title.split('\n')).toHaveLength(both ? 2 : 1);
    });
  });
}

test('“Copy link” copies the operation’s deep link, which opens the same operation', async ({ page, projects, request, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const [op] = await listOps(request, '', projects[0]!.id, '&status=done');
  await page.goto(`/operations/${op!.id}?view=unified`);
  await page.getByRole('button', { name: 'Copy link to this operation' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/operations/${op!.id}`);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('button', { name: 'Copy link to this operation' })).toBeVisible();
  await expect(other.getByRole('code').filter({ hasText: op!.id })).toHaveCount(1);
});

test('the header’s copy buttons copy the operation as the API sent it, its ids, and a changed field’s values', async ({ page, projects, request, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const ops = await listOps(request, '', projects[0]!.id, '&status=done&type=update');
  const listed = ops.find((o) => o.details && Object.values(o.details.changes).some((c) => typeof c.from === 'string' && typeof c.to === 'string' && c.from !== c.to))!;
  const sent = (await (await request.get(`/v1/operations/${listed.id}`)).json()) as Op & { resource_id: string };
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.goto(`/operations/${sent.id}`);

  await page.getByRole('button', { name: 'Copy as JSON' }).click();
  expect(JSON.parse(await clipboard())).toEqual(sent);
  await page.getByRole('button', { name: 'Copy operation id' }).click();
  expect(await clipboard()).toBe(sent.id);
  await page.getByRole('button', { name: 'Copy resource id' }).click();
  expect(await clipboard()).toBe(sent.resource_id);

  const [field, change] = Object.entries(sent.details!.changes).find(([, c]) => typeof c.from === 'string' && typeof c.to === 'string' && c.from !== c.to)!;
  await page.getByRole('button', { name: `Copy Before value of ${field}` }).click();
  expect(await clipboard()).toBe(change.from);
  await page.getByRole('button', { name: `Copy After value of ${field}` }).click();
  expect(await clipboard()).toBe(change.to);
});
