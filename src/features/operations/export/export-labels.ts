import { countOf } from '../../../components/format';

/** The export group's name and tooltip (also drawn before React starts: src/app/prepaint.tsx). */
export function exportLabels(count: number) {
  const note = count === 0 ? 'Nothing to export' : countOf(count, 'row');
  return { label: `Export (${note})`, title: `Export the ${note} shown` };
}
