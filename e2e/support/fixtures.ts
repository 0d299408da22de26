// Shared e2e fixtures: any console error or page error fails the test; helpers to ask the API directly.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export interface ApiProject {
  id: string;
  name: string;
}

export const test = base.extend<{ consoleGuard: void; projects: ApiProject[] }>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  projects: async ({ request }, use) => {
    const res = await request.get('/v1/projects');
    expect(res.ok()).toBe(true);
    const body = (await res.json()) as { items: ApiProject[] };
    await use(body.items);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}
