// Closes a popup (menu, picker) on a pointer press outside it or on Escape, which returns focus to its trigger.
import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';

export function useDismiss(
  container: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  trigger?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!container.current?.contains(e.target as Node)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // This Escape is spent: the page-wide one (back from an operation to the list) must not act on it too.
      e.preventDefault();
      close();
      trigger?.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [container, open, close, trigger]);
}

/** A trigger button and its popup: open state, the refs useDismiss needs, and an id for aria-controls. */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  // For a choice that closes the popup: the pressed control goes away with it, so focus goes back to the trigger.
  const closeToTrigger = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useDismiss(ref, open, close, button);
  return { open, setOpen, ref, button, menuId, close, closeToTrigger };
}
