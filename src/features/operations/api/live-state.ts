// What a live poll leaves for the list (docs/decisions/010); the merge itself is live-head.ts, loaded at the first poll.
import type { InfiniteData } from '@tanstack/react-query';
import type { Operation, OperationList } from '../../../api/schemas';

export type ListData = InfiniteData<OperationList, string | undefined>;

export interface LiveHead {
  /** New operations not yet in the loaded pages, newest first: the "N new operations" pill. */
  incoming: Operation[];
  /** Ids of loaded rows that finished or failed on the last poll (they flash once). */
  settled: string[];
  /** True when the head page held no loaded row and more followed it: rows between were missed, show = reload. */
  gap: boolean;
  /** Polls so far; rotates which in-flight rows beyond the head are refreshed. */
  polls: number;
  /**
   * In a view not sorted newest first, the loaded rows are not the newest ones, so the head page holds rows that are
   * merely not loaded yet. There, the first poll notes the newest `created_at` it sees, and only operations created
   * after it are new. Unset in a newest-first view.
   */
  since?: string;
}

export const EMPTY_HEAD: LiveHead = { incoming: [], settled: [], gap: false, polls: 0 };
