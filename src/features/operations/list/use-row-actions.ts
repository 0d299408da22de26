// One click handler for every row of the table (event delegation): the row markup stays plain elements with data-*
// attributes (row-cells.tsx), and no row holds a handler, a hook or a router <Link> of its own.
import { useCallback, useState, type MouseEvent } from 'react';
import type { Operation } from '../../../api/schemas';
import { copyFromButton } from '../../../components/copy-button';

export interface RowActions {
  /** Opens an operation in this tab (a plain left click on its link; other clicks do what links do). */
  onOpen: (op: Operation) => void;
  /** Shows only the operations of one resource. */
  onFilterResource: (resourceId: string) => void;
}

/** `onClick` for the element holding the rows, and the text for the table's one live region ("Copied"). */
export function useRowActions(rows: readonly Operation[], { onOpen, onFilterResource }: RowActions) {
  const [announcement, setAnnouncement] = useState('');
  const onClick = useCallback(
    (e: MouseEvent) => {
      if (!(e.target instanceof Element) || e.defaultPrevented) return;
      const copy = e.target.closest<HTMLElement>('[data-copy]');
      if (copy) {
        void copyFromButton(copy, setAnnouncement);
        return;
      }
      const filter = e.target.closest<HTMLElement>('[data-filter-resource]');
      if (filter) {
        onFilterResource(filter.dataset.filterResource ?? '');
        return;
      }
      // A cell with a tooltip of its own lies above the row's link (operations-list.css): a click on it opens the row too.
      const link = e.target.closest('a.ops-link') ?? e.target.closest('.ops-data')?.querySelector('a.ops-link');
      if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const op = rows[Number(link.closest('[aria-rowindex]')?.getAttribute('aria-rowindex')) - 2];
      if (!op) return;
      e.preventDefault();
      onOpen(op);
    },
    [rows, onOpen, onFilterResource],
  );
  return { onClick, announcement };
}
