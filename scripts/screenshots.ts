// `npm run screenshots`: real Chromium screenshots of the real pages (stand-in data) for the README and for review.
// Run after `npm run build`. Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { getJson, startServer } from '../bench/server';
import { chromiumLaunch } from '../playwright.config';

interface Op {
  id: string;
  type: string;
  details: { changes: Record<string, unknown> } | null;
}
const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });

const server = await startServer(4490, { DEMO_SEED: 'nirvana' });
const locked = await startServer(4491, { DEMO_API_KEY: 'not-the-browsers' });
const browser = await chromium.launch(chromiumLaunch);
try {
  const { items: projects } = await getJson<{ items: { id: string }[] }>(`${server.url}/v1/projects`);
  const [prod, staging, , empty] = projects;
  const page1 = await getJson<{ items: Op[] }>(`${server.url}/v1/operations?project_id=${staging!.id}&limit=100&type=update`);
  const rich = page1.items.find((o) => o.details && Object.keys(o.details.changes).length >= 3) ?? page1.items[0]!;

  const shots: [string, string, (p: Page) => Promise<void>][] = [
    ['list', `/projects/${prod!.id}/operations`, (p) => p.getByRole('row').nth(5).waitFor()],
    ['list-filtered', `/projects/${prod!.id}/operations?kind=vm,volume&status=failed`, (p) => p.getByRole('row').nth(3).waitFor()],
    ['detail', `/operations/${rich.id}`, (p) => p.getByRole('heading', { name: /changes/i }).waitFor()],
    ['empty', `/projects/${empty!.id}/operations`, (p) => p.getByText(/no operations/i).first().waitFor()],
    ['no-matches', `/projects/${staging!.id}/operations?q=zzzz-no-such-thing`, (p) => p.getByRole('button', { name: /clear filters/i }).first().waitFor()],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1360, height: 820 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, path, ready] of shots) {
      await page.goto(`${server.url}${path}`);
      await ready(page).catch(() => console.warn(`${name}: ready check timed out; screenshot taken anyway`));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${name}-${scheme}.png` });
    }
    await page.goto(`${locked.url}/projects/${prod!.id}/operations`);
    await page.getByRole('alert').first().waitFor().catch(() => {});
    await page.screenshot({ path: `${OUT}/error-401-${scheme}.png` });
    await context.close();
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.stop();
  await locked.stop();
}
