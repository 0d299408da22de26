// Recently used projects, remembered in localStorage (newest first, at most 8).
import { isUuid } from '../../api/schemas';

const KEY = 'nirvana.recentProjects';
const MAX = 8;

export function recentProjects(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string' && isUuid(v)).slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export const lastProject = (): string | undefined => recentProjects()[0];

export function rememberProject(id: string): void {
  if (!isUuid(id)) return;
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
