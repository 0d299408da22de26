// One clock tick for every relative time on screen ("6 min ago"): every TICK_MS while something shows a time and the
// tab is visible, so a list left open keeps telling the truth without a timer per row; a hidden tab runs no timer and
// catches up when it is shown again. The tick only says when to re-render: what is rendered reads Date.now() itself,
// since a row or time mounted between ticks (a live operation that just arrived) must not be compared with a clock up
// to 30 s old ("in 20 s").
import { useSyncExternalStore } from 'react';

export const TICK_MS = 30_000;

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function tick() {
  now = Date.now();
  listeners.forEach((l) => l());
  schedule();
}

function schedule() {
  clearTimeout(timer);
  timer = listeners.size && !hidden() ? setTimeout(tick, TICK_MS) : undefined;
}

function onVisibility() {
  if (hidden()) schedule();
  else tick();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener('visibilitychange', onVisibility);
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    document.removeEventListener('visibilitychange', onVisibility);
    schedule();
  };
}

// With nobody subscribed no timer runs: the first reader after a pause gets a fresh value (kept for a second, so
// the reads of one render agree).
function snapshot() {
  if (!listeners.size && Date.now() - now > 1000) now = Date.now();
  return now;
}

/** The time now, for a render that measures many times from one instant (the list's rows). */
export const readClock = (): number => Date.now();

/** Re-renders the caller every TICK_MS while the tab is visible; returns the tick's time (ms), a memo key. */
export const useClockTick = (): number => useSyncExternalStore(subscribe, snapshot, snapshot);
