// Applies the saved theme before first paint, so a dark choice never flashes light. Inlined into index.html by the build
// (vite.config.ts); the CSP allows it by hash (server/csp.ts).
// Keep in step with themePreference in src/components/preferences.ts and applyTheme in src/app/theme.ts.
try {
  var saved = localStorage.getItem('nirvana.theme');
  if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
} catch {
  /* storage disabled: the OS theme applies */
}
