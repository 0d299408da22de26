import { useSyncExternalStore } from 'react';
import { isFirstPaintShown, subscribeFirstPaint } from './first-paint';

/** False until the page's first contentful paint is on screen (or first-paint.ts's fallback passed), then true for good. */
export const useFirstPaintShown = (): boolean => useSyncExternalStore(subscribeFirstPaint, isFirstPaintShown, () => false);
