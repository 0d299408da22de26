// "N new operations — show": new rows wait here, so nothing moves under the reader until they ask for it.
import { countOf, formatCount } from '../../../components/format';
import type { LiveListState } from '../api/use-live-list';

export function LivePill({ live, onShown }: { live: LiveListState; onShown: () => void }) {
  const n = live.incoming.length;
  const text = live.gap
    ? `${formatCount(n)}+ new operations — show (reloads the list)`
    : `${countOf(n, 'new operation')} — show`;
  return (
    <div className="ops-live-slot" role="status">
      {n > 0 || live.gap ? (
        <button
          type="button"
          className="ops-live-pill"
          onClick={() => {
            live.show();
            onShown();
          }}
        >
          <span aria-hidden="true">↑ </span>
          {text}
        </button>
      ) : null}
    </div>
  );
}
