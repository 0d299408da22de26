// Status as icon + text (never colour alone). Unknown statuses from newer APIs are shown as they are.
const ICONS: Record<string, string> = { pending: '◷', running: '↻', done: '✓', failed: '✕', unknown: '?' };

export function StatusBadge({ status }: { status: string }) {
  const known = status in ICONS;
  return (
    <span className={`badge badge-${known ? status : 'other'}`}>
      <span aria-hidden="true" className="badge-icon">
        {ICONS[status] ?? '•'}
      </span>
      {status || '(empty)'}
    </span>
  );
}
