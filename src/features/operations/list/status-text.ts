import { formatCount } from '../../../components/format';

export const ofTotal = (total: number | null) => (total !== null ? ` of ${formatCount(total)}` : '');

/** The status line of an unfiltered list (also drawn before React starts: src/app/prepaint.tsx). */
export const loadedText = (scanned: number, total: number | null) => `${formatCount(scanned)}${ofTotal(total)} loaded`;
