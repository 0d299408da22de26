// @vitest-environment node
// Upstream faults at the proxy (issue 6): each one reaches the browser as a status it can act on and a JSON message.
import { createServer, get as httpGet, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { listen } from './http';
import { createProxyApi } from './proxy';
import { startFakeUpstream } from './testing/fake-upstream';
import { freePort } from './testing/free-port';

const KEY = 'nlk_test_faults_0123456789';
let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  app = createApp({ api: createProxyApi({ baseUrl: upstream.url, apiKey: KEY, timeoutMs: 300 }), mode: 'proxy' });
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.requests.length = 0;
});

const get = async (path = '/v1/operations?project_id=p1') => {
  const res = await app.request(path);
  const body = (await res.json()) as { message?: string };
  return { status: res.status, headers: res.headers, body };
};

describe('proxy faults', () => {
  it('passes 429 with Retry-After and retry-after-ms through', async () => {
    upstream.setResponder(() => ({ status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': '2', 'retry-after-ms': '1500' } }));
    const res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('retry-after-ms')).toBe('1500');
    expect(res.body.message).toBe('Too many requests');
    expect(upstream.requests).toHaveLength(1);
  });

  it('passes 500, 502 and 503 through with their JSON message', async () => {
    for (const status of [500, 502, 503]) {
      upstream.setResponder(() => ({ status, body: { message: `upstream says ${status}` } }));
      const res = await get();
      expect(res.status).toBe(status);
      expect(res.body.message).toBe(`upstream says ${status}`);
    }
  });

  it('answers a JSON 504 when upstream is slower than the timeout', async () => {
    upstream.setResponder(() => ({ delayMs: 1000, body: { items: [] } }));
    const started = performance.now();
    const res = await get();
    expect(res.status).toBe(504);
    expect(res.body.message).toBe('The Nirvana Labs API did not answer within 0.3 s. Try again shortly.');
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('answers a JSON 504 when upstream stalls in the middle of the body', async () => {
    upstream.setResponder(() => ({ body: { items: [], pagination: { next_cursor: null } }, stallMidBody: true }));
    const res = await get();
    expect(res.status).toBe(504);
    expect(res.body.message).toMatch(/did not answer/);
  });

  it('answers a JSON 502 when upstream resets the connection', async () => {
    upstream.setResponder(() => ({ reset: true }));
    const res = await get();
    expect(res.status).toBe(502);
    expect(res.body.message).toMatch(/Could not reach the Nirvana Labs API/);
  });

  it('answers a JSON 502 when upstream resets in the middle of the body', async () => {
    upstream.setResponder(() => ({ body: { items: [{ id: 'x'.repeat(5000) }] }, resetMidBody: true }));
    const res = await get();
    expect(res.status).toBe(502);
    expect(res.body.message).toMatch(/Could not reach/);
  });

  it('answers a JSON 502 when upstream is down at start', async () => {
    const port = await freePort();
    const down = createApp({ api: createProxyApi({ baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY, timeoutMs: 2000 }), mode: 'proxy' });
    for (const path of ['/v1/projects', '/v1/operations?project_id=p1', '/v1/operations/abc']) {
      const res = await down.request(path);
      expect(res.status).toBe(502);
      expect(((await res.json()) as { message: string }).message).toBe(
        `Could not reach the Nirvana Labs API at http://127.0.0.1:${port}. Check the server's network or NIRVANA_LABS_BASE_URL.`,
      );
    }
  });

  it('turns a non-JSON upstream body into a JSON message', async () => {
    upstream.setResponder(() => ({ status: 500, body: '<html><body>Internal error</body></html>', headers: { 'content-type': 'text/html' } }));
    const failed = await get();
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(failed.body.message).toBe('The Nirvana Labs API answered 500 with a body that is not JSON');
    // A 200 that is not JSON is no data: the browser gets a retryable 502, not a page to parse.
    upstream.setResponder(() => ({ status: 200, body: 'Welcome to nginx', headers: { 'content-type': 'text/html' } }));
    const ok = await get();
    expect(ok.status).toBe(502);
    expect(ok.body.message).toBe('The Nirvana Labs API answered 200 with a body that is not JSON');
  });

  it('turns a 200 labelled JSON that is empty or cut short into a retryable 502, and passes whole JSON on', async () => {
    for (const [body, said] of [
      ['', 'an empty body'],
      ['{"items":[{"id":"a"},', 'a body cut short or not JSON'],
      ['OK', 'a body cut short or not JSON'],
    ] as const) {
      upstream.setResponder(() => ({ status: 200, body, headers: { 'content-type': 'application/json' } }));
      const res = await get();
      expect(res.status, JSON.stringify(body)).toBe(502);
      expect(res.body.message).toBe(`The Nirvana Labs API answered 200 with ${said}`);
    }
    upstream.setResponder(() => ({ status: 200, body: ' {"items":[],"pagination":{"next_cursor":null}}\n', headers: { 'content-type': 'application/json' } }));
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.body).toEqual({ items: [], pagination: { next_cursor: null } });
  });

  it('does not follow an upstream redirect', async () => {
    upstream.setResponder(() => ({ status: 302, body: {}, headers: { location: 'http://evil.example/steal' } }));
    const res = await get();
    expect(res.status).toBe(502);
    expect(res.headers.get('location')).toBeNull();
    expect(upstream.requests).toHaveLength(1);
  });

  it('stops the upstream request when the browser goes away (real sockets)', async () => {
    // An upstream that never answers, and tells when the proxy hangs up on it.
    let pending: ServerResponse | undefined;
    const hungUp = new Promise<void>((resolve) => {
      const slow = createServer((_req, res) => {
        pending = res;
        res.on('close', () => !res.writableEnded && resolve());
      });
      slow.listen(0, '127.0.0.1');
      servers.push(slow);
    });
    await new Promise((r) => setTimeout(r, 50));
    const slowUrl = `http://127.0.0.1:${(servers.at(-1)!.address() as AddressInfo).port}`;
    const logs: string[] = [];
    const proxied = createApp({ api: createProxyApi({ baseUrl: slowUrl, apiKey: KEY, timeoutMs: 10_000, log: (l) => logs.push(l) }), mode: 'proxy' });
    const server = await listen(proxied, 0, '127.0.0.1');
    servers.push(server);
    const req = httpGet(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/operations?project_id=p1`);
    req.on('error', () => {});
    while (!pending) await new Promise((r) => setTimeout(r, 10));
    req.destroy();
    const started = performance.now();
    await hungUp;
    expect(performance.now() - started).toBeLessThan(2000);
    await expect.poll(() => logs.join('\n')).toMatch(/browser went away/);
  });
});

const servers: ReturnType<typeof createServer>[] = [];
afterAll(() => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});
