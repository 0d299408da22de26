// Copies a value to the clipboard and says so (visually and to screen readers) for a moment.
import { useEffect, useState } from 'react';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// An SVG, not a glyph: U+29C9 is missing from common system fonts and showed as an empty box.
function CopyIcon() {
  return (
    <svg aria-hidden="true" className="copy-icon" viewBox="0 0 16 16" width="12" height="12">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** Icon-only unless `text` is given, which is shown beside the icon (the accessible name stays `label`). */
export function CopyButton({ value, label, className = '', text }: { value: string; label: string; className?: string; text?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <button
      type="button"
      className={`copy-button ${className}`}
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        void copyText(value).then((ok) => setState(ok ? 'copied' : 'failed'));
      }}
    >
      {state === 'idle' ? <CopyIcon /> : <span aria-hidden="true">{state === 'copied' ? '✓' : '!'}</span>}
      {text && <span aria-hidden="true"> {text}</span>}
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  );
}
