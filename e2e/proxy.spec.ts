// Proxy mode in a real browser: the built server forwards to a fake Nirvana Labs API on 127.0.0.1 with the key added,
// the page shows what that API answered, and nothing the browser receives — page, scripts, styles, API — holds the key.
import { startFakeUpstream } from '../server/testing/fake-upstream';
import { makeOperation } from '../src/test/operations';
import { expect, listTable, test } from './support/fixtures';
import { startServer, type SpecServer } from './support/server';

const KEY = 'nlk_e2e_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const PROJECT = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const items = Array.from({ length: 3 }, (_, i) =>
  makeOperation({ id: `0000000${i}-aaaa-4bbb-8ccc-dddddddddddd`, project_id: PROJECT, kind: 'vm', status: 'done' }),
);

let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
let server: SpecServer;
test.beforeAll(async () => {
  upstream = await startFakeUpstream((r) =>
    r.url.startsWith('/v1/projects')
      ? { body: { items: [{ id: PROJECT, name: 'proxied' }], pagination: { next_cursor: null, total_count: 1 } } }
      : { body: { items, pagination: { next_cursor: null, previous_cursor: null, total_count: items.length } } },
  );
  server = await startServer({ NIRVANA_LABS_API_KEY: KEY, NIRVANA_LABS_BASE_URL: upstream.url });
});
test.afterAll(async () => {
  server.stop();
  await upstream.close();
});

test('proxy mode shows the real API’s operations and the key never reaches the browser', async ({ page }) => {
  const received: string[] = [];
  page.on('response', async (res) => {
    const headers = Object.entries(await res.allHeaders()).map(([k, v]) => `${k}: ${v}`).join('\n');
    received.push(`${res.url()}\n${headers}\n${await res.text().catch(() => '')}`);
  });
  await page.goto(`${server.url}/projects/${PROJECT}/operations`);
  await expect(listTable(page).getByRole('link', { name: '00000001' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Project: proxied/ })).toBeVisible();

  const listCalls = upstream.requests.filter((r) => r.url.startsWith('/v1/operations'));
  expect(listCalls.length).toBeGreaterThan(0);
  for (const r of upstream.requests) {
    expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(r.headers.cookie).toBeUndefined();
  }
  // Page, scripts, styles and API answers were all read; none holds the key.
  expect(received.some((r) => r.includes('/assets/') && r.includes('.js'))).toBe(true);
  expect(received.filter((r) => r.includes(KEY))).toEqual([]);
});
