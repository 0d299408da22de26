// Compression for /v1 JSON with node:zlib: hono/compress's CompressionStream path cost ~1.6 ms per 40 KB page here,
// most of the proxy's overhead. Brotli at quality 1 when the browser takes it (0.17 ms for a 44 KB page, 9.9 KB), else
// gzip at level 1 (0.42 ms, 10.6 KB); gzip level 6 cost 0.8 ms for 9.2 KB (docs/decisions/007-bench-method.md).
// Static files keep hono/compress (and the build's .br/.gz).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** True when `coding` is acceptable by an Accept-Encoding header: listed (else covered by `*`) with a q above 0. */
export function acceptsEncoding(header: string, coding: string): boolean {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const given = params.find((p) => p.startsWith('q='));
    if (name) q.set(name, given === undefined ? 1 : Number(given.slice(2)) || 0);
  }
  return (q.get(coding) ?? q.get('*') ?? 0) > 0;
}

export function compressJson({ threshold = 1024 } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || res.status === 206 || res.headers.has('content-encoding')) return;
    if (!/^application\/json\b/i.test(res.headers.get('content-type') ?? '')) return;
    c.header('vary', 'Accept-Encoding');
    const accepted = c.req.header('accept-encoding') ?? '';
    const coding = acceptsEncoding(accepted, 'br') ? 'br' : acceptsEncoding(accepted, 'gzip') ? 'gzip' : null;
    if (c.req.method === 'HEAD' || !coding) return;
    const raw = new Uint8Array(await res.arrayBuffer());
    if (raw.byteLength < threshold) {
      c.res = new Response(raw, res);
      c.res.headers.set('content-length', String(raw.byteLength));
      return;
    }
    const body =
      coding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength } })
        : gzipSync(raw, { level: 1 });
    c.res = new Response(body, res);
    c.res.headers.delete('content-length');
    c.res.headers.set('content-encoding', coding);
  };
}
