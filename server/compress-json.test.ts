// @vitest-environment node
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { acceptsEncoding } from './compress-json';

const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: `op-${i}`, kind: 'vm', status: 'done' })) };
const api = new Hono();
api.get('/v1/operations', (c) => c.json(big));
api.get('/v1/projects', (c) => c.json({ items: [] }));
const app = createApp({ api, mode: 'demo' });

describe('API responses', () => {
  it('are brotli-compressed when the browser accepts br, and decode to the same JSON', async () => {
    const res = await app.request('/v1/operations', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(JSON.parse(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString())).toEqual(big);
  });

  it('are gzipped for a client without br (or refusing it), and decode to the same JSON', async () => {
    for (const enc of ['gzip, deflate', 'gzip, br;q=0']) {
      const res = await app.request('/v1/operations', { headers: { 'accept-encoding': enc } });
      expect(res.headers.get('content-encoding'), enc).toBe('gzip');
      expect(JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString())).toEqual(big);
    }
  });

  it('stay plain for clients that refuse both, and when small', async () => {
    for (const [path, enc] of [['/v1/operations', 'gzip;q=0, identity'], ['/v1/operations', ''], ['/v1/projects', 'gzip, br']] as const) {
      const res = await app.request(path, { headers: { 'accept-encoding': enc } });
      expect(res.headers.get('content-encoding'), `${path} ${enc}`).toBeNull();
      expect(await res.json()).toEqual(path === '/v1/projects' ? { items: [] } : big);
    }
  });
});

describe('acceptsEncoding', () => {
  it('reads codings, q-values and the wildcard', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('GZIP;q=0.5', 'gzip')).toBe(true);
    expect(acceptsEncoding('gzip;q=0, identity', 'gzip')).toBe(false);
    expect(acceptsEncoding('br;q=0.0', 'br')).toBe(false);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('*;q=0', 'gzip')).toBe(false);
    expect(acceptsEncoding('gzip;q=0, *', 'gzip')).toBe(false);
    expect(acceptsEncoding('', 'gzip')).toBe(false);
    expect(acceptsEncoding('gzipper, x-br', 'br')).toBe(false);
  });
});
