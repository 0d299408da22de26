// Chromium via Playwright with the repo's launch options; each cold load gets a fresh context (no cache, no storage).
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { SELECTORS } from './config';
import { ROOT } from './server';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunch, args: [...chromiumLaunch.args, '--enable-precise-memory-info'] });
}

const pageConfig = {
  firstRowTiming: SELECTORS.firstRowTiming,
  diffVisible: SELECTORS.diffVisible,
  row: SELECTORS.row,
  cell: SELECTORS.cell,
  scrollContainer: SELECTORS.scrollContainer,
};

export interface ColdPage {
  page: Page;
  close: () => Promise<void>;
  /** Resolves when bench/in-page.js signals `name` ('first-row', 'diff'); rejects with a TimeoutError after `ms`. */
  reached: (name: 'first-row' | 'live-row' | 'diff', ms: number) => Promise<void>;
  /** Forgets the marks reached so far: the next navigation in this context can reach them again. */
  forget: () => void;
}

export async function coldPage(browser: Browser): Promise<ColdPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  await context.exposeBinding('__benchSignal', (_source, name: string) => {
    seen.add(name);
    waiting.get(name)?.();
  });
  const reached = (name: string, ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (seen.has(name)) return resolve();
      const timer = setTimeout(() => reject(Object.assign(new Error(`"${name}" not reached within ${ms} ms`), { name: 'TimeoutError' })), ms);
      waiting.set(name, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  const page = await context.newPage();
  await page.addInitScript(`window.__benchConfig = ${JSON.stringify(pageConfig)};`);
  await page.addInitScript({ path: join(ROOT, 'bench/in-page.js') });
  return { page, close: () => context.close(), reached, forget: () => seen.clear() };
}

/** Calls window.__bench[name](arg) in the page (a string, so no TS helper leaks into the page); awaits promises. */
export function inPage<T>(page: Page, name: string, arg?: unknown): Promise<T> {
  return page.evaluate(`window.__bench.${name}(${arg === undefined ? '' : JSON.stringify(arg)})`) as Promise<T>;
}

export interface ApiRequest {
  url: string;
  start: number;
  end: number;
}

/** What bench/in-page.js puts on window (the parts read in typed callbacks: scale.ts's waitForFunction). */
declare global {
  interface Window {
    __bench?: {
      firstRowAt: () => number | null;
      liveRowAt: () => number | null;
      state: { diffAt: number | null };
      countRows: () => { all: number; data: number };
    };
  }
}
