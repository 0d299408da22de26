// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';

const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: `op-${i}`, kind: 'vm', status: 'done' })) };
const api = new Hono();
api.get('/v1/operations', (c) => c.json(big));
api.get('/v1/projects', (c) => c.json({ items: [] }));
const app = createApp({ api, mode: 'demo' });

describe('API responses', () => {
  it('are gzipped with node:zlib when the browser accepts gzip, and decode to the same JSON', async () => {
    const res = await app.request('/v1/operations', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString())).toEqual(big);
  });

  it('stay plain for clients that refuse gzip, and when small', async () => {
    for (const [path, enc] of [['/v1/operations', 'gzip;q=0, identity'], ['/v1/projects', 'gzip']] as const) {
      const res = await app.request(path, { headers: { 'accept-encoding': enc } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.json()).toEqual(path === '/v1/projects' ? { items: [] } : big);
    }
  });
});
