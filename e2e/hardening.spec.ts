// Hostile URLs, data and faults against the real app in a real browser. The stand-in serves the page and assets;
// every /v1 call is answered here (page.route), so each case is under the test's control and every request is counted.
import type { Page } from '@playwright/test';
import type { Operation } from '../src/api/schemas';
import { makeOperation } from '../src/test/operations';
import { expect, expectNoAxeViolations, failedResource, listTable, test } from './support/fixtures';

const PROJECT = '4a7f3c1e-2b9d-4e6f-8a1b-3c5d7e9f0a2b';
const LIST = `/projects/${PROJECT}/operations`;
// These tests count paging requests, so the live head poll (e2e/live.spec.ts) is turned off with live=0.
const PAGED = `${LIST}?live=0`;
const T0 = Date.parse('2026-12-04T12:00:00Z');

interface Reply {
  status?: number;
  json?: unknown;
  headers?: Record<string, string>;
  /** route.abort() error code: the connection fails instead of answering. */
  abort?: string;
}
type ListHandler = (url: URL, call: number) => Reply;

// Distinct first 8 characters: the table shows ids that short.
const uuid = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
/** `count` operations of this project from number `from` on, newest first, one minute apart. */
const ops = (from: number, count: number, over: Partial<Operation> = {}): Operation[] =>
  Array.from({ length: count }, (_, i) =>
    makeOperation({ id: uuid(from + i), project_id: PROJECT, resource_id: uuid(900_000 + i), created_at: new Date(T0 - (from + i) * 60_000).toISOString(), updated_at: new Date(T0 - (from + i) * 60_000 + 5000).toISOString(), ...over }),
  );
const listBody = (items: unknown[], next: string | null, total?: number) => ({
  items,
  pagination: { next_cursor: next, previous_cursor: null, ...(total === undefined ? {} : { total_count: total }) },
});
/** Page i answers cursor `c{i}` (page 0: no cursor) and points at c{i+1}. */
const paged =
  (pages: unknown[][], total?: number): ListHandler =>
  (url) => {
    const i = Number((url.searchParams.get('cursor') ?? 'c0').slice(1));
    return { json: listBody(pages[i] ?? [], i + 1 < pages.length ? `c${i + 1}` : null, total) };
  };

