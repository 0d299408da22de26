// Gzip for /v1 JSON with node:zlib on the thread pool: hono/compress's CompressionStream path cost ~1.6 ms per
// 40 KB page here, most of the proxy's overhead (docs/decisions/007-bench-method.md). Static files keep hono/compress.

import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';


// gzip listed without q=0 (q=0 means "not acceptable").
const ACCEPTS_GZIP = /(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q\s*=\s*(?!0(?:\.0*)?\s*(?:,|$))[\d.]+\s*)?(?:,|$)/i;

export function gzipJson({ threshold = 1024, level = 6 } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.status === 206 || res.headers.has('content-encoding')) return;
    if (!/^application\/json\b/i.test(res.headers.get('content-type') ?? '')) return;
    c.header('vary', 'Accept-Encoding');
    if (c.req.method === 'HEAD' || !ACCEPTS_GZIP.test(c.req.header('accept-encoding') ?? '')) return;
    const raw = new Uint8Array(await res.arrayBuffer());
    if (raw.byteLength < threshold) {
      c.res = new Response(raw, res);
      c.res.headers.set('content-length', String(raw.byteLength));
      return;
    }
    c.res = new Response(gzipSync(raw, { level }), res);
    c.res.headers.delete('content-length');
    c.res.headers.set('content-encoding', 'gzip');
  };
}
