// Which rows of a fixed-height list are in view (plus overscan). Re-renders only when the first row or the number of
// rows in view changes. Stands in for @tanstack/react-virtual, whose 11 KB gzip did not fit the initial-JS budget
// (docs/decisions/009).
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface RowRange {
  first: number;
  last: number;
}

export function rangeFor(scrollTop: number, height: number, count: number, rowHeight: number, overscan: number): RowRange {
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

/** The scroll position and height, in whole rows (a scroll within one row changes nothing). */
interface View {
  top: number;
  rows: number;
  /** False until the first measure: the guess already covers more than the list can show, so no overscan yet. */
  measured: boolean;
}

/**
 * The first measure (the observer's first callback, right after the first paint) keeps the guess while the guess
 * already shows every row in view: re-rendering then, only to trim rows below the fold, was a commit of its own
 * competing with the raster of the first frame. The first scroll of a row or more measures for good.
 */
const coversView = (guess: View, top: number, rows: number) => top === guess.top && top + rows <= guess.top + guess.rows;

export function useRowWindow(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowRange {
  // Until the first measure, assume the list fills the window: the list is never taller, so no row in view is missing.
  const [view, setView] = useState<View>(() => ({ top: 0, rows: Math.ceil((globalThis.innerHeight || 900) / rowHeight), measured: false }));
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const update = () => {
      const top = Math.floor(node.scrollTop / rowHeight);
      const rows = Math.ceil(node.clientHeight / rowHeight);
      setView((v) => {
        if (v.measured ? v.top === top && v.rows === rows : coversView(v, top, rows)) return v;
        return { top, rows, measured: true };
      });
    };
    node.addEventListener('scroll', update, { passive: true });
    // No measure here: reading clientHeight in a layout effect forces a layout in the middle of the commit (~15 ms of
    // a cold load). The observer's first callback comes after the browser's own layout, with the real size.
    const observer = new ResizeObserver(update);
    observer.observe(node);
    return () => {
      node.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [ref, rowHeight]);
  return rangeFor(view.top * rowHeight, view.rows * rowHeight, count, rowHeight, view.measured ? overscan : 0);
}
