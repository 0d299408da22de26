// Which rows of a fixed-height list are in view (plus overscan). Re-renders only when that range changes.
// Stands in for @tanstack/react-virtual, whose 11 KB gzip did not fit the initial-JS budget (docs/decisions/009).
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

export function useRowWindow(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowRange {
  const [range, setRange] = useState<RowRange>(() => rangeFor(0, 900, count, rowHeight, overscan));
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const update = () => {
      const next = rangeFor(node.scrollTop, node.clientHeight, count, rowHeight, overscan);
      setRange((r) => (r.first === next.first && r.last === next.last ? r : next));
    };
    update();
    node.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(node);
    return () => {
      node.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [ref, count, rowHeight, overscan]);
  return range;
}
