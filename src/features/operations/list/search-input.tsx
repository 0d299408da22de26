// Debounced search over id and resource id: typing writes the URL with replace, so it leaves no history trail.
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 250;

export function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The term this box last wrote, until the URL has it: the URL may land after more keys went in (a busy machine).
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    // Its own write landing keeps what was typed since (it used to drop those keys); anything else (Back, a chip,
    // Clear filters) moved the URL on its own: show what it says.
    if (value === sent) setSent(null);
    else if (value !== text.trim()) setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => {
      setSent(text.trim());
      onChange(text.trim());
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <input
      type="search"
      className="input ops-search"
      data-shortcut="search"
      aria-label="Search by operation or resource id"
      placeholder="Search id or resource id"
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
    />
  );
}
