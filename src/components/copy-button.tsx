// Copies a value to the clipboard and says so (visually and to screen readers) for a moment.
// The icon and the ✓ / ! that replace it are drawn by CSS from `data-copied` (styles.css), so a button is one element:
// the list renders two per row and replaces ~36 rows a frame in a fast fling.
import { useState } from 'react';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

/**
 * The dashboard served over plain HTTP on another host (a LAN address) is not a secure context: it has no
 * navigator.clipboard, and every copy failed. The selection-based copy still works there. Focus goes back where it was.
 */
function copyBySelection(text: string): boolean {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  Object.assign(area.style, { position: 'fixed', top: '0', left: '0', opacity: '0' });
  document.body.append(area);
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus({ preventScroll: true });
  }
}

const FEEDBACK_MS = 1500;
const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Copies `button`'s `data-copy`, marks the button `data-copied="ok" | "failed"` and passes "Copied" / "Copy failed" to
 * `announce` (a live region), both for FEEDBACK_MS. Used by CopyButton and by the list's one delegated click handler.
 */
export async function copyFromButton(button: HTMLElement, announce: (message: string) => void): Promise<void> {
  const ok = await copyText(button.dataset.copy ?? '');
  button.dataset.copied = ok ? 'ok' : 'failed';
  announce(ok ? 'Copied' : 'Copy failed');
  clearTimeout(timers.get(button));
  timers.set(
    button,
    setTimeout(() => {
      delete button.dataset.copied;
      announce('');
    }, FEEDBACK_MS),
  );
}

/** Icon-only unless `text` is given, which is shown beside the icon (the accessible name stays `label`). */
export function CopyButton({ value, label, className = '', text }: { value: string; label: string; className?: string; text?: string }) {
  const [status, setStatus] = useState('');
  return (
    <button
      type="button"
      className={`copy-button ${className}`}
      data-copy={value}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        void copyFromButton(e.currentTarget, setStatus);
      }}
    >
      {text && <span aria-hidden="true"> {text}</span>}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </button>
  );
}
