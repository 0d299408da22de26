// Shared e2e fixtures: any console error or page error fails the test; helpers to ask the API directly.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export interface ApiProject {
  id: string;
  name: string;
}

/**
 * Matches the console error Chromium logs for each HTTP error response a page fetches ("Failed to load resource: the
 * server responded with a status of 503 (…)"), and for each request the test aborts ("… net::ERR_FAILED").
 * `what`: statuses (or status patterns such as '5\\d\\d') and `net::ERR_…` codes. Tests that cause those on purpose set
 * it as `allowedConsoleErrors`; every other console error still fails them.
 */
export function failedResource(...what: (number | string)[]): RegExp {
  const nets = what.map(String).filter((w) => w.startsWith('net::'));
  const statuses = what.map(String).filter((w) => !w.startsWith('net::'));
  const alternatives = [
    ...(statuses.length ? [`the server responded with a status of (${statuses.join('|')}) \\(`] : []),
    ...(nets.length ? [`(${nets.join('|')})$`] : []),
  ];
  return new RegExp(`^Failed to load resource: (${alternatives.join('|')})`);
}

export const test = base.extend<{ allowedConsoleErrors: RegExp | undefined; consoleGuard: void; projects: ApiProject[] }>({
  // A narrow, explicit allowance (never a blanket ignore): only the messages a test expects, see failedResource().
  allowedConsoleErrors: [undefined, { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (!allowedConsoleErrors?.test(msg.text())) problems.push(`console.error: ${msg.text()}`);
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

/**
 * The operations list itself (the overview strip above it has a table of its own, named differently), as the app
 * draws it: not the inert first screenful a fresh list shows before the app has loaded (docs/decisions/024), which
 * first-screen.spec.ts checks on its own.
 */
export const listTable = (page: Page) => page.locator('#root > :not([inert])').getByRole('table', { name: 'Operations', exact: true });
/** The list's data rows (the header row holds no cell). */
export const dataRows = (page: Page) => listTable(page).getByRole('row').filter({ has: page.getByRole('cell') });

/**
 * Waits until the page on screen is the app's own. A list opened fresh first shows its rows drawn before the app has
 * loaded, inert (docs/decisions/024): call this after seeing the list and before a key press, or leaving the page, that
 * needs the app.
 */
export const appLive = (page: Page) => expect(page.locator('#root > [inert]')).toHaveCount(0);

/** The stand-in's project of that name (production, staging, sandbox, …). */
export function byName(projects: ApiProject[], name: string): ApiProject {
  const p = projects.find((x) => x.name === name);
  if (!p) throw new Error(`no project named ${name}`);
  return p;
}