/** Answers /v1 from the test and returns every /v1 request the page made (all paths, in order). */
async function fakeApi(page: Page, list: ListHandler, get: (id: string) => Reply = () => ({ status: 404, json: { message: 'Operation not found' } })) {
  const requests: URL[] = [];
  await page.route('**/v1/**', async (route) => {
    const url = new URL(route.request().url());
    requests.push(url);
    let reply: Reply;
    if (url.pathname === '/v1/projects') reply = { json: listBody([{ id: PROJECT, name: 'hardening' }], null, 1) };
    else if (url.pathname === '/v1/operations') reply = list(url, requests.filter((r) => r.pathname === '/v1/operations').length);
    else if (url.pathname.startsWith('/v1/operations/')) reply = get(decodeURIComponent(url.pathname.slice('/v1/operations/'.length)));
    else reply = { status: 404, json: { message: 'not an API path' } };
    if (reply.abort) await route.abort(reply.abort);
    else await route.fulfill({ status: reply.status ?? 200, json: reply.json, headers: reply.headers });
  });
  const listCalls = () => requests.filter((r) => r.pathname === '/v1/operations');
  return { requests, listCalls };
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /loaded|Scanned|Loading operations/ });
const table = listTable;
const scroller = (page: Page) => page.locator('.ops-scroll');
const scrollToEnd = (page: Page) => scroller(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
/** Changes the URL the way an in-app link or Back does: the server never sees it (a 20 KB URL gets a 431 there). */
const pushUrl = (page: Page, url: string) =>
  page.evaluate((u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);

test('names ignored filter values and shows the list', async ({ page }) => {
  const { requests, listCalls } = await fakeApi(page, paged([ops(0, 3)], 3));
  await page.goto(`${LIST}?status=ex-ploded,done&kind=vm&colour=red&live=0`);
  const notice = page.getByRole('status').filter({ hasText: 'Ignored from the link' });
  await expect(notice).toContainText('status=ex-ploded');
  await expect(notice).toContainText('colour');
  await expect(page.getByRole('button', { name: 'Remove filter status: done' })).toBeVisible();
  await expect(table(page).getByRole('row')).toHaveCount(4);
  expect(listCalls()[0]!.searchParams.get('status')).toBe('done');
  expect(listCalls()[0]!.searchParams.has('colour')).toBe(false);

  // 10,000 junk values and 10,000 well-formed unknown kinds: a short notice, and a bounded request to the API.
  const junk = Array.from({ length: 10_000 }, (_, i) => `bad-${i}`).join(',');
  const kinds = Array.from({ length: 10_000 }, (_, i) => `k${i}`).join(',');
  await pushUrl(page, `${LIST}?status=${junk}&kind=${kinds}`);
  await expect(notice).toContainText('status=bad-0');
  await expect(notice).toContainText('9,980 kind values over the limit of 20');
  await expect(notice).toContainText('and 9,996 more');
  expect((await notice.textContent())!.length).toBeLessThan(400);
  await expectNoAxeViolations(page);
  await expect(page.getByText('No operations match these filters')).toBeVisible();
  const kindParam = listCalls().at(-1)!.searchParams.get('kind')!;
  expect(kindParam.split(',').length).toBeLessThanOrEqual(20);

  // A 1 MB search term: dropped and named, and the list shows again.
  await pushUrl(page, `${LIST}?q=${'x'.repeat(1_000_000)}`);
  await expect(notice).toContainText('q (longer than 200 characters)');
  await expect(table(page).getByRole('row')).toHaveCount(4);
  for (const r of requests) {
    expect(['/v1/operations', '/v1/projects']).toContain(r.pathname);
    expect(r.href.length).toBeLessThan(2000);
  }
});

test.describe('a page URL too long for the server', () => {
  // The server's 431, and Chromium then asking for /favicon.ico on that non-HTML page (checked below).
  test.use({ allowedConsoleErrors: failedResource(431, 404) });
  test('answers a clear too-long message instead of the app', async ({ page }) => {
    const notFound: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
    });
    const res = await page.goto(`${LIST}?status=${'x,'.repeat(10_000)}`);
    expect(res!.status()).toBe(431);
    await expect(page.getByText('Request headers or URL too long')).toBeVisible();
    expect(notFound.filter((p) => p !== '/favicon.ico')).toEqual([]);
  });
});

