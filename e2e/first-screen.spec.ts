// The first screenful of a list, drawn before the app has loaded (src/app/prepaint.tsx, docs/decisions/024): it must
// be the page the app then draws, element for element and at the same place, and appear only where it can be.
import type { Page } from '@playwright/test';
import { byName, dataRows, expect, failedResource, test } from './support/fixtures';

interface Shot {
  inert: boolean;
  /** One line per element: tag, attributes in name order (React's ids numbered by first use), then its own text. */
  lines: string[];
  firstCell: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Before the page loads: each time #root's page switches between inert (drawn before the app) and live (React's),
 * record it, in the same task as the switch (a MutationObserver callback runs before any later render).
 */
async function recordRootSwitches(page: Page) {
  await page.addInitScript(() => {
    const shots: Shot[] = [];
    (window as unknown as { __shots: Shot[] }).__shots = shots;
    const ids = new Map<string, string>();
    const idOf = (value: string) => value.replace(/_[rR]_[A-Za-z0-9]+_/g, (t) => ids.get(t) ?? (ids.set(t, `id${ids.size + 1}`), ids.get(t)!));
    const lines = (el: Element, depth: number, out: string[]) => {
      const attrs = [...el.attributes]
        .filter((a) => a.name !== 'inert')
        .map((a) => `${a.name}=${JSON.stringify(idOf(a.value))}`)
        .sort();
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      out.push(`${'  '.repeat(depth)}<${el.localName} ${attrs.join(' ')}>${text}`);
      for (const child of el.children) lines(child, depth + 1, out);
      return out;
    };
    new MutationObserver(() => {
      const app = document.getElementById('root')?.firstElementChild;
      if (!app) return;
      const inert = app.hasAttribute('inert');
      if (shots.length && shots[shots.length - 1]!.inert === inert) return;
      ids.clear();
      const r = app.querySelector('[elementtiming="first-row"]')?.getBoundingClientRect();
      shots.push({ inert, lines: lines(app, 0, []), firstCell: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null });
    }).observe(document, { childList: true, subtree: true });
  });
}

/**
 * On each load of an unfiltered list, holds the entry script until page 1 has arrived, as it has on a quick server (the
 * server's preload hint asks for it before the entry): the early rows are drawn only when page 1 is there within 30 ms
 * of the entry's start, and a loaded CI machine must not decide these tests.
 */
async function pageOneFirst(page: Page) {
  let arrived = () => {};
  let pageOne = Promise.resolve();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) pageOne = new Promise<void>((resolve) => (arrived = resolve));
  });
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname === '/v1/operations') arrived();
  });
  await page.route('**/assets/index-*.js', async (route) => {
    // Filtered lists get no preload hint: their page 1 is the app's own request, after this script.
    if (!new URL(route.request().frame().url()).search) await pageOne;
    await route.continue();
  });
}

const shots = (page: Page) => page.evaluate(() => (window as unknown as { __shots: Shot[] }).__shots);
const prepainted = (page: Page) => page.evaluate(() => performance.getEntriesByName('prepaint').length > 0);

test('a list opened fresh shows its first rows before the app has loaded, and the app then draws the very same page', async ({ page, projects }) => {
  // One clock for both drawings: "6 min ago" must not turn into "7 min ago" between them. (Date.now only: Playwright's
  // page.clock also drives timers, and the page's own 120 ms wait for page 1 then runs out at once.)
  await page.addInitScript((now) => (Date.now = () => now), Date.now());
  await recordRootSwitches(page);
  await pageOneFirst(page);
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  await expect(dataRows(page).first()).toBeVisible();
  await expect(page.locator('#root > [inert]')).toHaveCount(0);
  expect(await prepainted(page)).toBe(true);

  const [before, app] = await shots(page);
  expect(before?.inert).toBe(true);
  expect(app?.inert).toBe(false);
  // Same elements, attributes and text, in the same order: the switch changes nothing a person can see or a screen reader can read.
  expect(app!.lines).toEqual(before!.lines);
  expect(before!.lines.length).toBeGreaterThan(300);
  // And nothing moved: the first row sits where it was.
  expect(app!.firstCell).toEqual(before!.firstCell);
  expect(before!.firstCell!.height).toBeGreaterThan(0);
});

test('the early rows give way to the app’s own, which work: a click opens the operation', async ({ page, projects }) => {
  await recordRootSwitches(page);
  await pageOneFirst(page);
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  // Whatever was drawn first, once the app is there its rows work: a click opens the operation.
  const first = dataRows(page).first();
  const id = await first.getByRole('link').getAttribute('title');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(`/operations/${id}`);
  expect((await shots(page))[0]?.inert).toBe(true);
});

test('views the template was not drawn for are left to the app: filters, a stored preference, a reload', async ({ page, projects }) => {
  const id = byName(projects, 'production').id;
  await pageOneFirst(page);
  await page.goto(`/projects/${id}/operations?status=done`);
  await expect(dataRows(page).first()).toBeVisible();
  expect(await prepainted(page)).toBe(false);

  // A reload keeps the list's history entry (its scroll and focus are restored by the app).
  await page.goto(`/projects/${id}/operations`);
  await expect(dataRows(page).first()).toBeVisible();
  expect(await prepainted(page)).toBe(true);
  await page.reload();
  await expect(dataRows(page).first()).toBeVisible();
  expect(await prepainted(page)).toBe(false);

  // Times shown in UTC: the template shows local times and Local pressed.
  await page.getByRole('button', { name: 'UTC' }).click();
  await page.goto('about:blank');
  await page.goto(`/projects/${id}/operations`);
  await expect(dataRows(page).first()).toBeVisible();
  expect(await prepainted(page)).toBe(false);
  await expect(page.getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
});

test.extend({ allowedConsoleErrors: failedResource('net::ERR_FAILED') })(
  'when the app’s code does not arrive, the page says so instead of showing rows that never work',
  async ({ page, projects }) => {
    await page.route('**/assets/main-*.js', (route) => route.abort());
    await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
    await expect(page.getByRole('alert')).toHaveText('The dashboard’s code could not be loaded. Check the connection, then reload the page.');
    await expect(page.locator('#root [inert]')).toHaveCount(0);
    await expect(dataRows(page)).toHaveCount(0);
  },
);
