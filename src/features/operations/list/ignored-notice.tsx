// Says which parts of a shared link this view could not use, instead of silently dropping them.
export function IgnoredNotice({ ignored, onDismiss }: { ignored: string[]; onDismiss: () => void }) {
  return (
    <div className="ops-notice" role="status">
      <span>
        Ignored from the link: <strong>{ignored.join(', ')}</strong>. The view below shows everything else it asked for.
      </span>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
