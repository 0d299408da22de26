// The strip loads on demand, so it never weighs on the list's first paint. Render it inside <Suspense>.
import { lazyChunk } from '../../../components/chunk';

export const LazyOverviewStrip = lazyChunk(() => import('./overview-strip'));
export { OverviewPlaceholder } from './placeholder';
export type { OverviewStripProps } from './overview-strip';
