// Which rows of a fixed-height list are drawn: plain arithmetic, shared by useRowWindow and by the first screenful
// drawn before React (src/app/prepaint.tsx).
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

// Until the first measure, assume the list fills the window: the list is never taller, so no row in view is missing.
export const firstGuessRows = (rowHeight: number) => Math.ceil((globalThis.innerHeight || 900) / rowHeight);

/** The rows the first render draws, before anything is measured. */
export const firstRange = (count: number, rowHeight: number): RowRange => rangeFor(0, firstGuessRows(rowHeight) * rowHeight, count, rowHeight, 0);
