// Debounced search over id and resource id: typing writes the URL with replace, so it leaves no history trail.
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 250;

export function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL moved on its own (Back, a chip, Clear filters): show what it says.
  if (value !== seen) {
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => onChange(text.trim()), DEBOUNCE_MS);
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
