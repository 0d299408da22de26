// Row movement for tables: j/k and arrows move a focused index, Home/End jump, Enter opens. The table renders the focus.
import { useCallback, useState, type KeyboardEvent } from 'react';
import { isTypingTarget } from './keys';

/** The index a key moves to, or null when the key is not a movement key. `-1` means no row focused yet. */
export function nextRowIndex(index: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return clamp(index + 1);
    case 'k':
    case 'ArrowUp':
      return clamp(index < 0 ? 0 : index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export interface RowKeyboard {
  /** Focused row index, -1 before the first movement; always < count. */
  index: number;
  setIndex: (index: number) => void;
  /** Put on the table's scroll container (or any ancestor of the rows). */
  onKeyDown: (e: KeyboardEvent) => void;
}

export function useRowKeyboard(count: number, onOpen: (index: number) => void): RowKeyboard {
  const [raw, setIndex] = useState(-1);
  // Rows can disappear (filters, refetch): keep the index inside the list without an extra render.
  const index = Math.min(raw, count - 1);
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (e.key === 'Enter') {
        if (index < 0) return;
        e.preventDefault();
        onOpen(index);
        return;
      }
      const next = nextRowIndex(index, e.key, count);
      if (next === null) return;
      e.preventDefault();
      setIndex(next);
    },
    [count, index, onOpen],
  );
  return { index, setIndex, onKeyDown };
}
