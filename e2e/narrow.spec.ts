// A phone-sized window (390 x 844): nothing runs off the page sideways, the diff stays readable, popups stay on screen.
// The list table keeps its own min-width and scrolls inside its frame (by design), so the page itself must not.
import type { Locator, Page } from '@playwright/test';
import { makeOperation } from '../src/test/operations';
import { byName, expect, listTable, test } from './support/fixtures';

const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 } });

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function expectInViewport(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x, 'left edge on screen').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge on screen').toBeLessThanOrEqual(WIDTH);
}

test('the detail page fits a phone: unified diff whose words stay whole, no sideways scroll', async ({ page, projects }) => {
  const op = makeOperation({
    id: '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f',
    project_id: byName(projects, 'production').id,
    resource_id: 'c520daec-7d76-4fc5-a2b3-48534c97b880',
    details: {
      changes: {
        description: {
          from: 'Primary database replica for the team-infra reporting pipeline in us-sva-2',
          to: 'Primary database replica for the platform reporting pipeline, moved before the maintenance window',
        },
        tags: { from: ['team-infra'], to: ['team-infra', 'owner-platform-engineering'] },
        public_ip_enabled: { from: false, to: true },
      },
    },
  });
  await page.route(`**/v1/operations/${op.id}`, (route) => route.fulfill({ json: op }));
  // A link that asks for side by side still gets the unified diff at this width.
  await page.goto(`/operations/${op.id}?view=split`);
  await expect(page.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Before' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Operations in production' })).toBeVisible();
  expect(await pageWidth(page), 'document scrollWidth').toBeLessThanOrEqual(WIDTH);

  const value = page.getByRole('row', { name: /description/ }).locator('.diff-cell-value');
  expect((await value.boundingBox())!.width, 'the value column is wider than a few characters').toBeGreaterThan(150);
  // "Primary" sits on one line box: the old split layout drew it one character a line.
  const lineBoxes = await value.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent!.includes('Primary')) node = walker.nextNode();
    const range = document.createRange();
    const at = node!.textContent!.indexOf('Primary');
    range.setStart(node!, at);
    range.setEnd(node!, at + 'Primary'.length);
    return range.getClientRects().length;
  });
  expect(lineBoxes).toBe(1);
});

test('list popups open inside a phone-sized window', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
  expect(await pageWidth(page), 'document scrollWidth').toBeLessThanOrEqual(WIDTH);

  await page.getByRole('button', { name: 'Created ▾' }).click();
  await expectInViewport(page.getByRole('group', { name: 'Created' }));
  await page.keyboard.press('Escape');

  const picker = page.getByRole('banner').getByRole('button', { name: /^Project/ });
  await picker.click();
  await expectInViewport(page.locator(`[id="${await picker.getAttribute('aria-controls')}"]`));
  expect(await pageWidth(page), 'document scrollWidth with a popup open').toBeLessThanOrEqual(WIDTH);
});

test('the go-to message leaves the theme switch under it usable, and Esc on an operation page only dismisses it', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  await listTable(page).getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const detail = page.url();
  const box = page.getByRole('textbox', { name: 'Go to operation' });
  const bubble = page.getByText('“bad” is not an operation id');
  await box.fill('bad');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(bubble).toBeVisible();
  await expectInViewport(bubble);
  // Focus is on Go, outside the text box: Esc dismisses the message and does not also leave the operation.
  await page.keyboard.press('Escape');
  await expect(bubble).toBeHidden();
  expect(page.url()).toBe(detail);

  await box.press('Enter');
  await expect(bubble).toBeVisible();
  const dark = page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' });
  const [b, d] = [(await bubble.boundingBox())!, (await dark.boundingBox())!];
  expect(b.x < d.x + d.width && d.x < b.x + b.width && b.y < d.y + d.height && d.y < b.y + b.height, 'the message lies over Dark').toBe(true);
  await dark.click({ timeout: 3000 });
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(bubble).toBeHidden();
});

test('the list on a phone: the page scrolls to a table with a usable window of rows, and nothing runs off sideways', async ({ page, projects }) => {
  await page.goto(`/projects/${byName(projects, 'production').id}/operations`);
  await expect(listTable(page).getByRole('row').nth(1)).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
  // It was left ~240 px (six rows) below everything else; now it is most of a screen.
  const height = await page.locator('.ops-scroll').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(500);
  await expectInViewport(page.getByRole('button', { name: 'Export JSON' }));
  // The header's go-to box has a line of its own: its placeholder and a pasted id can be read whole.
  const goTo = page.getByRole('textbox', { name: 'Go to operation' });
  await expectInViewport(goTo);
  const [boxWidth, textWidth] = await goTo.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontSize} ${style.fontFamily}`;
    return [el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), ctx.measureText('3f2c9a8e-1b7d-4c5e-9f00').width];
  });
  expect(boxWidth, 'room for the placeholder and most of a UUID').toBeGreaterThan(textWidth);
});
