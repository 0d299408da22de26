// Bundle: gzip size of the JS the first page needs (scripts + modulepreloads in the built index.html) and of all JS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineElements } from '../server/csp';
import { TARGETS } from './config';
import type { Metric } from './stats';

/** Script and modulepreload URLs in a built index.html, in document order, without duplicates. */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : /\bmodulepreload\b/i.test(attr('rel') ?? '') ? attr('href') : undefined;
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}

// Level 9, like Vite's own size report, so the two figures can be compared.
const gzipBytes = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export function measureBundle(clientDir: string): { metrics: Metric[]; details: Record<string, unknown> } {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const initial = initialScripts(html).filter((u) => u.startsWith('/'));
  // Every built chunk, plus scripts index.html loads from outside assets/, plus its inline scripts (the theme script).
  const urls = [...readdirSync(join(clientDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `/assets/${f}`)];
  for (const u of initial) if (!urls.includes(u) && existsSync(join(clientDir, u))) urls.push(u);
  const sizes = Object.fromEntries(
    urls.map((u) => {
      const buf = readFileSync(join(clientDir, u));
      return [u, { raw: buf.length, gzip: gzipBytes(buf) }];
    }),
  ) as Record<string, { raw: number; gzip: number }>;
  const missing = initial.filter((u) => !sizes[u]);
  if (missing.length) throw new Error(`index.html references scripts that are not in dist/client: ${missing.join(', ')}`);
  const inline = inlineElements(html).scripts.map((text, i) => {
    const buf = Buffer.from(text);
    const name = `index.html <script> #${i + 1}`;
    sizes[name] = { raw: buf.length, gzip: gzipBytes(buf) };
    return name;
  });
  initial.push(...inline);
  const sum = (urls: string[], k: 'raw' | 'gzip') => urls.reduce((n, u) => n + (sizes[u]?.[k] ?? 0), 0);
  const all = Object.keys(sizes);
  const kb = (b: number) => b / 1000;
  return {
    metrics: [
      {
        section: 'bundle',
        name: 'initial JS (gzip)',
        value: kb(sum(initial, 'gzip')),
        unit: 'KB',
        target: { max: TARGETS.initialJsGzipKb },
        note: `${initial.length - inline.length} file(s) + ${inline.length} inline script(s), ${kb(sum(initial, 'raw')).toFixed(0)} KB raw`,
      },
      {
        section: 'bundle',
        name: 'all JS (gzip)',
        value: kb(sum(all, 'gzip')),
        unit: 'KB',
        note: `${all.length} file(s), ${kb(sum(all, 'raw')).toFixed(0)} KB raw`,
      },
    ],
    details: { initial, files: sizes },
  };
}
