// Code loaded on first use can fail to arrive (offline, a restarted server, a deploy that removed the old chunk files):
// one way to load it, and to tell the person where they asked for it. docs/decisions/023-chunk-load-failures.md
import { createElement, startTransition, use, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface ChunkFailedProps {
  onRetry: () => void;
  /** A try again has failed too: say "still". */
  again?: boolean;
}

/**
 * React.lazy, but a chunk that does not load renders `Failed` with Try again (React.lazy throws, and keeps that
 * failure for good); and once loaded it renders at once, with no Suspense fallback (decision 015).
 */
export function lazyChunk<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, Failed: ComponentType<ChunkFailedProps> = ChunkFailed) {
  let loaded: ComponentType<P> | undefined;
  // Kept until a failure is on screen: a render that asked again would loop on requests while Suspense retries.
  let last: Promise<ComponentType<P> | undefined> | undefined;
  const preload = (): Promise<void> => load().then((m) => void (loaded = m.default));
  const attempt = () => (last ??= preload().then(() => loaded, () => undefined));
  const forget = () => void (last = undefined);
  function Lazy(props: P) {
    // Preloaded: no promise, nothing suspends. A render that suspended on `last` is replayed with it: use() it again.
    const [tried, setTried] = useState(() => ({ chunk: last ?? (loaded ? undefined : attempt()), tries: 0 }));
    const Loaded = tried.chunk ? use(tried.chunk) : loaded;
    // Once a failure is shown, the next mount or Try again loads again; this one's re-renders do not.
    useEffect(() => {
      if (!Loaded) forget();
    }, [Loaded, tried]);
    // createElement: lint's static-components rule takes a component from use() for one made in render; it is a module's.
    if (Loaded) return createElement(Loaded, props);
    // A transition: the message (and the focus on Try again) stays while it loads, rather than a blank fallback.
    const retry = () => startTransition(() => setTried({ chunk: attempt(), tries: tried.tries + 1 }));
    return <Failed again={tried.tries > 0} onRetry={retry} />;
  }
  return Object.assign(Lazy, { preload, isLoaded: () => loaded !== undefined });
}

/** The message: what failed, and both ways out. `children`: more buttons after them. */
export function ChunkFailed({ onRetry, again, className, children }: ChunkFailedProps & { className?: string; children?: ReactNode }) {
  return (
    <div role="alert" className={className ? `chunk-failed ${className}` : 'chunk-failed'}>
      <p>
        <strong>{again ? 'Still could not' : 'Could not'} load this part of the dashboard.</strong> Try again, or reload the page if the dashboard
        was updated since it was opened.
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
      <button type="button" className="button" onClick={() => location.reload()}>
        Reload the page
      </button>
      {children}
    </div>
  );
}
