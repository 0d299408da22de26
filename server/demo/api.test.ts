// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app';
import { listen } from '../http';
import { createProxyApi } from '../proxy';
import { createDemoApi } from './api';
import { toOperation } from './types';

const base = {
  DEMO_SEED: 'unit',
  DEMO_SIZE: 1200,
  DEMO_FILTERS: true,
  DEMO_LIVE: false,
  DEMO_TICK_MS: 5000,
  DEMO_LATENCY_MS: 0,
  DEMO_FAIL_RATE: 0,
  DEMO_API_KEY: undefined,
};
const demo = createDemoApi(base);
afterAll(() => demo.stop());

const [large, staging, , empty] = demo.data.projects;
interface Page {
  items: { id: string; kind: string; status: string; type: string; created_at: string; details: unknown }[];
  pagination: { next_cursor: string | null; previous_cursor?: string | null; total_count: number };
}
async function get(path: string, init?: RequestInit, api = demo.app) {
  const res = await api.request(path, init);
  return { status: res.status, body: (await res.json()) as Page & { message?: string }, headers: res.headers };
}

describe('stand-in API: list', () => {
  it('is deterministic for a seed', () => {
    const again = createDemoApi(base);
    expect(again.data.projects.map((p) => p.id)).toEqual(demo.data.projects.map((p) => p.id));
    expect(again.data.operations.get(large!.id)!.slice(0, 5).map((s) => s.id)).toEqual(
      demo.data.operations.get(large!.id)!.slice(0, 5).map((s) => s.id),
    );
  });

  it('requires project_id and bounds limit to 10..100', async () => {
    expect((await get('/v1/operations')).status).toBe(400);
    expect((await get('/v1/operations?project_id=nope')).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=5`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=101`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=abc`)).status).toBe(400);
    for (const odd of ['1e1', '0x14', '%2050', '10.0']) expect((await get(`/v1/operations?project_id=${large!.id}&limit=${odd}`)).status, odd).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=20`)).body.items).toHaveLength(20);
    // A time without its offset would be read in the server's zone: refused, as RFC 3339 requires the offset.
    expect((await get(`/v1/operations?project_id=${large!.id}&created_at_min=2026-11-01T00:00`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&created_at_min=2026-11-01T00:00:00%2B01:00`)).status).toBe(200);
    const dflt = await get(`/v1/operations?project_id=${large!.id}`);
    expect(dflt.body.items).toHaveLength(10);
    expect((await get('/v1/operations?project_id=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('pages through every operation exactly once, newest first, ending with a null cursor', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let previous = Infinity;
    let pages = 0;
    do {
      const r: Awaited<ReturnType<typeof get>> = await get(
        `/v1/operations?project_id=${large!.id}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.status).toBe(200);
      expect(r.body.pagination.total_count).toBe(1200);
      for (const op of r.body.items) {
        expect(seen.has(op.id)).toBe(false);
        seen.add(op.id);
        const t = Date.parse(op.created_at);
        expect(t).toBeLessThanOrEqual(previous);
        previous = t;
      }
      cursor = r.body.pagination.next_cursor;
      pages++;
    } while (cursor && pages < 50);
    expect(seen.size).toBe(1200);
    expect(pages).toBe(12);
  });

  it('gives each page a previous_cursor that leads back through the same pages, null on the first', async () => {
    const query = `/v1/operations?project_id=${staging!.id}&limit=10&status=done&sort=created_at:asc`;
    const at = (cursor: string | null | undefined) => get(cursor ? `${query}&cursor=${encodeURIComponent(cursor)}` : query);
    const forward: string[][] = [];
    let page = await at(null);
    expect(page.body.pagination.previous_cursor).toBeNull();
    for (let i = 0; i < 5; i++) {
      forward.push(page.body.items.map((o) => o.id));
      page = await at(page.body.pagination.next_cursor);
    }
    expect(new Set(forward.flat()).size).toBe(50);
    const backward: string[][] = [];
    for (let i = 0; i < 5; i++) {
      page = await at(page.body.pagination.previous_cursor);
      backward.unshift(page.body.items.map((o) => o.id));
    }
    expect(backward).toEqual(forward);
    expect(page.body.pagination.previous_cursor).toBeNull();
  });

  it('filters by kind, status and type, counts matches, and sorts ascending on request', async () => {
    const r = await get(`/v1/operations?project_id=${staging!.id}&limit=100&kind=vm,volume&status=failed&sort=created_at:asc`);
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
    for (const op of r.body.items) {
      expect(['vm', 'volume']).toContain(op.kind);
      expect(op.status).toBe('failed');
    }
    const times = r.body.items.map((o) => Date.parse(o.created_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const all = demo.data.operations.get(staging!.id)!.filter((s) => ['vm', 'volume'].includes(s.kind) && s.status === 'failed');
    expect(r.body.pagination.total_count).toBe(all.length);
  });

  it('refuses a tampered cursor and a cursor used with other filters or another project', async () => {
    const first = await get(`/v1/operations?project_id=${large!.id}&limit=10`);
    const cursor = first.body.pagination.next_cursor!;
    const [body, mac] = cursor.split('.');
    const tampered = `${body!.slice(0, -2)}AA.${mac}`;
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=10&cursor=${tampered}`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=10&cursor=${cursor}&kind=vm`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${staging!.id}&limit=10&cursor=${cursor}`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&limit=10&cursor=garbage`)).status).toBe(400);
  });

  it('rejects a bad sort and a bad date, and answers an empty project with an empty page', async () => {
    expect((await get(`/v1/operations?project_id=${large!.id}&sort=name:asc`)).status).toBe(400);
    expect((await get(`/v1/operations?project_id=${large!.id}&created_at_min=yesterday`)).status).toBe(400);
    const e = await get(`/v1/operations?project_id=${empty!.id}&limit=10`);
    expect(e.body).toEqual({ items: [], pagination: { next_cursor: null, previous_cursor: null, total_count: 0 } });
  });

  it('ignores filters and sort with DEMO_FILTERS=off, like older deployments', async () => {
    const old = createDemoApi({ ...base, DEMO_FILTERS: false });
    const r = await get(`/v1/operations?project_id=${large!.id}&limit=100&kind=vm&sort=created_at:asc`, undefined, old.app);
    expect(r.body.pagination.total_count).toBe(1200);
    expect(new Set(r.body.items.map((o) => o.kind)).size).toBeGreaterThan(1);
  });

  it('has every kind x type x status and realistic changes', () => {
    const ops = [...demo.data.operations.values()].flat().map(toOperation);
    const combos = new Set(ops.map((o) => `${o.kind}/${o.type}/${o.status}`));
    for (const k of ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool'])
      for (const t of ['create', 'update', 'delete', 'restart'])
        for (const s of ['pending', 'running', 'done', 'failed', 'unknown']) expect(combos).toContain(`${k}/${t}/${s}`);
    expect(ops.some((o) => o.details === null)).toBe(true);
    const creates = ops.filter((o) => o.type === 'create' && o.details);
    for (const c of creates.slice(0, 50))
      for (const d of Object.values(c.details!.changes)) expect(d.from === '' || d.from === 0 || d.from === false || (Array.isArray(d.from) && d.from.length === 0)).toBe(true);
    const byResource = new Map<string, number>();
    for (const o of ops) byResource.set(o.resource_id, (byResource.get(o.resource_id) ?? 0) + 1);
    expect(Math.max(...byResource.values())).toBeGreaterThan(3);
  });

  it('writes user data as whole documents: none starts with an empty line (an update over empty user data did)', () => {
    const texts = [...demo.data.operations.values()]
      .flat()
      .map(toOperation)
      .flatMap((o) => Object.values(o.details?.changes ?? {}).flatMap((d) => [d.from, d.to]))
      .filter((v): v is string => typeof v === 'string' && v.includes('\n'));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => t.startsWith('\n'))).toEqual([]);
  });

  it('never dates an update after the moment the data was made (a running operation said "updated in 33 s")', () => {
    const future = [...demo.data.operations.values()].flat().filter((o) => o.updatedMs > demo.data.now || o.updatedMs < o.createdMs);
    expect(future.map((o) => `${o.kind}/${o.type}/${o.status}`)).toEqual([]);
  });
});

