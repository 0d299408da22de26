// Proxy overhead: the same 100-item page fetched straight from a local fake upstream and through the server's proxy.
import { Agent, get } from 'node:http';
import { startFakeUpstream } from '../server/testing/fake-upstream';
import { RUN, TARGETS } from './config';
import { startServer } from './server';
import { percentile, type Metric } from './stats';

// What a browser sends: the server may compress for it, and that cost belongs to the proxy.
const HEADERS = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };
// node:http with one kept-alive socket per server: undici's fetch would add its own gunzip time to the proxy's side.
const agent = new Agent({ keepAlive: true, maxSockets: 2 });

function timed(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    get(url, { agent, headers: HEADERS }, (res) => {
      res.on('data', () => {});
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`GET ${url} -> ${res.statusCode}`))));
    }).on('error', reject);
  });
}

export async function measureProxy(page: unknown) {
  const body = JSON.stringify(page);
  const upstream = await startFakeUpstream(() => ({ body }));
  const proxy = await startServer(RUN.ports.proxy, { NIRVANA_LABS_API_KEY: 'x', NIRVANA_LABS_BASE_URL: upstream.url });
  const path = '/v1/operations?project_id=00000000-0000-4000-8000-000000000000&limit=100';
  try {
    const direct: number[] = [];
    const proxied: number[] = [];
    // Warm up both (JIT, keep-alive sockets), then alternate so machine noise hits both alike.
    for (let i = 0; i < 100; i++) await Promise.all([timed(upstream.url + path), timed(proxy.url + path)]);
    for (let i = 0; i < RUN.proxyRequests; i++) {
      direct.push(await timed(upstream.url + path));
      proxied.push(await timed(proxy.url + path));
    }
    const p = (s: number[], q: number) => percentile(s, q);
    const section = 'proxy';
    const kb = (Buffer.byteLength(body) / 1000).toFixed(0);
    return {
      metrics: [
        { section, name: 'direct p50 / p99', value: p(direct, 50), unit: 'ms', note: `p99 ${p(direct, 99).toFixed(2)} ms; ${RUN.proxyRequests} requests, ${kb} KB page` },
        { section, name: 'proxied p50 / p99', value: p(proxied, 50), unit: 'ms', note: `p99 ${p(proxied, 99).toFixed(2)} ms` },
        {
          section,
          name: 'added at p50',
          value: p(proxied, 50) - p(direct, 50),
          unit: 'ms',
          target: { max: TARGETS.proxyAddedP50Ms },
          note: `added at p99 ${(p(proxied, 99) - p(direct, 99)).toFixed(2)} ms`,
        },
      ] satisfies Metric[],
      details: { payloadBytes: Buffer.byteLength(body), direct: summary(direct), proxied: summary(proxied) },
    };
  } finally {
    agent.destroy();
    await proxy.stop();
    await upstream.close();
  }
}

const summary = (s: number[]) => ({ p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), max: Math.max(...s) });
