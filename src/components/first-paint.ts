// "The first screenful is on screen": the browser's first-contentful-paint entry, which arrives after the frame is
// presented (rastered and shown), not merely painted by the main thread. Work that can wait for it (the overview
// strip's chunk and render, prefetches) then does not compete with that frame (decision 016). No React here: the first
// screenful drawn before the app waits for it too (src/app/prepaint.tsx); use-first-paint.ts has the hook.
// Without paint timing (jsdom, old browsers) nothing waits. A hidden tab paints nothing: the fallback lets it go on.
const FALLBACK_MS = 1500;
let painted = typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint');
const listeners = new Set<() => void>();

function markPainted() {
  if (painted) return;
  painted = true;
  for (const l of listeners) l();
  listeners.clear();
}

if (!painted) {
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    markPainted();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    markPainted();
  }, FALLBACK_MS);
}

export const subscribeFirstPaint = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const isFirstPaintShown = (): boolean => painted;

/** Resolves once the page's first contentful paint is on screen (or FALLBACK_MS passed). */
export const whenFirstPaintShown = (): Promise<void> =>
  new Promise((resolve) => (painted ? resolve() : void subscribeFirstPaint(resolve)));
