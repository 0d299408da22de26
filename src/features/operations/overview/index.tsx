// The strip loads on demand, so it never weighs on the list's first paint. Render it inside <Suspense>.
import { lazy } from 'react';

export const LazyOverviewStrip = lazy(() => import('./overview-strip'));

/** Holds the strip's place while its code loads, so the table below does not move when it appears. */
export function OverviewPlaceholder() {
  return <div className="overview-placeholder" aria-hidden="true" />;
}
export type { OverviewStripProps } from './overview-strip';
