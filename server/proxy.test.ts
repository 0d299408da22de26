// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createProxyApi } from './proxy';
import { startFakeUpstream } from './testing/fake-upstream';

const KEY = 'nlk_test_0123456789abcdefghijklmnopqrstuvwxyz';
let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
let app: ReturnType<typeof createApp>;
const logs: string[] = [];

beforeAll(async () => {
  upstream = await startFakeUpstream();
  app = createApp({
    api: createProxyApi({ baseUrl: upstream.url, apiKey: KEY, timeoutMs: 300, log: (l) => logs.push(l), trace: (l) => logs.push(l) }),
    mode: 'proxy',
    log: (l) => logs.push(l),
  });
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.setResponder(() => ({ body: { items: [], pagination: { next_cursor: null, total_count: 0 } } }));
});

async function everything(res: Response) {
  return `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await res.text()}`;
}

describe('proxy', () => {
  it('adds the bearer key on the server and forwards only the allowed parameters', async () => {
    const res = await app.request('/v1/operations?project_id=p1&limit=100&kind=vm&evil=1', {
      headers: { authorization: 'Bearer from-browser', cookie: 'session=abc' },
    });
    expect(res.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    const req = upstream.requests[0]!;
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers.cookie).toBeUndefined();
    expect(req.url).toBe('/v1/operations?project_id=p1&limit=100&kind=vm');
  });

  it('forwards GET of one operation and the projects list', async () => {
    await app.request('/v1/operations/3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f');
    await app.request('/v1/projects');
    expect(upstream.requests.map((r) => r.url)).toEqual(['/v1/operations/3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f', '/v1/projects']);
  });

  it('answers other methods and paths itself, without contacting upstream', async () => {
    const cases = [
      app.request('/v1/operations', { method: 'POST' }),
      app.request('/v1/operations/x', { method: 'DELETE' }),
      app.request('/v1/vms'),
      app.request('/v1/operations/a/b'),
      app.request('/v1/operations/..%2Fprojects'),
    ];
    const statuses = await Promise.all(cases.map(async (p) => (await p).status));
    expect(statuses).toEqual([405, 405, 404, 404, 400]);
    expect(upstream.requests).toHaveLength(0);
  });

  it('passes status, JSON body and Retry-After through, and drops Set-Cookie', async () => {
    upstream.setResponder(() => ({ status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '3', 'set-cookie': 'a=b' } }));
    const res = await app.request('/v1/projects');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({ message: 'slow down' });
  });

  it('gives a JSON 504 on upstream timeout and a JSON 502 when unreachable', async () => {
    upstream.setResponder(() => ({ delayMs: 1000, body: {} }));
    const slow = await app.request('/v1/projects');
    expect(slow.status).toBe(504);
    expect(((await slow.json()) as { message: string }).message).toMatch(/did not answer/);
    const down = createApp({ api: createProxyApi({ baseUrl: 'http://127.0.0.1:9', apiKey: KEY, timeoutMs: 1000 }), mode: 'proxy' });
    const res = await down.request('/v1/projects');
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toMatch(/Could not reach/);
  });

  it('never shows the key in a response or a log line', async () => {
    upstream.setResponder((r) => ({ status: 401, body: { message: 'bad key', echo: r.url } }));
    const responses = await Promise.all(['/v1/projects', '/v1/operations?project_id=x', '/v1/nope', '/'].map((p) => app.request(p)));
    for (const res of responses) expect(await everything(res)).not.toContain(KEY);
    expect(logs.join('\n')).not.toContain(KEY);
  });
});

describe('proxy bodies', () => {
  it('turns a non-JSON upstream page into a JSON message and passes JSON through untouched', async () => {
    upstream.setResponder(() => ({ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }));
    const html = await app.request('/v1/operations?project_id=p1');
    expect(html.status).toBe(502);
    expect(await html.json()).toEqual({ message: 'The Nirvana Labs API answered 502 with a body that is not JSON' });
    upstream.setResponder(() => ({ body: '{"items":[],"pagination":{"next_cursor":null,"total_count":0}}' }));
    const json = await app.request('/v1/operations?project_id=p1');
    expect(await json.text()).toBe('{"items":[],"pagination":{"next_cursor":null,"total_count":0}}');
  });
});
