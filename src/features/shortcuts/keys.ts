// Which global shortcut a key press means, and where shortcuts must stay quiet (typing, modifier chords).
export type GlobalAction = 'help' | 'search' | 'back';

/** True when keys belong to what the person is typing into (fields, editors, selects). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented'>;

export function globalActionFor(e: KeyLike): GlobalAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  // Inside a dialog, Esc closes that dialog and nothing else.
  if (e.target instanceof Element && e.target.closest('dialog, [role="dialog"]')) return null;
  if (e.key === '?') return 'help';
  if (e.key === '/') return 'search';
  if (e.key === 'Escape') return 'back';
  return null;
}
