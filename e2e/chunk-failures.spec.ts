// Code that loads on first use and does not arrive (offline, a restarted server, a deploy that removed the old files):
// the person is told where they asked for it, and Try again loads it once it can be fetched (decision 023).
import type { Locator, Page } from '@playwright/test';
import { startServer } from './support/server';
import { appLive, byName, dataRows, expect, expectNoAxeViolations, failedResource, listTable, test } from './support/fixtures';

// Each aborted chunk request is logged by Chromium as a failed resource; nothing else may be.
const aborted = test.extend({ allowedConsoleErrors: failedResource('net::ERR_FAILED') });
// The server is stopped on purpose: a response it was sending then is cut short (seen once in a CI run).
const serverDown = test.extend({ allowedConsoleErrors: failedResource('net::ERR_CONNECTION_REFUSED', 'net::ERR_CONTENT_LENGTH_MISMATCH', 'net::ERR_EMPTY_RESPONSE') });

const FIRST = /^Could not load this part of the dashboard\./;
const AGAIN = /^Still could not load this part of the dashboard\./;

/** Makes the chunk named `name` (its .js and .css) fail to load until `release()`; counts the requests for it. */
async function failChunk(page: Page, name: string) {
  const state = { failing: true, requests: 0 };
  await page.route(`**/assets/${name}-*`, (route) => {
    state.requests++;
    return state.failing ? route.abort() : route.continue();
  });
  return Object.assign(state, { release: () => void (state.failing = false) });
}

/** Lets the chunk through and presses the message's Try again: `loaded` shows and the message goes. */
async function loadOnRetry(chunk: { release: () => void }, alert: Locator, loaded: Locator) {
  chunk.release();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(loaded).toBeVisible();
  await expect(alert).toBeHidden();
}

async function openList(page: Page, projectId: string, query = '') {
  await page.goto(`/projects/${projectId}/operations${query}`);
  await expect(dataRows(page).first()).toBeVisible();
  await appLive(page);
}

aborted('go to: a parser that does not load is said under the box; Try again then goes there', async ({ page, projects }) => {
  const chunk = await failChunk(page, 'parse-operation-ref');
  await openList(page, projects[0]!.id);
  const id = (await dataRows(page).first().locator('a[title]').first().getAttribute('title'))!;
  const box = page.getByRole('textbox', { name: 'Go to operation' });
  await box.fill(id);
  await box.press('Enter');
  const alert = page.locator('form.go-to').getByRole('alert');
  await expect(alert).toHaveText(FIRST);
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // Enter again is a second try: it asks the network again and says it still failed.
  await box.press('Enter');
  await expect(alert).toHaveText(AGAIN);
  expect(chunk.requests).toBe(2);
  await loadOnRetry(chunk, alert, page.getByRole('button', { name: 'Copy as JSON' }));
  await expect(page).toHaveURL(new RegExp(`/operations/${id}$`));
});

aborted('export: writers that do not load are said beside the buttons; Try again downloads; Esc dismisses', async ({ page, projects }) => {
  const chunk = await failChunk(page, 'to-file');
  await openList(page, byName(projects, 'staging').id);
  const exportGroup = page.getByRole('group', { name: /^Export/ });
  await exportGroup.getByRole('button', { name: 'Export CSV' }).click();
  const alert = exportGroup.getByRole('alert');
  await expect(alert).toHaveText(FIRST);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(alert).toBeHidden();
  await expect(page).toHaveURL(/\/operations$/); // that Esc was the message's, not the page's
  await exportGroup.getByRole('button', { name: 'Export JSON' }).click();
  await expect(alert).toHaveText(FIRST);
  chunk.release();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Try again' }).click();
  // Try again repeats what failed: the JSON export.
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(alert).toBeHidden();
  expect(chunk.requests).toBe(3);
  // The message went with the Try again that had the keyboard: the focus is back on the button that asked.
  await expect(exportGroup.getByRole('button', { name: 'Export JSON' })).toBeFocused();
});

aborted('? : a shortcuts list that does not load says so in a dialog; Close, and ? tries again', async ({ page, projects }) => {
  const chunk = await failChunk(page, 'shortcuts-dialog');
  await openList(page, projects[0]!.id);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('alert')).toHaveText(FIRST);
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(AGAIN);
  // The message stayed while it tried: the keyboard is still on Try again.
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(listTable(page)).toBeVisible();
  const before = chunk.requests;
  chunk.release();
  await page.keyboard.press('?');
  await expect(dialog.getByRole('row', { name: /Focus the search field/ })).toBeVisible();
  await expect(dialog.getByRole('alert')).toBeHidden();
  expect(chunk.requests).toBeGreaterThan(before);
});

aborted('detail route: a page that does not load says so in the page, from a row and from a deep link; Try again opens it', async ({ page, projects }) => {
  const chunk = await failChunk(page, 'operation-detail-page');
  await openList(page, projects[0]!.id);
  await dataRows(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}$/);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(FIRST);
  const deepLink = page.url();

  await page.goto(deepLink);
  await expect(alert).toHaveText(FIRST);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveText(AGAIN);
  await loadOnRetry(chunk, alert, page.getByRole('button', { name: 'Copy as JSON' }));
});

aborted('overview: a strip that does not load says so in its place; Reload reloads; Try again shows it', async ({ page, projects }) => {
  const chunk = await failChunk(page, 'overview-strip');
  await openList(page, projects[0]!.id);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toHaveText(FIRST);
  // As after a deploy: the page loads again (here the chunk still fails, so the message is back).
  const reloaded = page.waitForEvent('load');
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await reloaded;
  await expect(alert).toHaveText(FIRST);
  await loadOnRetry(chunk, alert, page.getByRole('table', { name: 'Operations per kind' }));
});

serverDown('with the server gone, go to, export and ? say so; once it is back, each works again', async ({ page, projects }) => {
  let server = await startServer({});
  const port = new URL(server.url).port;
  try {
    // The list preloads the detail chunk 1 s in: stopped halfway, its response would be cut (another console error).
    const detailPreloaded = page.waitForEvent('requestfinished', (r) => r.url().includes('/assets/operation-detail-page-'));
    await page.goto(`${server.url}/projects/${byName(projects, 'staging').id}/operations`);
    await expect(dataRows(page).first()).toBeVisible();
    await detailPreloaded;
    await page.waitForLoadState('networkidle');
    server.stop();
    await expect.poll(() => fetch(`${server.url}/v1/projects`).then(() => 'up', () => 'down')).toBe('down');

    const box = page.getByRole('textbox', { name: 'Go to operation' });
    await box.fill('not-an-id');
    await box.press('Enter');
    await expect(page.locator('form.go-to').getByRole('alert')).toHaveText(FIRST);
    await page.keyboard.press('Escape');

    const exportGroup = page.getByRole('group', { name: /^Export/ });
    await exportGroup.getByRole('button', { name: 'Export CSV' }).click();
    await expect(exportGroup.getByRole('alert')).toHaveText(FIRST);
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('alert')).toHaveText(FIRST);

    // Back on the same address: the failed import is fetched again, not answered from a cache of the failure.
    server = await startServer({ PORT: port });
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog.getByRole('row', { name: /Focus the search field/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await box.press('Enter');
    await expect(page.getByText('“not-an-id” is not an operation id')).toBeVisible();
    await page.keyboard.press('Escape');

    const download = page.waitForEvent('download');
    await exportGroup.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  } finally {
    await page.goto('about:blank'); // no request of the page may still be in flight when its server goes
    server.stop();
  }
});
