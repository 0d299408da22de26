// An action that needs code loaded on first use (the go-to box's parser, the export writers): if it does not load,
// `failed` holds what <ChunkFailed> needs, until the action succeeds or the message is dismissed.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ChunkActionFailure {
  /** Runs the same action again (a plain import() that failed is fetched again by the browser: decision 023). */
  retry: () => void;
  /** It failed while the message was already up: say "still". */
  again: boolean;
}

export function useChunkAction() {
  const [failed, setFailed] = useState<ChunkActionFailure | null>(null);
  // The control the person used: a Try again that works takes the message, and the focus on it, away with it.
  const origin = useRef<Element | null>(null);
  useEffect(() => {
    const now = document.activeElement;
    const lost = !now || now === document.body || !now.isConnected;
    if (failed === null && lost && origin.current instanceof HTMLElement && origin.current.isConnected) origin.current.focus();
  }, [failed]);
  const dismiss = useCallback(() => setFailed(null), []);
  const run = useCallback(<T>(load: () => Promise<T>, then: (chunk: T) => void): Promise<void> => {
    origin.current = document.activeElement;
    const attempt = (): Promise<void> =>
      load().then(
        (chunk) => {
          setFailed(null);
          then(chunk);
        },
        () => setFailed((shown) => ({ retry: () => void attempt(), again: shown !== null })),
      );
    return attempt();
  }, []);
  return { run, failed, dismiss };
}
