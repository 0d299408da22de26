// First data row (app vs the floor page, interleaved cold loads) and the cold deep link to one operation.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'esbuild';
import { coldPage, inPage, type ApiRequest, type ColdPage } from './browser';
import { RUN, SELECTORS, TARGETS } from './config';
import { precompress } from '../scripts/precompress';
import { ROOT } from './server';
import { median, notMeasured, type Metric } from './stats';

/** Bundles bench/react-floor.tsx into `dir` (minified, production React, .br/.gz beside, as the app's assets are served) and writes its page. */
export async function buildReactFloor(dir: string) {
  const js = join(dir, 'react-floor.js');
  await build({
    entryPoints: [join(ROOT, 'bench/react-floor.tsx')],
    outfile: js,
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  precompress(js);
  // The floor's page with the React script in place of floor.js: same markup, same table.
  const html = readFileSync(join(ROOT, 'bench/floor.html'), 'utf8')
    .replace(/<title>[^<]*<\/title>/, '<title>React floor: the floor page rendered by React</title>')
    .replace('src="floor.js"', 'src="react-floor.js"');
  if (!html.includes('src="react-floor.js"')) throw new Error('bench/floor.html no longer loads floor.js: update buildReactFloor');
  writeFileSync(join(dir, 'react-floor.html'), html);
}

interface Load {
  firstRow: number;
  /** The app's own first row (live, not drawn before the app: src/app/prepaint.tsx); null on the floor pages. */
  liveRow: number | null;
  /** When the list request started and ended: JS before the fetch vs work after data arrival. */
  apiStart: number | null;
  apiEnd: number | null;
  /** When the page's largest script had arrived, and DOMContentLoaded (deferred and module scripts have run by then). */
  scriptEnd: number | null;
  domContentLoaded: number | null;
}

async function firstRowOf({ page, reached }: ColdPage, url: string, app: boolean): Promise<Load> {
  await page.goto(url, { waitUntil: 'commit' });
  await reached('first-row', 15_000).catch((e: Error) => {
    const why = e.name === 'TimeoutError' ? 'within 15 s' : `(${e.message.split('\n')[0]})`;
    throw new Error(`no element timing entry "${SELECTORS.firstRowTiming}" ${why}: is elementtiming="${SELECTORS.firstRowTiming}" on the first data row's first cell?`);
  });
  const firstRow = await inPage<number>(page, 'firstRowAt');
  if (app) await reached('live-row', 15_000);
  const liveRow = app ? await inPage<number | null>(page, 'liveRowAt') : null;
  const list = (await inPage<ApiRequest[]>(page, 'apiRequests')).find((r) => r.url.startsWith('/v1/operations?'));
  const { scriptEnd, domContentLoaded } = await inPage<{ scriptEnd: number | null; domContentLoaded: number | null }>(page, 'scriptTimes');
  return { firstRow, liveRow, apiStart: list?.start ?? null, apiEnd: list?.end ?? null, scriptEnd, domContentLoaded };
}

const med = (loads: Load[], k: keyof Load) => {
  const v = loads.map((l) => l[k]).filter((x): x is number => x !== null);
  return v.length ? median(v) : NaN;
};
const breakdown = (loads: Load[]) =>
  `median of ${loads.length}; API request ${med(loads, 'apiStart').toFixed(0)}-${med(loads, 'apiEnd').toFixed(0)} ms` +
  (loads.some((l) => l.scriptEnd !== null) ? `; script in ${med(loads, 'scriptEnd').toFixed(0)}, run by ${med(loads, 'domContentLoaded').toFixed(0)} ms` : '');

/**
 * `section` and `ratioTarget` let the same measure run as an extra, informative row (API latency added, a second
 * visit; no target). `secondVisit`: each context loads the page once, waits for the browser to write its caches (HTTP,
 * V8 code cache), leaves it, and the load after that is measured: a person coming back to the dashboard.
 */
export async function measureFirstRow(
  browser: Browser,
  base: string,
  projectId: string,
  { section = 'first row', ratioTarget = TARGETS.firstRowRatio as number | null, withReactFloor = true, secondVisit = false } = {},
) {
  const appUrl = `${base}/projects/${projectId}/operations`;
  const floorUrl = `${base}/bench-floor/floor.html?project=${projectId}`;
  // Informative: the same page with React (bench/react-floor.tsx), to tell what React itself costs from what the app adds.
  const reactUrl = withReactFloor ? `${base}/bench-floor/react-floor.html?project=${projectId}` : null;
  const app: Load[] = [];
  const floor: Load[] = [];
  const react: Load[] = [];
  let appError: string | null = null;
  const pages = [[floorUrl, floor, false], ...(reactUrl ? [[reactUrl, react, false] as const] : []), [appUrl, app, true]] as const;
  // One warm-up each (server JIT, disk cache of the OS), then interleave so drift hits all alike.
  for (let i = -1; i < RUN.coldLoads; i++) {
    for (const [url, into, isApp] of pages) {
      if (isApp && appError) continue;
      const cold = await coldPage(browser);
      try {
        if (secondVisit) {
          await firstRowOf(cold, url, isApp);
          await cold.page.waitForTimeout(RUN.cacheWriteMs);
          await cold.page.goto('about:blank');
          cold.forget();
        }
        const load = await firstRowOf(cold, url, isApp);
        if (i >= 0) into.push(load);
      } catch (e) {
        if (!isApp) throw new Error(`${url === floorUrl ? 'floor' : 'React floor'} page: ${(e as Error).message}`, { cause: e });
        appError = (e as Error).message;
      } finally {
        await cold.close();
      }
    }
  }
  const floorMs = med(floor, 'firstRow');
  const target = ratioTarget === null ? {} : { target: { max: ratioTarget } };
  const metrics: Metric[] = [{ section, name: 'floor page', value: floorMs, unit: 'ms', note: breakdown(floor) }];
  if (reactUrl) {
    const reactMs = med(react, 'firstRow');
    metrics.push({ section, name: 'React floor page', value: reactMs, unit: 'ms', note: breakdown(react) });
    metrics.push({ section, name: 'React floor / floor', value: reactMs / floorMs, unit: 'x', note: 'React 19 alone, no target' });
  }
  if (appError) {
    metrics.push(notMeasured(section, 'list page', 'ms', appError));
    metrics.push(notMeasured(section, 'list / floor', 'x', 'list page not measured', ratioTarget === null ? undefined : { max: ratioTarget }));
  } else {
    const appMs = med(app, 'firstRow');
    metrics.push({ section, name: 'list page', value: appMs, unit: 'ms', note: breakdown(app) });
    // Informative: when the rows on screen are the app's own, which respond (the first ones may be drawn before it).
    const drawnEarly = app.filter((l) => l.liveRow !== null && l.liveRow > l.firstRow).length;
    metrics.push({ section, name: 'list page, rows live', value: med(app, 'liveRow'), unit: 'ms', note: `the app's own rows; ${drawnEarly} of ${app.length} loads drew rows before it` });
    metrics.push({ section, name: 'list / floor', value: appMs / floorMs, unit: 'x', ...target });
  }
  return { metrics, details: { app, floor, react, appUrl, floorUrl, reactUrl } };
}

export async function measureDeepLink(browser: Browser, base: string, operationId: string) {
  const section = 'deep link';
  const url = `${base}/operations/${operationId}`;
  const runs: { visibleAt: number; requests: string[] }[] = [];
  for (let i = 0; i < RUN.deepLinkLoads; i++) {
    const { page, close, reached } = await coldPage(browser);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      const failed = await reached('diff', 10_000)
        .then(() => null)
        .catch((e: Error) => e);
      if (failed) {
        const reason =
          failed.name === 'TimeoutError'
            ? `the changes diff (${SELECTORS.diffVisible.css}${SELECTORS.diffVisible.name ? ` named /${SELECTORS.diffVisible.name}/i` : ''}) not found within 10 s`
            : failed.message.split('\n')[0] ?? 'error';
        return {
          metrics: [
            notMeasured(section, 'API requests before diff', 'req', reason, { exact: TARGETS.deepLinkRequests }),
            notMeasured(section, 'time to diff', 'ms', reason),
          ],
          details: { url, runs },
        };
      }
      const visibleAt = (await page.evaluate('window.__bench.state.diffAt')) as number;
      const requests = (await inPage<ApiRequest[]>(page, 'apiRequests')).filter((r) => r.start <= visibleAt).map((r) => r.url);
      runs.push({ visibleAt, requests });
    } finally {
      await close();
    }
  }
  const counts = runs.map((r) => r.requests.length);
  return {
    metrics: [
      {
        section,
        name: 'API requests before diff',
        value: Math.max(...counts),
        unit: 'req',
        target: { exact: TARGETS.deepLinkRequests },
        note: `worst of ${runs.length}: ${runs.find((r) => r.requests.length === Math.max(...counts))?.requests.join(', ')}`,
      },
      { section, name: 'time to diff', value: median(runs.map((r) => r.visibleAt)), unit: 'ms', note: `median of ${runs.length} cold loads` },
    ] satisfies Metric[],
    details: { url, runs },
  };
}

/**
 * Opening an operation from the list, as people mostly do: a cold list load, a pause (the list preloads the detail
 * chunk after 1 s), then a click on the row's link -> the diff visible. Informative, no target.
 */
export async function measureOpenFromList(browser: Browser, base: string, projectId: string, operationId: string) {
  const section = 'deep link';
  const runs: { ms: number; requests: string[] }[] = [];
  for (let i = 0; i < RUN.deepLinkLoads; i++) {
    const { page, close, reached } = await coldPage(browser);
    try {
      await page.goto(`${base}/projects/${projectId}/operations`, { waitUntil: 'commit' });
      await reached('first-row', 15_000);
      await page.waitForTimeout(1500);
      const clickedAt = await inPage<number | null>(page, 'openFromList', operationId);
      if (clickedAt === null) throw new Error(`no link to /operations/${operationId} in the list's first rows`);
      await reached('diff', 10_000);
      const diffAt = (await page.evaluate('window.__bench.state.diffAt')) as number;
      const requests = (await inPage<ApiRequest[]>(page, 'apiRequests')).filter((r) => r.start >= clickedAt && r.start <= diffAt).map((r) => r.url);
      runs.push({ ms: diffAt - clickedAt, requests });
    } finally {
      await close();
    }
  }
  const counts = runs.map((r) => r.requests.length);
  return {
    metrics: [
      { section, name: 'from the list: click to diff', value: median(runs.map((r) => r.ms)), unit: 'ms', note: `median of ${runs.length}; a row's link clicked 1.5 s after a cold list load` },
      { section, name: 'from the list: API requests', value: Math.max(...counts), unit: 'req', note: `worst of ${runs.length}, between the click and the diff` },
    ] satisfies Metric[],
    details: { runs },
  };
}
