// What the `?` dialog lists. Apart from keys.ts, so the list travels with the dialog's lazy chunk, not the entry.
export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['?'], action: 'Show this list of shortcuts' },
  { keys: ['/'], action: 'Focus the search field' },
  { keys: ['j', '↓'], action: 'Next row' },
  { keys: ['k', '↑'], action: 'Previous row' },
  { keys: ['Home', 'End'], action: 'First or last row' },
  { keys: ['Enter'], action: 'Open the focused row' },
  { keys: ['Tab'], action: 'The focused row’s link and buttons, then on past the table' },
  { keys: ['Esc'], action: 'From an operation, back to the list' },
];
