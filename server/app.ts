// The one Node server: security headers, /v1 (stand-in or proxy), and the built app with SPA fallback.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { compressJson } from './compress-json';
import { contentSecurityPolicy, inlineHashes } from './csp';
import { hostRefusal, isAllowedHost } from './hosts';
import { isUuid } from './uuid';

/** On every answer. createApp adds the hashes of the built index.html's inline theme script and stylesheet to the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export interface AppOptions {
  /** The /v1 handler: the stand-in or the proxy. */
  api: Hono;
  mode: 'demo' | 'proxy';
  /** Folder of the built client; omitted in dev (Vite serves it) and in API-only tests. */
  staticDir?: string;
  log?: (line: string) => void;
  /** Proxy mode: host names answered besides IP literals and localhost (ALLOWED_HOSTS, parsed by server/env.ts). */
  allowedHosts?: readonly string[];
}

const ALLOWED = /^\/v1\/(operations|operations\/[^/]+|projects)$/;

const LIST_PAGE = /^\/projects\/([^/]+)\/operations\/?$/;
/** Query parameters of a list URL that do not change its first API request (live updates, the client-side search). */
const NOT_SENT = new Set(['live', 'q']);

/**
 * The API request the app makes first on a list page, when the server can know it without the app's code: an
 * unfiltered list, newest first. Sent as a `Link: rel=preload` with the page, so the browser fetches it while it
 * downloads and evaluates the bundle (STYLE.md 12). Filtered lists get no hint (the app builds their request).
 * `src/features/operations/api/first-page-preload.test.ts` checks this URL against the one the app builds.
 */
export function firstPagePreload(url: URL): string | null {
  const projectId = LIST_PAGE.exec(url.pathname)?.[1];
  if (!projectId || !isUuid(projectId) || [...url.searchParams.keys()].some((k) => !NOT_SENT.has(k))) return null;
  return `/v1/operations?project_id=${projectId}&limit=100&sort=created_at%3Adesc`;
}

/**
 * The headers with the CSP for the index.html on disk. Re-read when the file changes: a build while the server runs
 * must not leave it sending the old hashes, which would refuse the new inline CSS (an unstyled page).
 */
function builtAppHeaders(indexFile: string): (document: boolean) => Record<string, string> {
  let seen = -1;
  let headers = SECURITY_HEADERS;
  const reread = () => {
    const mtime = statSync(indexFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (mtime === seen) return;
    seen = mtime;
    const html = mtime ? readFileSync(indexFile, 'utf8') : '';
    headers = { ...SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy(inlineHashes(html)) };
  };
  reread();
  // Only an HTML document runs inline code under its CSP: the file is looked at for those, not for every API answer.
  return (document) => {
    if (document) reread();
    return headers;
  };
}

/** What createApp hands the /v1 app beside each request: the browser's abort signal (the request itself has none). */
export interface ApiEnv {
  Bindings: { clientSignal?: AbortSignal };
}

export function createApp({ api, mode, staticDir, log, allowedHosts = [] }: AppOptions): Hono {
  const app = new Hono();
  const securityHeaders = staticDir ? builtAppHeaders(join(staticDir, 'index.html')) : () => SECURITY_HEADERS;
  const isDocument = (res: Response) => /^text\/html\b/i.test(res.headers.get('content-type') ?? '');
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    for (const [k, v] of Object.entries(securityHeaders(isDocument(c.res)))) c.res.headers.set(k, v);
    c.res.headers.delete('set-cookie');
    log?.(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });
  // Proxy mode answers only requests addressed to this server (DNS rebinding, docs/decisions/022); the stand-in has no
  // secret behind it and answers any Host. Over Node the Host header as sent, none included (server/http.ts lets a
  // Host-less HTTP/1.0 request through to be refused here); a request made in-process has no header: its URL's host.
  if (mode === 'proxy') {
    app.use('*', async (c, next) => {
      const overNode = (c.env as Partial<HttpBindings> | undefined)?.incoming !== undefined;
      const host = c.req.header('host') ?? (overNode ? undefined : new URL(c.req.url).host);
      if (!isAllowedHost(host, allowedHosts)) return c.json({ message: hostRefusal(host) }, 403);
      await next();
    });
  }
  app.use('*', compress({ threshold: 1024 }));
  app.use('/v1/*', compressJson({ threshold: 1024 }));

  app.all('/v1/*', async (c) => {
    const path = new URL(c.req.url).pathname;
    if (!ALLOWED.test(path)) return c.json({ message: `No such API path: ${path}` }, 404);
    if (c.req.method !== 'GET') {
      c.header('allow', 'GET');
      return c.json({ message: `${c.req.method} is not allowed here: this dashboard only reads` }, 405);
    }
    // Only what the API needs travels on: no browser cookies, and no credentials to the proxy (it sends its own key).
    // The stand-in gets the caller's Authorization, which it checks when DEMO_API_KEY is set, so that another
    // dashboard in proxy mode can use it as its upstream. The browser's abort signal goes beside the request, not
    // into it: a Request following another's signal cost ~0.35 ms on Node 20.
    const headers = new Headers({ accept: 'application/json' });
    const auth = c.req.header('authorization');
    if (mode === 'demo' && auth) headers.set('authorization', auth);
    const env: ApiEnv['Bindings'] = { clientSignal: c.req.raw.signal };
    return api.fetch(new Request(c.req.url, { method: 'GET', headers }), env);
  });

  app.get('/dashboard/config.json', (c) => c.json({ mode }));

  if (staticDir) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
    });
    // The build writes .br/.gz beside each asset (vite.config.ts); the compress middleware leaves those as they are.
    app.use('*', serveStatic({ root: staticDir, precompressed: true }));
    // Client routes fall back to index.html; a missing file (it has an extension) stays a 404.
    const index = serveStatic({ root: staticDir, path: 'index.html', precompressed: true });
    app.get('*', async (c, next) => {
      const url = new URL(c.req.url);
      if (/\.[a-z0-9]+$/i.test(url.pathname)) return next();
      const res = await index(c, next);
      const preload = firstPagePreload(url);
      if (preload) c.res.headers.append('link', `<${preload}>; rel=preload; as=fetch; crossorigin=anonymous`);
      return res;
    });
  }
  app.notFound((c) => c.json({ message: 'Not found' }, 404));
  return app;
}
