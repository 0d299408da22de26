// @vitest-environment node
// Proxy security (issue 6), proven against a fake upstream on 127.0.0.1 and, where app.request() cannot send
// the bytes (absolute-form targets, `//host`, raw CRLF, bad Host), over a real socket to listen() from ./http.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { createDemoApi } from './demo/api';
import { parseEnv } from './env';
import { listen } from './http';
import { createProxyApi } from './proxy';
import { startFakeUpstream } from './testing/fake-upstream';
import { rawGet, rawRequest } from './testing/raw-request';
import { expectSecurityHeaders } from './testing/security-headers';

const KEY = 'nlk_live_SECRET_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const OP_ID = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';
const DIST = resolve(__dirname, '../dist/client');

let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
let server: Server;
let port: number;
let staticDir: string;
let app: ReturnType<typeof createApp>;
const logs: string[] = [];

beforeAll(async () => {
  // Every channel a line could leave by: the app's and the proxy's log, console, stdout and stderr.
  for (const level of ['log', 'info', 'warn', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...a: unknown[]) => void logs.push(a.map(String).join(' ')));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) => {
      logs.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write);
  }
  staticDir = mkdtempSync(join(tmpdir(), 'hardening-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(staticDir, 'assets/app.js'), 'console.log("app")');
  upstream = await startFakeUpstream();
  const log = (l: string) => logs.push(l);
  const allowedHosts = parseEnv({ ALLOWED_HOSTS: 'Dash.Example.com, .example.org' }).ALLOWED_HOSTS;
  app = createApp({ api: createProxyApi({ baseUrl: upstream.url, apiKey: KEY, timeoutMs: 300, log, trace: log }), mode: 'proxy', staticDir, log, allowedHosts });
  server = await listen(app, 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await upstream.close();
  rmSync(staticDir, { recursive: true, force: true });
});
beforeEach(() => {
  upstream.requests.length = 0;
  upstream.setResponder(() => ({ body: { items: [], pagination: { next_cursor: null, total_count: 0 } } }));
});

const message = async (res: Response) => ((await res.json()) as { message: string }).message;
const everything = async (res: Response) => `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await res.text()}`;

describe('proxy security: what is forwarded', () => {
  it('refuses every method but GET with a JSON 405 and no upstream request', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
      const res = await app.request('/v1/operations', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET');
      if (method !== 'HEAD') expect(await message(res)).toMatch(/only reads/);
    }
    const trace = await rawRequest(port, 'TRACE /v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(trace.status).toBe(405);
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards only the three read paths and answers the rest with a JSON 404', async () => {
    for (const path of ['/v1/vms', '/v1/operations/a/b', '/v1/projects/p1', '/v1/operations/', '/v1', '/v1/', '/v1/projects/../vms']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/json/);
    }
    expect(upstream.requests).toHaveLength(0);
    await app.request('/v1/operations?project_id=p1');
    await app.request(`/v1/operations/${OP_ID}`);
    await app.request('/v1/projects');
    expect(upstream.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /v1/operations', `GET /v1/operations/${OP_ID}`, 'GET /v1/projects',
    ]);
  });

  it('refuses absolute-form request targets over a real socket', async () => {
    for (const target of ['http://evil.example/v1/projects', 'https://evil.example/v1/operations?project_id=p1', `http://127.0.0.1:${port}/v1/projects`]) {
      const res = await rawRequest(port, rawGet(target));
      expect(res.status, target).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ message: 'Request target not allowed' });
      expectSecurityHeaders((n) => res.headers[n], target);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses //host, backslash and asterisk targets over a real socket', async () => {
    for (const target of ['//evil.example/v1/projects', '/\\evil.example/v1/projects', '/v1\\..\\projects', '*']) {
      const res = await rawRequest(port, rawGet(target));
      expect(res.status, target).toBe(400);
      expect(res.body).toMatch(/"message"/);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('a Host header that reshapes the URL is refused; an allowed one reaches only the fixed upstream path and host', async () => {
    const cases: [string, number][] = [['evil.example/v1/vms?', 400], ['a@evil.example', 400], ['evil.example:99999', 400], ['', 403], ['evil.example', 403], ['dash.example.com', 200]];
    for (const [host, status] of cases) {
      const before = upstream.requests.length;
      const res = await rawRequest(port, rawGet('/v1/projects', '', host));
      expect(res.status, `Host ${host}`).toBe(status);
      expectSecurityHeaders((n) => res.headers[n], `Host ${host}`);
      const sent = upstream.requests.slice(before).map((r) => [r.url, r.headers.host]);
      expect(sent, `Host ${host}`).toEqual(status === 200 ? [['/v1/projects', new URL(upstream.url).host]] : []);
    }
  });

  it('refuses encoded traversal in an operation id with a JSON 400 and no upstream request', async () => {
    const ids = ['..%2Fprojects', '..%2F..%2Fv1%2Fprojects', '%2e%2e%2Fprojects', 'abc%2Fdef', 'abc%00', '%252F..', 'a%5Cb', '..'];
    for (const id of ids) {
      const res = await app.request(`/v1/operations/${id}`);
      expect([400, 404], id).toContain(res.status);
      expect(await message(res)).toMatch(/not valid|No such API path/);
      const socket = await rawRequest(port, rawGet(`/v1/operations/${id}`));
      expect([400, 404], `socket ${id}`).toContain(socket.status);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses CRLF and NUL in parameters', async () => {
    for (const qs of ['project_id=p1%0D%0ASet-Cookie:%20a=b', 'project_id=p1&cursor=a%00b', 'project_id=p1&kind=vm%0A']) {
      const res = await app.request(`/v1/operations?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(await message(res)).toMatch(/characters that are not allowed/);
    }
    // Raw CR/LF in the request line never reaches the app: Node refuses the malformed request.
    const raw = await rawRequest(port, 'GET /v1/operations?project_id=p1\rSet-Cookie: a=b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(raw.status).toBe(400);
    expectSecurityHeaders((n) => raw.headers[n], 'malformed request');
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses a 10,000-character id and a unicode id with a clear JSON message', async () => {
    const long = 'a'.repeat(10_000);
    for (const id of [long, encodeURIComponent('опер-ация'), encodeURIComponent('💥'), encodeURIComponent('<script>')]) {
      const res = await app.request(`/v1/operations/${id}`);
      expect(res.status).toBe(400);
      expect(await message(res)).toBe('That operation id is not valid: use 1 to 128 letters, digits, "-" or "_"');
    }
    const socket = await rawRequest(port, rawGet(`/v1/operations/${long}`));
    expect(socket.status).toBe(400);
    expect(JSON.parse(socket.body).message).toMatch(/not valid/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses an oversized query string without contacting upstream', async () => {
    const many = Array.from({ length: 40 }, () => `kind=${'v'.repeat(400)}`).join('&');
    const res = await app.request(`/v1/operations?project_id=p1&${many}`);
    expect(res.status).toBe(400);
    expect(await message(res)).toMatch(/too long/);
    const one = await app.request(`/v1/operations?project_id=p1&cursor=${'c'.repeat(5000)}`);
    expect(one.status).toBe(400);
    const socket = await rawRequest(port, rawGet(`/v1/operations?project_id=p1&cursor=${'c'.repeat(20_000)}`));
    expect(socket.status).toBe(431);
    expect(JSON.parse(socket.body).message).toMatch(/too long/);
    expectSecurityHeaders((n) => socket.headers[n], '431');
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards unknown filter values but never unknown parameters', async () => {
    await app.request('/v1/operations?project_id=p1&kind=spaceship&status=%3Cscript%3E&debug=1&api_key=x');
    expect(upstream.requests[0]?.url).toBe('/v1/operations?project_id=p1&kind=spaceship&status=%3Cscript%3E');
  });
});

describe('proxy security: Host names (DNS rebinding)', () => {
  const targets = ['/v1/operations?project_id=p1', `/v1/operations/${OP_ID}`, '/v1/projects', '/', '/projects/p1/operations', '/dashboard/config.json', '/assets/app.js'];

  it('refuses a Host that does not name this server with a JSON 403 saying how to allow it, on pages, API and config, and sends nothing upstream', async () => {
    // evilexample.org only ends with the text of the `.example.org` entry; the others dress up as allowed names.
    const hosts = [`attacker.example:${port}`, 'evilexample.org', 'example.org.evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', 'dash.example.com.evil.example'];
    for (const host of hosts) {
      for (const target of targets) {
        const res = await rawRequest(port, rawGet(target, '', host));
        expect(res.status, `${host} ${target}`).toBe(403);
        expect(res.headers['content-type'], `${host} ${target}`).toMatch(/^application\/json/);
        expectSecurityHeaders((n) => res.headers[n], `${host} ${target}`);
        expect(JSON.parse(res.body).message, `${host} ${target}`).toContain(`Host ${JSON.stringify(host)} is not allowed`);
      }
    }
    const res = await rawRequest(port, rawGet('/v1/operations?project_id=p1', '', `attacker.example:${port}`));
    expect(JSON.parse(res.body)).toEqual({
      message: `Host "attacker.example:${port}" is not allowed: in proxy mode this server answers only requests addressed to an IP address, localhost or a name in ALLOWED_HOSTS. To open it as attacker.example, start the server with ALLOWED_HOSTS=attacker.example.`,
    });
    // A request made in-process has no Host header: its URL's host is checked.
    const inProcess = await app.request('http://attacker.example/v1/projects');
    expect(inProcess.status).toBe(403);
    expectSecurityHeaders((n) => inProcess.headers.get(n), 'in-process');
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers a Host that is an IP literal, localhost, a *.localhost name or in ALLOWED_HOSTS (a .domain entry: the domain and its subdomains)', async () => {
    const hosts = [`127.0.0.1:${port}`, `[::1]:${port}`, `localhost:${port}`, 'app.localhost', 'LOCALHOST', '10.0.0.7', 'dash.example.com', `DASH.EXAMPLE.COM:${port}`, 'example.org', 'a.b.example.org:8443'];
    for (const host of hosts) {
      for (const target of targets) {
        const res = await rawRequest(port, rawGet(target, '', host));
        expect(res.status, `${host} ${target}`).toBe(200);
      }
    }
    expect(upstream.requests).toHaveLength(hosts.length * 3);
    expect((await app.request('/v1/projects')).status).toBe(200);
  });

  it('refuses a request without a Host header (HTTP/1.0) or with an empty one with a 403', async () => {
    for (const request of ['GET /v1/projects HTTP/1.0\r\n\r\n', 'GET / HTTP/1.0\r\n\r\n', rawGet('/v1/projects', '', '')]) {
      const res = await rawRequest(port, request);
      expect(res.status, request).toBe(403);
      expectSecurityHeaders((n) => res.headers[n], request);
      expect(JSON.parse(res.body).message, request).toMatch(/^A request without a Host header is not answered: .* ALLOWED_HOSTS\.$/);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('the stand-in answers any Host, none included: it has no key behind it', async () => {
    const demo = createDemoApi(parseEnv({ DEMO_LIVE: 'off', DEMO_SIZE: '20' }));
    const s = await listen(createApp({ api: demo.app, mode: 'demo', allowedHosts: [] }), 0, '127.0.0.1');
    const demoPort = (s.address() as AddressInfo).port;
    for (const request of [rawGet('/v1/projects', '', `attacker.example:${demoPort}`), rawGet('/dashboard/config.json', '', 'attacker.example'), 'GET /v1/projects HTTP/1.0\r\n\r\n']) {
      expect((await rawRequest(demoPort, request)).status, request).toBe(200);
    }
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
    demo.stop();
  });
});

describe('proxy security: credentials and the key', () => {
  it('never forwards browser Authorization, Cookie or other credentials', async () => {
    const creds = 'Authorization: Bearer browser-token\r\nCookie: session=abc\r\nProxy-Authorization: Basic eA==\r\nX-Api-Key: browser\r\n';
    await rawRequest(port, rawGet('/v1/projects', creds));
    await app.request('/v1/operations?project_id=p1', { headers: { authorization: 'Bearer browser', cookie: 'a=b' } });
    expect(upstream.requests).toHaveLength(2);
    for (const r of upstream.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers['proxy-authorization']).toBeUndefined();
      expect(r.headers['x-api-key']).toBeUndefined();
    }
  });

  it('drops upstream Set-Cookie on success and on error', async () => {
    for (const status of [200, 401, 500]) {
      upstream.setResponder(() => ({ status, body: { items: [], message: 'x' }, headers: { 'set-cookie': 'track=1; Path=/' } }));
      const res = await rawRequest(port, rawGet('/v1/projects'));
      expect(res.status).toBe(status);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('keeps the key out of every response header and body, errors included', async () => {
    const seen: string[] = [];
    const scenarios: Array<[string, Parameters<typeof upstream.setResponder>[0]]> = [
      ['ok', () => ({ body: { items: [], pagination: { next_cursor: null } } })],
      ['echo auth in body and headers', (r) => ({ status: 401, body: { message: `bad key ${r.headers.authorization}` }, headers: { 'x-request-id': String(r.headers.authorization) } })],
      ['non-JSON echo', (r) => ({ status: 500, body: `<h1>${r.headers.authorization}</h1>` })],
      ['timeout', () => ({ delayMs: 1000, body: {} })],
      ['reset', () => ({ reset: true })],
    ];
    for (const [, responder] of scenarios) {
      upstream.setResponder(responder);
      seen.push((await rawRequest(port, rawGet('/v1/operations?project_id=p1'))).raw);
      seen.push(await everything(await app.request(`/v1/operations/${OP_ID}`)));
    }
    for (const target of ['/', '/index.html', '/assets/app.js', '/projects/x', '/missing.js', '/v1/nope', 'http://evil/']) {
      seen.push((await rawRequest(port, rawGet(target))).raw);
    }
    seen.push((await rawRequest(port, rawGet(`/?${'q'.repeat(20_000)}`))).raw);
    expect(seen.join('\n')).toContain('bad key Bearer [redacted]');
    expect(seen.join('\n')).not.toContain(KEY);
  });

  it('keeps the key out of every log line', async () => {
    upstream.setResponder((r) => ({ status: 401, body: { message: `bad ${r.headers.authorization}` } }));
    await rawRequest(port, rawGet('/v1/projects'));
    upstream.setResponder(() => ({ reset: true }));
    await rawRequest(port, rawGet('/v1/projects'));
    upstream.setResponder(() => ({ delayMs: 1000, body: {} }));
    await rawRequest(port, rawGet('/v1/projects'));
    const down = createApp({ api: createProxyApi({ baseUrl: 'http://127.0.0.1:9', apiKey: KEY, timeoutMs: 500, log: (l) => logs.push(l), trace: (l) => logs.push(l) }), mode: 'proxy', log: (l) => logs.push(l) });
    await down.request('/v1/projects');
    // The capture works (it holds request lines) and none of them has the key.
    expect(logs.some((l) => /GET \/v1\/projects 401/.test(l))).toBe(true);
    expect(logs.some((l) => /timeout/.test(l)) && logs.some((l) => /unreachable/.test(l))).toBe(true);
    expect(logs.join('\n')).not.toContain(KEY);
  });

  it.runIf(existsSync(join(DIST, 'index.html')))('serves the built app (dist/client) without the key; its CSP allows its own inline theme script and stylesheet and no other', async () => {
    const built = createApp({ api: createProxyApi({ baseUrl: upstream.url, apiKey: KEY, timeoutMs: 300 }), mode: 'proxy', staticDir: DIST });
    const files: string[] = [];
    const walk = (dir: string): void => readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : files.push(join(dir, f))));
    walk(DIST);
    for (const file of files) {
      const res = await built.request(`/${relative(DIST, file)}`);
      expect(res.status, file).toBe(200);
      expectSecurityHeaders((n) => res.headers.get(n), file);
      expect(await everything(res)).not.toContain(KEY);
    }
    const res = await built.request('/');
    const html = await res.text();
    const csp = res.headers.get('content-security-policy') ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');
    const scripts = inline(/<script>([\s\S]*?)<\/script>/g);
    const styles = inline(/<style>([\s\S]*?)<\/style>/g);
    // The theme script and the entry's stylesheet, and nothing else inline (no attributes to hide a script behind).
    expect(scripts.map((s) => s.includes('nirvana.theme'))).toEqual([true]);
    expect(styles).toHaveLength(1);
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toEqual(['<script>']);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(csp).toContain(`script-src 'self' ${hash(scripts[0]!)};`);
    expect(csp).toContain(`style-src 'self' ${hash(styles[0]!)};`);
  });
});

describe('proxy security: headers and bind address', () => {
  it('puts the CSP, nosniff, no-referrer and frame-ancestors on every kind of response', async () => {
    const cases: Array<[string, string, number]> = [
      ['API 200', rawGet('/v1/projects'), 200],
      ['API 404', rawGet('/v1/vms'), 404],
      ['API 400', rawGet('/v1/operations/..%2Fx'), 400],
      ['API 405', 'DELETE /v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', 405],
      ['index.html', rawGet('/'), 200],
      ['SPA fallback', rawGet('/projects/p1/operations'), 200],
      ['static asset', rawGet('/assets/app.js'), 200],
      ['missing file', rawGet('/assets/missing.js'), 404],
      ['socket guard', rawGet('http://evil.example/'), 400],
      ['malformed request', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n', 400],
      ['headers too large', rawGet(`/?${'q'.repeat(20_000)}`), 431],
    ];
    for (const [what, request, status] of cases) {
      const res = await rawRequest(port, request);
      expect(res.status, what).toBe(status);
      expectSecurityHeaders((n) => res.headers[n], what);
    }
    upstream.setResponder(() => ({ status: 503, body: 'down' }));
    const failed = await app.request('/v1/projects');
    expect(failed.status).toBe(503);
    expectSecurityHeaders((n) => failed.headers.get(n), 'upstream 503');
  });

  it('binds to 127.0.0.1 by default', async () => {
    const env = parseEnv({});
    expect(env.HOST).toBe('127.0.0.1');
    const s = await listen(createApp({ api: app, mode: 'proxy' }), 0, env.HOST);
    expect((s.address() as AddressInfo).address).toBe('127.0.0.1');
    await new Promise((r) => s.close(r));
  });
});
