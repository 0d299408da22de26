/// <reference types="vitest/config" />
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.ts';
import type * as ListShell from './src/app/list-shell';
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

// `vite build`: React's server render of a list page (src/app/list-shell.tsx) goes into index.html as a <template>,
// which src/app/prepaint.tsx fills with page 1 before React has started (docs/decisions/024). Rendered here, at build
// time, in Node: the server that serves index.html never imports UI code.
function listShellPlugin(): Plugin {
  const root = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'list-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const outDir = join(root, 'node_modules/.cache/list-shell');
        mkdirSync(outDir, { recursive: true });
        const outfile = join(outDir, 'list-shell.mjs');
        await esbuild({
          entryPoints: [join(root, 'src/app/list-shell.tsx')],
          outfile,
          bundle: true,
          format: 'esm',
          platform: 'node',
          packages: 'external',
          jsx: 'automatic',
          loader: { '.css': 'empty' },
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'warning',
        });
        const { renderListShell } = (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as typeof ListShell;
        const shell = renderListShell();
        if (/<\/?(script|template)\b/i.test(shell)) throw new Error('list-shell: the render holds a <script> or <template> tag');
        if (!html.includes('<div id="root"></div>')) throw new Error('list-shell: index.html has no empty <div id="root">');
        return html.replace('<div id="root"></div>', `<template id="list-shell">${shell}</template>\n    <div id="root"></div>`);
      },
    },
  };
}

// The entry (src/app/start.ts) loads the app (src/app/main.tsx) only once the first screenful of a list is drawn
// (decision 024): the app and the chunks it imports are preloaded from index.html, so they stream in meanwhile.
function preloadAppPlugin(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/main.tsx'));
        const entry = chunks.find((c) => c.isEntry);
        if (!app || !entry) throw new Error('preload-app: no chunk for src/app/main.tsx, or no entry');
        const files = [app.fileName, ...app.imports.filter((f) => f !== entry.fileName)];
        const links = files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('\n    ');
        return html.replace('</head>', `    ${links}\n  </head>`);
      },
    },
  };
}

// react-router's package exports name only its development build (dev warnings on); its production build sits beside
// it, the same code without them. A build takes that one (-0.5 KB gzip of the entry); the check fails the build if an
// upgrade moves it.
function reactRouterProduction(): Record<string, string> {
  const file = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));
  if (!existsSync(file)) throw new Error(`react-router's production build is not at ${file}`);
  return { 'react-router': file };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), apiPlugin(), listShellPlugin(), preloadAppPlugin(), ...inlineFirstPaintPlugins(), precompressPlugin()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // No module-preload polyfill or helper (0.6 KB gzip of the entry): every browser this app supports preloads modules
    // itself, and a lazy chunk's own imports load once it runs (one round trip more, on a chunk loaded on first use).
    modulePreload: false,
    // One stylesheet, inside index.html: the first screenful is drawn before the app's chunk (and its CSS) is loaded.
    cssCodeSplit: false,
  },
  resolve: { alias: command === 'build' ? reactRouterProduction() : {} },
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
}));
