// Small persisted preferences (time zone, theme) shared through useSyncExternalStore over localStorage.
import { useSyncExternalStore } from 'react';

type Listener = () => void;

function createPreference<T extends string>(key: string, allowed: readonly T[], fallback: T) {
  const listeners = new Set<Listener>();
  const read = (): T => {
    try {
      const v = localStorage.getItem(key);
      return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
    } catch {
      return fallback;
    }
  };
  let current = read();
  const set = (value: T) => {
    current = value;
    try {
      localStorage.setItem(key, value);
    } catch {
      /* storage disabled: the choice lasts for this page */
    }
    listeners.forEach((l) => l());
  };
  const subscribe = (l: Listener) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const use = (): [T, (value: T) => void] => [useSyncExternalStore(subscribe, () => current, () => fallback), set];
  return { get: () => current, set, use };
}

export const timeZonePreference = createPreference('nirvana.timeZone', ['local', 'utc'] as const, 'local');
export const overviewPreference = createPreference('nirvana.overview', ['shown', 'hidden'] as const, 'shown');
export const themePreference = createPreference('nirvana.theme', ['system', 'light', 'dark'] as const, 'system');
