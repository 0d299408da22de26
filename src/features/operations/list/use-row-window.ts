// Which rows of a fixed-height list are in view (plus overscan). Re-renders only when the first row or the number of
// rows in view changes. Stands in for @tanstack/react-virtual, whose 11 KB gzip did not fit the initial-JS budget
// (docs/decisions/009).
import { useLayoutEffect, useState, type RefObject } from 'react';
import { firstGuessRows, rangeFor, type RowRange } from './row-range';

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
  const [view, setView] = useState<View>(() => ({ top: 0, rows: firstGuessRows(rowHeight), measured: false }));
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
