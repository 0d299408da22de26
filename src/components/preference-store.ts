// Small persisted preferences (time zone, overview, theme) over localStorage, without React: read by the first
// screenful drawn before the app (src/app/prepaint.tsx). preferences.ts adds the hook the app's components use.
type Listener = () => void;

export interface Preference<T extends string> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: Listener) => () => void;
  /** The value when nothing valid is stored (and on a server render). */
  fallback: T;
}

function createPreference<T extends string>(key: string, allowed: readonly T[], fallback: T): Preference<T> {
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
  return { get: () => current, set, subscribe, fallback };
}

export const timeZonePreference = createPreference('nirvana.timeZone', ['local', 'utc'] as const, 'local');
export const overviewPreference = createPreference('nirvana.overview', ['shown', 'hidden'] as const, 'shown');
export const themePreference = createPreference('nirvana.theme', ['system', 'light', 'dark'] as const, 'system');
