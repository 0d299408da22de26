/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress';
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

export default defineConfig({
  plugins: [react(), apiPlugin(), precompressPlugin()],
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
