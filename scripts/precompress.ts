// A .br and a .gz beside a built file, served as they are (serveStatic's `precompressed`; docs/decisions/012). Used by
// the Vite build for every text asset and by the bench for its React floor page, so both are served alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files under this many bytes are left as they are (compression would not pay for its header). */
const MIN_BYTES = 1024;

export function precompress(path: string): void {
  const data = readFileSync(path);
  if (data.length < MIN_BYTES) return;
  writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
}
