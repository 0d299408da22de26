// Route paths in one place, so links and routes cannot drift apart.
export const routes = {
  home: '/',
  projects: '/projects',
  project: '/projects/:projectId',
  operations: '/projects/:projectId/operations',
  operation: '/operations/:operationId',
} as const;

export const paths = {
  home: () => '/',
  projects: () => '/projects',
  /** `search` is the serialised filter string from search-params.ts (without "?"), if any. */
  operations: (projectId: string, search = '') =>
    `/projects/${encodeURIComponent(projectId)}/operations${search ? `?${search}` : ''}`,
  operation: (operationId: string, search = '') =>
    `/operations/${encodeURIComponent(operationId)}${search ? `?${search}` : ''}`,
};
