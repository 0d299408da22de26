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
      <span aria-hidden="true">{state === 'copied' ? '✓' : state === 'failed' ? '!' : '⧉'}</span>
      {text && <span aria-hidden="true"> {text}</span>}
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  );
}
