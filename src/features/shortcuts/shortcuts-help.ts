// Open/closed state of the shortcuts dialog, shared by the `?` key and the header button.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function setShortcutsHelpOpen(value: boolean): void {
  if (open === value) return;
  open = value;
  listeners.forEach((l) => l());
}

export const useShortcutsHelpOpen = (): boolean => useSyncExternalStore(subscribe, () => open, () => false);
