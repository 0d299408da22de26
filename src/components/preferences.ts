// The persisted preferences (preference-store.ts), each with a hook: `const [zone, setZone] = timeZonePreference.use()`.
import { useSyncExternalStore } from 'react';
import * as stores from './preference-store';

// The same objects as the stores': a component and the first screenful before React read one value.
const withHook = <T extends string>(p: stores.Preference<T>) =>
  Object.assign(p, { use: (): [T, (value: T) => void] => [useSyncExternalStore(p.subscribe, p.get, () => p.fallback), p.set] });

export const timeZonePreference = withHook(stores.timeZonePreference);
export const overviewPreference = withHook(stores.overviewPreference);
export const themePreference = withHook(stores.themePreference);
