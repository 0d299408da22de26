// Status as icon + text (never colour alone). Unknown statuses from newer APIs are shown as they are.
// The icon is CSS (`.badge-<status>::before`, with empty alt text): a table row is one element lighter.
const KNOWN = new Set(['pending', 'running', 'done', 'failed', 'unknown']);

/** A plain function, for table cells (no fiber of its own); StatusBadge elsewhere. */
export function statusBadge(status: string) {
  return <span className={`badge badge-${KNOWN.has(status) ? status : 'other'}`}>{status || '(empty)'}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return statusBadge(status);
}
