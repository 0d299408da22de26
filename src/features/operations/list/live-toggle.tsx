// The Live button: on, off, or on and retrying (an amber dot).
export function LiveToggle({ on, failed, onChange }: { on: boolean; failed: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className="button ops-live-toggle"
      aria-pressed={on}
      title={on ? 'New and in-flight operations update every 5 s while this tab is visible' : 'Live updates are off'}
      onClick={() => onChange(!on)}
    >
      <span className={on ? `ops-live-dot ${failed ? 'ops-live-dot-warn' : 'ops-live-dot-on'}` : 'ops-live-dot'} aria-hidden="true" />
      Live{on && failed ? ' (retrying)' : ''}
    </button>
  );
}
