import type { Project } from '../../api/schemas';

/** A project's name from the API's list, else the start of its id. */
export const projectLabel = (id: string, projects: Project[] | undefined): string => {
  const p = projects?.find((x) => x.id === id);
  return p?.name ? p.name : `${id.slice(0, 8)}…`;
};
