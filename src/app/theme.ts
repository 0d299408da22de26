// Puts the theme choice on <html data-theme>; "system" removes it so the prefers-color-scheme rules in styles.css decide.
import { useEffect } from 'react';
import { themePreference } from '../components/preferences';

export type ThemeChoice = ReturnType<typeof themePreference.get>;

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

export function useApplyTheme(): void {
  const [choice] = themePreference.use();
  useEffect(() => applyTheme(choice), [choice]);
}
