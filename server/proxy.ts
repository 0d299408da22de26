// Proxy mode: three GETs go to the real API with the key added here; nothing else is forwarded.
import { Hono, type Context } from 'hono';
import type { ApiEnv } from './app';

export interface ProxyOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Faults (timeout, unreachable, a browser gone): always worth a line. */
  log?: (line: string) => void;
  /** Every upstream answer with its status and time: LOG_REQUESTS only (a line per request costs ~0.2 ms). */
  trace?: (line: string) => void;
}

export const FORWARDED_PARAMS = [
  'project_id', 'cursor', 'limit', 'kind', 'status', 'type', 'resource_id', 'created_at_min', 'created_at_max', 'sort',
] as const;
const PASSED_HEADERS = ['retry-after', 'retry-after-ms', 'x-request-id'] as const;
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
// Control characters (CR, LF, NUL, …) have no place in any parameter we forward.
const CONTROL = /[\u0000-\u001f\u007f]/;
// Bounds what we send upstream; a real page URL (filters, a cursor) is far below this.
const MAX_QUERY = 8192;

const jsonError = (c: Context, status: 400 | 404 | 405 | 502 | 504, message: string) => c.json({ message }, status);

export function createProxyApi(options: ProxyOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  const log = options.log ?? (() => {});
  const trace = options.trace ?? (() => {});
  const app = new Hono();

  // A buggy or hostile upstream could echo the Authorization header back: the key never leaves this process.
  const scrub = (text: string) => (text.includes(options.apiKey) ? text.split(options.apiKey).join('[redacted]') : text);

  async function forward(c: Context, path: string) {
    const incoming = new URL(c.req.url);
    const out = new URLSearchParams();
    for (const name of FORWARDED_PARAMS) {
      for (const value of incoming.searchParams.getAll(name)) {
        if (CONTROL.test(value) || value.length > 4096) return jsonError(c, 400, `Parameter ${name} has characters that are not allowed`);
        out.append(name, value);
      }
    }
    const qs = out.toString();
    if (qs.length > MAX_QUERY) return jsonError(c, 400, `The query string is too long (over ${MAX_QUERY} characters)`);
    const target = `${base}${path}${qs ? `?${qs}` : ''}`;
    const started = performance.now();
    let upstream: Response;
    let text: string;
    // Not AbortSignal.any([AbortSignal.timeout(…), …]): on Node 20 it retains every composite signal (nodejs/node#54614).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('upstream timeout', 'TimeoutError')), options.timeoutMs);
    const client = (c.env as ApiEnv['Bindings'] | undefined)?.clientSignal ?? c.req.raw.signal;
    const onGone = () => abort.abort(client.reason);
    client.addEventListener('abort', onGone, { once: true });
    try {
      upstream = await doFetch(target, {
        method: 'GET',
        headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
        redirect: 'manual',
        signal: abort.signal,
      });
      // Read inside the try: a timeout or a reset in the middle of the body is the same fault as before the headers.
      text = await upstream.text();
    } catch (e) {
      const gone = client.aborted;
      const timedOut = !gone && e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
      log(`proxy ${path} -> ${gone ? 'browser went away' : timedOut ? 'timeout' : 'unreachable'} after ${Math.round(performance.now() - started)} ms`);
      return timedOut
        ? jsonError(c, 504, `The Nirvana Labs API did not answer within ${options.timeoutMs / 1000} s. Try again shortly.`)
        : jsonError(c, 502, `Could not reach the Nirvana Labs API at ${base}. Check the server's network or NIRVANA_LABS_BASE_URL.`);
    } finally {
      clearTimeout(timer);
      client.removeEventListener('abort', onGone);
    }
    trace(`proxy ${path} -> ${upstream.status} in ${Math.round(performance.now() - started)} ms`);
    if (upstream.status >= 300 && upstream.status < 400) {
      return jsonError(c, 502, `The Nirvana Labs API answered with a redirect (${upstream.status}); it is not followed`);
    }
    for (const h of PASSED_HEADERS) {
      const v = upstream.headers.get(h);
      if (v !== null) c.header(h, scrub(v));
    }
    let body = scrub(text);
    let status = upstream.status;
    const labelledJson = /^application\/json\b/i.test(upstream.headers.get('content-type') ?? '');
    // Data labelled JSON that is empty or cut short (a proxy on the way, a connection dropped mid-body and not reported)
    // would reach the browser as a 200 it cannot parse, a schema error it does not retry: it becomes a retryable 502.
    // Both ends are looked at, not a parse (~0.2 ms a page).
    if (labelledJson && status >= 200 && status < 300 && status !== 204) {
      const t = text.trim();
      if (!((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']')))) {
        body = JSON.stringify({ message: `The Nirvana Labs API answered ${status} with ${t ? 'a body cut short or not JSON' : 'an empty body'}` });
        status = 502;
      }
    }
    // Parsing a 40 KB page costs ~0.2 ms: only bodies not labelled JSON (gateway HTML pages, say) are checked.
    if (text && !labelledJson) {
      try {
        JSON.parse(text);
      } catch {
        body = JSON.stringify({ message: `The Nirvana Labs API answered ${status} with a body that is not JSON` });
        // A 200 whose body is not JSON is a fault of the API, not data: the browser gets an error status to retry.
        if (status < 400) status = 502;
      }
    }
    if (status < 200 || status > 599) status = 502;
    c.header('content-type', 'application/json; charset=utf-8');
    return body ? c.body(body, status as 200) : c.body(null, status as 204);
  }

  app.get('/v1/operations', (c) => forward(c, '/v1/operations'));
  app.get('/v1/projects', (c) => forward(c, '/v1/projects'));
  app.get('/v1/operations/:id', (c) => {
    const id = c.req.param('id');
    const raw = new URL(c.req.url).pathname.slice('/v1/operations/'.length);
    if (!SAFE_ID.test(id) || raw !== id) return jsonError(c, 400, 'That operation id is not valid: use 1 to 128 letters, digits, "-" or "_"');
    return forward(c, `/v1/operations/${id}`);
  });
  return app;
}
