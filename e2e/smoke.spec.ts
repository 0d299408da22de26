import { expect, expectNoAxeViolations, listTable, test } from './support/fixtures';

test('/ opens the first project and shows its operations', async ({ page, projects }) => {
  const first = projects[0];
  expect(first).toBeDefined();
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/projects/${first?.id}/operations`));
  const rows = listTable(page).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(10);
  await expectNoAxeViolations(page);
});
