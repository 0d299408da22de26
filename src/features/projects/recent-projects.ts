// Recently used projects, remembered in localStorage (newest first, at most 8).
const KEY = 'nirvana.recentProjects';
const MAX = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function recentProjects(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string' && UUID.test(v)).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export const lastProject = (): string | undefined => recentProjects()[0];

export function rememberProject(id: string): void {
  if (!UUID.test(id)) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([id, ...recentProjects().filter((p) => p !== id)].slice(0, MAX)));
  } catch {
    /* storage full or disabled: remembering is a convenience */
  }
}

export function forgetProject(id: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(recentProjects().filter((p) => p !== id)));
  } catch {
    /* ignore */
  }
}
