// Chooses what answers /v1: the proxy when NIRVANA_LABS_API_KEY is set, else the stand-in. Shared by main and dev.
import type { Hono } from 'hono';
import { createDemoApi } from './demo/api';
import type { ServerEnv } from './env';
import { createProxyApi } from './proxy';

export interface ApiHandler {
  app: Hono;
  mode: 'demo' | 'proxy';
  description: string;
  stop: () => void;
}

export function createApiHandler(env: ServerEnv, log: (line: string) => void = () => {}): ApiHandler {
  if (env.NIRVANA_LABS_API_KEY) {
    return {
      app: createProxyApi({
        baseUrl: env.NIRVANA_LABS_BASE_URL,
        apiKey: env.NIRVANA_LABS_API_KEY,
        timeoutMs: env.UPSTREAM_TIMEOUT_MS,
        log,
        trace: env.LOG_REQUESTS ? log : undefined,
      }),
      mode: 'proxy',
      description: `proxying ${env.NIRVANA_LABS_BASE_URL}`,
      stop: () => {},
    };
  }
  const started = performance.now();
  const demo = createDemoApi(env);
  const total = [...demo.data.operations.values()].reduce((n, ops) => n + ops.length, 0);
  const projects = demo.data.projects.map((p) => p.id).join(', ');
  log(`Stand-in API: ${total.toLocaleString('en-US')} operations in ${demo.data.projects.length} projects (${projects}), built in ${Math.round(performance.now() - started)} ms`);
  return {
    app: demo.app,
    mode: 'demo',
    description: `demo data${env.DEMO_LIVE ? ', live' : ', frozen'}${env.DEMO_FILTERS ? '' : ', filters ignored'}`,
    stop: demo.stop,
  };
}
