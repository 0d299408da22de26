/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.ts';
import type * as DevModule from './server/dev';

// `npm run dev`: the same /v1 handler as `npm start` (stand-in or proxy), mounted into Vite's dev server.
// Loaded through Vite's SSR loader so the config itself never bundles server code.
function apiPlugin(): Plugin {
  return {
    name: 'nirvana-api',
    apply: 'serve',
    configureServer(server) {
      type Dev = typeof DevModule;
      let dev: Promise<ReturnType<Dev['createDevListener']>> | undefined;
      server.middlewares.use((req, res, next) => {
        if (!/^\/(v1|dashboard)(\/|\?|$)/.test(req.url ?? '')) return next();
        dev ??= (server.ssrLoadModule('/server/dev.ts') as Promise<Dev>).then((m) =>
          m.createDevListener((line) => server.config.logger.info(line)),
        );
        void dev.then(({ listener }) => listener(req, res));
      });
      server.httpServer?.once('close', () => void dev?.then(({ stop }) => stop()));
    },
  };
}

// `vite build`: a .br and a .gz beside every text asset, served as they are (serveStatic's `precompressed`), so the
// server never compresses the same bundle again per request, on the CPU the browser needs (docs/decisions/012).
function precompressPlugin(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    writeBundle({ dir }) {
      if (!dir) return;
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && /\.(js|css|html|svg|json|txt)$/.test(entry.name)) precompress(join(entry.parentPath, entry.name));
      }
    },
  };
}

// The two things index.html must have before the first paint travel inside it, not as two more requests on the way to
// the first row (docs/decisions/018): `<script src=… data-inline>` becomes that file's text (dev and build), and in a
// build the entry's stylesheet becomes a <style>. The server's CSP allows these two by hash (server/csp.ts).
function inlineFirstPaintPlugins(): Plugin[] {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return [
    {
      name: 'inline-first-paint:script',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) =>
          html.replace(/<script src="\/([^"]+)" data-inline><\/script>/g, (_, file: string) => {
            // Whole-line comments stay in the source file: every byte inline is sent with every page.
            const text = readFileSync(join(root, file), 'utf8')
              .replace(/^\s*\/\/.*\n/gm, '')
              .trim();
            if (/<\/script/i.test(text)) throw new Error(`${file} cannot be inlined: it contains "</script"`);
            return `<script>${text}</script>`;
          }),
      },
    },
    {
      name: 'inline-first-paint:style',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler: (html, { bundle }) =>
          html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
            const asset = bundle?.[fileName];
            if (asset?.type !== 'asset') return tag;
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            if (/<\/style/i.test(css)) return tag;
            delete bundle![fileName];
            return `<style>${css}</style>`;
          }),
      },
    },
  ];
}

export default defineConfig({
  plugins: [react(), apiPlugin(), ...inlineFirstPaintPlugins(), precompressPlugin()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