test('shows a clear message for an invalid operation id', async ({ page }) => {
  const { requests } = await fakeApi(page, paged([ops(0, 3)]));
  const ids = [
    '..%2F..%2Fv1%2Fprojects',
    '%2E%2E%2F%2E%2E%2Fv1%2Foperations',
    `${uuid(1)}%2F..%2F..%2Fprojects`,
    'abc%00def',
    'x'.repeat(10_000),
    encodeURIComponent('операция-🙂-id'),
    encodeURIComponent(`${uuid(1)}\u200b`),
  ];
  for (const id of ids) {
    await page.goto(`/operations/${id}`);
    await expect(page.getByRole('heading', { name: 'That is not an operation id' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to operations' })).toBeVisible();
  }
  // A raw ../ is resolved by the browser itself: it lands on a page of this app, never on an API path.
  await page.goto('/operations/../../projects/x/../../whatever');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(requests.map((r) => r.pathname)).toEqual([]);
});

test('shows unknown kind, status and type as they are', async ({ page }) => {
  const [odd] = ops(0, 1, { kind: 'quantum_link', status: 'exploded', type: 'teleport' });
  // Missing optional fields: no details key at all, no total_count.
  const bare = { ...ops(1, 1)[0]! } as Partial<Operation>;
  delete bare.details;
  await fakeApi(page, () => ({ json: { items: [odd, bare], pagination: { next_cursor: null } } }), (id) => (id === odd!.id ? { json: odd } : { status: 404 }));
  await page.goto(PAGED);
  const row = table(page).getByRole('row').filter({ hasText: 'teleport' });
  await expect(row.getByRole('cell').nth(1)).toHaveText('quantum_link');
  await expect(row.getByRole('cell').nth(2)).toHaveText('teleport');
  await expect(row.getByRole('cell').nth(3)).toContainText('exploded');
  await expect(status(page)).toHaveText(/^2 loaded/);
  // The menus offer the unknown values seen, and picking one filters by it: the URL keeps it, no "ignored" notice.
  await page.getByRole('search').getByRole('button', { name: /^Status/ }).click();
  await page.getByRole('checkbox', { name: /^exploded/ }).click();
  await expect(page).toHaveURL(/status=exploded(&|$)/);
  await page.keyboard.press('Escape');
  await expect(table(page).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored from the link' })).toHaveCount(0);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('quantum_link teleport');
  await expect(page.locator('.detail-title')).toContainText('exploded');
});

test.describe('with the API unreachable', () => {
  test.use({ allowedConsoleErrors: failedResource('net::ERR_CONNECTION_REFUSED') });
  test('a failed Refresh keeps every loaded row and says so; a later Refresh brings page 1 back', async ({ page }) => {
    let down = false;
    const pages = paged([ops(0, 100), ops(100, 100)], 200);
    await fakeApi(page, (url, call) => (down ? { abort: 'connectionrefused' } : pages(url, call)));
    await page.goto(PAGED);
    await expect(status(page)).toHaveText(/^100 of 200 loaded/);
    await scrollToEnd(page);
    await expect(status(page)).toHaveText(/^200 of 200 loaded/);
    down = true;
    await page.getByRole('button', { name: 'Refresh' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not refresh' });
    await expect(alert).toContainText('The rows below are the ones loaded before', { timeout: 15_000 });
    await expect(status(page)).toHaveText(/^200 of 200 loaded/);
    await expect(table(page)).toHaveAttribute('aria-rowcount', '201');
    down = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(alert).toBeHidden();
    await expect(status(page)).toHaveText(/^100 of 200 loaded/);
    await expect(table(page).getByRole('link', { name: uuid(0).slice(0, 8) })).toBeVisible();
  });
});

test('keeps loaded rows when a later page has a schema error', async ({ page }) => {
  const bad: unknown[] = ops(100, 100);
  bad[1] = { ...(bad[1] as Operation), created_at: 12345 };
  const { listCalls } = await fakeApi(page, paged([ops(0, 100), bad], 200));
  await page.goto(PAGED);
  await expect(status(page)).toHaveText(/^100 of 200 loaded/);
  await scrollToEnd(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load more' });
  await expect(alert).toContainText('The API sent data this dashboard does not understand (items.1.created_at');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(status(page)).toHaveText(/^100 of 200 loaded/);
  await expect(table(page)).toHaveAttribute('aria-rowcount', '101');
  await scroller(page).evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(table(page).getByRole('link', { name: uuid(0).slice(0, 8) })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(listCalls()).toHaveLength(2); // a schema error is not retried
});

const XSS = ['<img src=x onerror="window.__xss=1;alert(1)">', '<script>window.__xss=2;alert(2)</script>', '"><svg onload="window.__xss=3;alert(3)">'];

test('shows HTML and script from the API as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const [a, b, c] = XSS as [string, string, string];
  const hostile = (id: string): Operation => ({
    id,
    created_at: a,
    updated_at: b,
    project_id: PROJECT,
    resource_id: c,
    kind: a,
    type: b,
    status: c,
    details: { changes: { [a]: { from: b, to: c }, [b]: { from: [a, c], to: [b] } } },
  });
  const listed = hostile(XSS[1]!);
  const opened = hostile(uuid(7));
  await fakeApi(page, () => ({ json: listBody([listed, opened], null, 2) }), () => ({ json: opened }));
  await page.goto(PAGED);
  const row = table(page).getByRole('row').filter({ has: page.getByRole('link', { name: uuid(7).slice(0, 8) }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(a);
  await expect(row.getByRole('cell').nth(2)).toHaveText(b);
  await expect(row.getByRole('cell').nth(3)).toContainText(c);
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${a} ${b}`);
  await expect(page.getByRole('rowheader', { name: a })).toBeVisible();
  await expect(page.getByText(c, { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Unified' }).click();
  await expect(page.getByRole('rowheader', { name: b })).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  // The head holds index.html's own inline theme script (allowed by its hash); API data renders in the body.
  await expect(page.locator('img[src="x"], svg[onload], body script:not([src]), [onerror]')).toHaveCount(0);
});

test('renders huge and empty details', async ({ page }) => {
  const [none, empty, wide, big] = ops(0, 4, { type: 'update' });
  none!.details = null;
  none!.created_at = '2026-01-01T00:00:00Z';
  empty!.details = { changes: {} };
  wide!.details = { changes: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field_${String(i).padStart(4, '0')}`, { from: i, to: i + 1 }])) };
  const items = Array.from({ length: 10_000 }, (_, i) => `item-${i}`);
  big!.details = { changes: { blob: { from: 'a'.repeat(1_000_000), to: 'b'.repeat(1_000_000) }, list: { from: items, to: [...items.slice(1), 'new-item'] } } };
  const byId = new Map([none!, empty!, wide!, big!].map((o) => [o.id, o]));
  await fakeApi(page, paged([[...byId.values()]]), (id) => ({ json: byId.get(id) }));
  const responsive = () => page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => setTimeout(() => r(performance.now() - t))); }));

  await page.goto(`/operations/${none!.id}`);
  await expect(page.getByText('Recorded before change tracking existed.')).toBeVisible();
  await page.goto(`/operations/${empty!.id}`);
  await expect(page.getByText('This operation recorded no field changes.')).toBeVisible();

  await page.goto(`/operations/${wide!.id}`);
  await expect(page.getByRole('heading', { name: /Changes \(5,000 fields/ })).toBeVisible();
  await expect(page.getByText('Showing the first 300 of 5,000 fields.')).toBeVisible();
  expect(await responsive()).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Show all 5,000 fields' }).click();
  await expect(page.getByRole('rowheader', { name: 'field_4999' })).toBeAttached({ timeout: 20_000 });
  expect(await responsive()).toBeLessThan(1000);

  await page.goto(`/operations/${big!.id}`);
  await expect(page.getByRole('rowheader', { name: /blob/ })).toContainText('KB: shown without diffing');
  const list = page.getByRole('rowheader', { name: /^list/ });
  await expect(list.getByText('reordered only')).toHaveCount(0);
  await expect(page.getByText('new-item').first()).toBeVisible();
  expect(await page.locator('.diff-items li').count()).toBeLessThan(200); // folded until asked
  expect(await responsive()).toBeLessThan(1000);
  let started = Date.now();
  await page.getByRole('button', { name: 'Unified' }).click();
  await expect(page.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5000);
  started = Date.now();
  await list.getByRole('button', { name: 'Show all of list' }).click();
  // Drawn 1,000 entries at a time (all 10,000 at once blocked the page for 1.5-4 s).
  await expect(page.getByText('item-999', { exact: true }).first()).toBeAttached();
  await expect(page.getByText('item-1000', { exact: true })).toHaveCount(0);
  expect(Date.now() - started).toBeLessThan(5000);
  expect(await responsive()).toBeLessThan(1000);
  await page.getByRole('button', { name: /^Show 1,000 more items \(9,0\d\d not shown\)$/ }).first().click();
  await expect(page.getByText('item-1999', { exact: true }).first()).toBeAttached();
  expect(await responsive()).toBeLessThan(1000);
});

test('shows an operation that appears on two pages once', async ({ page }) => {
  const first = ops(0, 100);
  const second = [{ ...first[99]!, status: 'failed' }, ...ops(100, 99)];
  await fakeApi(page, paged([first, second], 200));
  await page.goto(PAGED);
  await expect(status(page)).toHaveText(/^100 of 200 loaded/);
  await scrollToEnd(page);
  await expect(page.getByText('End of list')).toBeVisible();
  await expect(status(page)).toHaveText(/^199 of 200 loaded/);
  await expect(table(page)).toHaveAttribute('aria-rowcount', '200');
  await page.getByRole('searchbox', { name: 'Search by operation or resource id' }).fill(uuid(99));
  await expect(table(page).getByRole('row')).toHaveCount(2);
});

test('stops paging with a message when the cursor repeats', async ({ page }) => {
  // c0 -> c1 -> c2 -> c1 again: following it would loop for ever.
  const { listCalls } = await fakeApi(page, (url) => {
    const cursor = url.searchParams.get('cursor');
    const i = cursor ? Number(cursor.slice(1)) : 0;
    return { json: listBody(ops(i * 5, 5), i === 2 ? 'c1' : `c${i + 1}`) };
  });
  await page.goto(PAGED);
  await expect(status(page)).toContainText('The API sent a page cursor it had already sent; loading stopped here');
  await expect(status(page)).toHaveText(/^15 loaded/);
  await expect(page.getByText('End of list')).toHaveCount(0);
  await expect(page.getByText('Loading stopped: the API repeated a page cursor')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.waitForTimeout(1000);
  await scrollToEnd(page);
  await page.waitForTimeout(500);
  expect(listCalls().map((u) => u.searchParams.get('cursor'))).toEqual([null, 'c1', 'c2']);
});

test('goes past empty pages a bounded number of times', async ({ page }) => {
  // Two empty pages in the middle: the list goes on to the rows after them.
  const { listCalls } = await fakeApi(page, paged([ops(0, 5), [], [], ops(5, 5)]));
  await page.goto(PAGED);
  await expect(page.getByText('End of list')).toBeVisible();
  await expect(status(page)).toHaveText(/^10 loaded/);
  expect(listCalls()).toHaveLength(4);

  // Empty pages for ever: it stops after a budget of pages and asks before going on.
  let calls = 0;
  await page.unrouteAll();
  const endless = await fakeApi(page, (url) => {
    calls++;
    return { json: listBody(url.searchParams.get('cursor') ? [] : ops(0, 5), `e${calls}`) };
  });
  await page.goto(PAGED);
  const more = page.getByRole('button', { name: /Keep scanning \(20 more pages\)/ });
  await expect(more).toBeVisible();
  await page.waitForTimeout(1000);
  expect(endless.listCalls()).toHaveLength(20); // the first page and 19 more: a budget of 20
  await more.click();
  await expect.poll(() => endless.listCalls().length).toBe(40);
  await expect(more).toBeVisible();
  await page.waitForTimeout(500);
  expect(endless.listCalls()).toHaveLength(40);
  await expect(status(page)).toHaveText(/^5 loaded/);
});

test('works without total_count', async ({ page }) => {
  await fakeApi(page, paged([ops(0, 100), ops(100, 50)]));
  await page.goto(PAGED);
  await expect(status(page)).toHaveText(/^100 loaded/);
  await scrollToEnd(page);
  await expect(page.getByText('End of list')).toBeVisible();
  await expect(status(page)).toHaveText(/^150 loaded/);
});

test.describe('upstream faults', () => {
  test.use({ allowedConsoleErrors: failedResource(429, 500, 502, 503, 504, 'net::ERR_INTERNET_DISCONNECTED', 'net::ERR_TIMED_OUT') });

  test('says it is rate limited and continues', async ({ page }) => {
    const times: number[] = [];
    await fakeApi(page, (_url, call) => {
      times.push(Date.now());
      return call === 1 ? { status: 429, headers: { 'retry-after': '2' }, json: { message: 'Too many requests' } } : { json: listBody(ops(0, 3), null, 3) };
    });
    await page.goto(PAGED);
    await expect(status(page)).toContainText('Rate limited — retrying in 2 s');
    await expect(status(page)).toHaveText(/^3 of 3 loaded/);
    await expect(table(page).getByRole('row')).toHaveCount(4);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1900);
  });

  test('offers Retry after repeated server errors', async ({ page }) => {
    const times: number[] = [];
    let healthy = false;
    const faults = [500, 502, 503];
    await fakeApi(page, (_url, call) => {
      times.push(Date.now());
      if (healthy) return { json: listBody(ops(0, 3), null, 3) };
      const code = faults[(call - 1) % 3]!;
      return { status: code, json: { message: `Upstream said ${code}` } };
    });
    await page.goto(PAGED);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load operations' });
    await expect(alert).toContainText('Upstream said 503');
    expect(times).toHaveLength(3); // the first try and two retries, per the SDK policy
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(375);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(750);
    healthy = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toHaveText(/^3 of 3 loaded/);
    expect(times).toHaveLength(4);
  });

  test('says the API timed out, retries, then offers Retry', async ({ page }) => {
    let call = 0;
    await fakeApi(page, () => {
      call++;
      if (call === 1) return { abort: 'timedout' };
      if (call <= 3) return { status: 504, json: { message: 'The Nirvana Labs API did not answer within 30 s. Try again shortly.' } };
      return { json: listBody(ops(0, 3), null, 3) };
    });
    await page.goto(PAGED);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load operations' });
    await expect(alert).toContainText('did not answer within 30 s');
    expect(call).toBe(3);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(status(page)).toHaveText(/^3 of 3 loaded/);
  });

  test('keeps rows and resumes when the network drops while scrolling', async ({ page }) => {
    let online = false;
    const pages = paged([ops(0, 100), ops(100, 100)], 200);
    const { listCalls } = await fakeApi(page, (url, call) => (call > 1 && !online ? { abort: 'internetdisconnected' } : pages(url, call)));
    await page.goto(PAGED);
    await expect(status(page)).toHaveText(/^100 of 200 loaded/);
    await scrollToEnd(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load more' });
    await expect(alert).toContainText('Could not reach the server');
    expect(listCalls().map((u) => u.searchParams.get('cursor'))).toEqual([null, 'c1', 'c1', 'c1']);
    await expect(table(page)).toHaveAttribute('aria-rowcount', '101');
    await expect(table(page).getByRole('link', { name: uuid(99).slice(0, 8) })).toBeVisible();

    // Back online: scrolling again (no button) resumes from the last cursor.
    online = true;
    await page.mouse.move(600, 500);
    await page.mouse.wheel(0, -300);
    await page.mouse.wheel(0, 600);
    await expect(status(page)).toHaveText(/^200 of 200 loaded/);
    await expect(alert).toHaveCount(0);
    expect(listCalls()).toHaveLength(5);
    expect(listCalls().at(-1)!.searchParams.get('cursor')).toBe('c1');
  });
});

test('"show" with more new rows than the table renders lands on the newest row, focused', async ({ page }) => {
  // Page 1 holds operations 100-149; every live poll answers with 60-149: 40 newer ones, more than the ~25 rows the
  // table renders, so the row that had the focus is pushed far below the rendered window.
  await fakeApi(page, (url) => (url.searchParams.has('cursor') ? { json: listBody([], null) } : { json: listBody(url.searchParams.get('sort') === 'created_at:desc' && liveCalls++ > 0 ? ops(60, 90) : ops(100, 50), null) }));
  let liveCalls = 0;
  await page.goto(LIST);
  await expect(table(page).getByRole('link', { name: uuid(100).slice(0, 8) })).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator(`a[title="${uuid(101)}"]`)).toBeFocused();

  await page.getByRole('button', { name: '40 new operations — show' }).click({ timeout: 15_000 });
  await expect(table(page).getByRole('row').nth(1).getByRole('link')).toHaveAttribute('title', uuid(60));
  await expect(page.locator(`a[title="${uuid(60)}"]`)).toBeFocused();
  await expect(scroller(page)).toHaveJSProperty('scrollTop', 0);
  // The keys go on from there.
  await page.keyboard.press('j');
  await expect(page.locator(`a[title="${uuid(61)}"]`)).toBeFocused();
});
