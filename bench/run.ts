// `npm run bench [-- --check] [-- --only=bundle,proxy,first-row,deep-link,scale]`: see docs/decisions/007-bench-method.md.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchBrowser } from './browser';
import { measureBundle } from './bundle';
import { RUN } from './config';
import { buildReactFloor, measureDeepLink, measureFirstRow, measureOpenFromList } from './page-load';
import { measureProxy } from './proxy';
import { measureScale } from './scale';
import { getJson, ROOT, startServer, stopAll, type RunningServer } from './server';
import { formatTable, misses, notMeasured, type Metric } from './stats';

interface Op {
  id: string;
  type: string;
  details: { changes: Record<string, unknown> } | null;
}
interface Page {
  items: Op[];
  pagination: { total_count: number };
}

process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => !only || only.includes(name);
// --scale-page=mock runs the scale part against bench/testing/mock-list.html: a self-test of the harness itself.
const mockScale = args.includes('--scale-page=mock');

const clientDir = join(ROOT, 'dist/client');
const floorDir = join(clientDir, 'bench-floor');
const metrics: Metric[] = [];
const details: Record<string, unknown> = {};
const started = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** `only`: the `--only` name that selects this section (an extra section rides with its main one). */
async function section(name: string, fallback: Metric[], run: () => Promise<{ metrics: Metric[]; details: unknown }>, only = name) {
  if (!wanted(only)) return;
  log(`${name}…`);
  try {
    const result = await run();
    metrics.push(...result.metrics);
    details[name] = result.details;
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0] ?? 'error';
    log(`${name} failed: ${(e as Error).stack ?? reason}`);
    metrics.push(...fallback.map((m) => notMeasured(m.section, m.name, m.unit, reason, m.target)));
  }
}

const projectPage = (base: string, projectId: string) =>
  getJson<Page>(`${base}/v1/operations?project_id=${projectId}&limit=100&sort=created_at:desc`);

let browser: Browser | undefined;
let app: RunningServer | undefined;
try {
  await section('bundle', [{ section: 'bundle', name: 'initial JS (gzip)', value: null, unit: 'KB', target: { max: 120 } }], async () => measureBundle(clientDir));

  mkdirSync(floorDir, { recursive: true });
  cpSync(join(ROOT, 'bench/floor.html'), join(floorDir, 'floor.html'));
  cpSync(join(ROOT, 'bench/floor.js'), join(floorDir, 'floor.js'));
  if (wanted('first-row')) await buildReactFloor(floorDir);
  if (mockScale) cpSync(join(ROOT, 'bench/testing'), floorDir, { recursive: true });

  if (['proxy', 'first-row', 'deep-link'].some(wanted)) {
    app = await startServer(RUN.ports.app, {});
    const { items: projects } = await getJson<{ items: { id: string }[] }>(`${app.url}/v1/projects`);
    const projectId = projects[0]?.id ?? '';
    const page1 = await projectPage(app.url, projectId);
    const withDiff = page1.items.find((o) => o.type === 'update' && Object.keys(o.details?.changes ?? {}).length > 0) ?? page1.items[0];
    const base = app.url;

    await section('proxy', [{ section: 'proxy', name: 'added at p50', value: null, unit: 'ms', target: { max: 2 } }], () => measureProxy(page1));
    if (wanted('first-row') || wanted('deep-link')) browser = await launchBrowser();
    await section('first-row', [{ section: 'first row', name: 'list / floor', value: null, unit: 'x', target: { max: 2 } }], () =>
      measureFirstRow(browser as Browser, base, projectId),
    );
    // The stand-in answers in ~5 ms; a real API is further away. Same measure with latency on every answer.
    await section(
      'first-row-latency',
      [],
      async () => {
        const slow = await startServer(RUN.ports.latency, { DEMO_LATENCY_MS: String(RUN.apiLatencyMs) });
        try {
          return await measureFirstRow(browser as Browser, slow.url, projectId, {
            section: `first row, API +${RUN.apiLatencyMs} ms`,
            ratioTarget: null,
            withReactFloor: false,
          });
        } finally {
          await slow.stop();
        }
      },
      'first-row',
    );
    // A person coming back: the same measure on a context's second load (cached scripts and compiled code).
    await section(
      'first-row-second-visit',
      [],
      () => measureFirstRow(browser as Browser, base, projectId, { section: 'first row, second visit', ratioTarget: null, withReactFloor: false, secondVisit: true }),
      'first-row',
    );
    await section('deep-link', [{ section: 'deep link', name: 'API requests before diff', value: null, unit: 'req', target: { exact: 1 } }], () =>
      measureDeepLink(browser as Browser, base, withDiff?.id ?? ''),
    );
    await section(
      'open-from-list',
      [{ section: 'deep link', name: 'from the list: click to diff', value: null, unit: 'ms' }],
      () => measureOpenFromList(browser as Browser, base, projectId, withDiff?.id ?? ''),
      'deep-link',
    );
    await app.stop();
    app = undefined;
  }

  if (wanted('scale')) {
    browser ??= await launchBrowser();
    const b = browser;
    await section('scale', [], async () => {
      log(`starting a server with DEMO_SIZE=${RUN.scaleSize}…`);
      const scale = await startServer(RUN.ports.scale, { DEMO_SIZE: String(RUN.scaleSize) }, 120_000);
      try {
        const { items: projects } = await getJson<{ items: { id: string }[] }>(`${scale.url}/v1/projects`);
        const projectId = projects[0]?.id ?? '';
        const total = (await projectPage(scale.url, projectId)).pagination.total_count;
        const path = mockScale ? `/bench-floor/mock-list.html?project=${projectId}` : `/projects/${projectId}/operations`;
        return await measureScale(b, scale.url, path, projectId, total, log);
      } finally {
        await scale.stop();
      }
    });
  }
  details.machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: browser?.version() ?? null };
} finally {
  await browser?.close();
  await app?.stop();
  stopAll();
  rmSync(floorDir, { recursive: true, force: true });
}

console.log(`\n${formatTable(metrics)}\n`);
const missed = misses(metrics);
writeFileSync(
  join(ROOT, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), seconds: Math.round((performance.now() - started) / 1000), metrics, details }, null, 2)}\n`,
);
console.log(`Wrote bench/results.json. ${missed.length ? `${missed.length} target(s) missed: ${missed.map((m) => `${m.section} ${m.name}`).join('; ')}` : 'All measured targets met.'}`);
if (check && missed.length) process.exit(1);
