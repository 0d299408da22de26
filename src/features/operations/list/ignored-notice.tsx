// Says which parts of a shared link this view could not use, instead of silently dropping them.
import { formatCount } from '../../../components/format';
import { focusSearch } from './list-toolbar';

/** A junk link can carry thousands of bad values: name the first few and count the rest. */
const SHOWN = 5;

export function IgnoredNotice({ ignored, onDismiss }: { ignored: string[]; onDismiss: () => void }) {
  const rest = ignored.length - SHOWN;
  return (
    <div className="ops-notice" role="status">
      <span>
        Ignored from the link: <strong>{ignored.slice(0, SHOWN).join(', ')}</strong>
        {rest > 0 ? ` and ${formatCount(rest)} more` : ''}. The view below shows everything else it asked for.
      </span>
      <button
        type="button"
        className="button"
        onClick={() => {
          focusSearch();
          onDismiss();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