describe('stand-in API: get and faults', () => {
  it('gets one operation, 404 for an unknown id, 400 for a malformed one', async () => {
    const op = toOperation(demo.data.operations.get(large!.id)![0]!);
    const r = await demo.app.request(`/v1/operations/${op.id}`);
    expect(await r.json()).toEqual(op);
    const missing = await get('/v1/operations/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/not found/);
    expect((await get('/v1/operations/not-a-uuid')).status).toBe(400);
  });

  it('demands the bearer token when DEMO_API_KEY is set', async () => {
    const locked = createDemoApi({ ...base, DEMO_SIZE: 10, DEMO_API_KEY: 'secret' });
    expect((await get('/v1/projects', undefined, locked.app)).status).toBe(401);
    expect((await get('/v1/projects', { headers: { authorization: 'Bearer wrong' } }, locked.app)).status).toBe(401);
    expect((await get('/v1/projects', { headers: { authorization: 'Bearer secret' } }, locked.app)).status).toBe(200);
  });

  it('as a served stand-in with DEMO_API_KEY, lets the key through: another dashboard can proxy to it', async () => {
    const locked = createDemoApi({ ...base, DEMO_SIZE: 10, DEMO_API_KEY: 'secret' });
    const server = await listen(createApp({ api: locked.app, mode: 'demo' }), 0, '127.0.0.1');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await fetch(`${url}/v1/projects`)).status).toBe(401);
      expect((await fetch(`${url}/v1/projects`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(`${url}/v1/projects`, { headers: { authorization: 'Bearer secret' } })).status).toBe(200);
      const proxied = createApp({ api: createProxyApi({ baseUrl: url, apiKey: 'secret', timeoutMs: 2000 }), mode: 'proxy' });
      const res = await proxied.request('/v1/projects');
      expect(res.status).toBe(200);
      expect(((await res.json()) as Page).items.length).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      locked.stop();
    }
  });

  it('fails on request with DEMO_FAIL_RATE, giving Retry-After on 429', async () => {
    const flaky = createDemoApi({ ...base, DEMO_SIZE: 10, DEMO_FAIL_RATE: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const r = await get('/v1/projects', undefined, flaky.app);
      statuses.add(r.status);
      if (r.status === 429) expect(r.headers.get('retry-after')).toBe('1');
    }
    expect([...statuses].sort()).toEqual([429, 500, 503]);
  });
});
