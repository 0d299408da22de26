// Turns what a person pastes (an operation id, a dashboard link, an API URL) into where to go: one operation, or a
// project's operation list with the link's filters, or says why not.
import { isUuid } from '../../../api/schemas';

export type OperationRef =
  | { ok: true; kind: 'operation'; id: string }
  /** `search`: the link's query as pasted, without "?"; the list page reads it (and names what it ignores). */
  | { ok: true; kind: 'list'; projectId: string; search: string }
  | { ok: false; message: string };

const OPERATION_PATH = /\/operations\/([^/?#]+)\/?$/;
// `/projects/<id>` too: the address bar opens it as that project's operations (project-route.tsx).
const LIST_PATH = /\/projects\/([^/?#]+)(?:\/operations)?\/?$/;
const EXAMPLE = 'a UUID like 3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';

/** The 8 characters the list shows of an id. */
const SHORT_ID = /^[0-9a-f]{8}$/i;

/** `loadedIds`: ids of the operations the list has loaded, for the short ids it shows (read only for one). */
export function parseOperationRef(input: string, loadedIds: () => readonly string[] = () => []): OperationRef {
  // Pasted text often arrives wrapped in quotes or angle brackets.
  const text = input.trim().replace(/^["'<]+|["'>]+$/g, '');
  if (!text) return { ok: false, message: 'Paste an operation id or a dashboard link.' };
  if (isUuid(text)) return { ok: true, kind: 'operation', id: text.toLowerCase() };
  if (SHORT_ID.test(text)) return shortId(text.toLowerCase(), loadedIds());

  const looksLikeLink = text.includes('/');
  if (!looksLikeLink) return { ok: false, message: `“${text.slice(0, 60)}” is not an operation id or a dashboard link: expected ${EXAMPLE}, or a link to one.` };

  let url: URL;
  let id: string;
  let projectId: string | undefined;
  try {
    url = new URL(text, 'http://dashboard.invalid');
    // Throws on a malformed escape ("…/operations/%"), like the URL parser on a malformed link.
    id = decodeURIComponent(OPERATION_PATH.exec(url.pathname)?.[1] ?? '');
    const project = LIST_PATH.exec(url.pathname)?.[1];
    projectId = project === undefined ? undefined : decodeURIComponent(project);
  } catch {
    return { ok: false, message: 'That link could not be read.' };
  }
  if (isUuid(id)) return { ok: true, kind: 'operation', id: id.toLowerCase() };
  if (projectId !== undefined) {
    if (isUuid(projectId)) return { ok: true, kind: 'list', projectId: projectId.toLowerCase(), search: url.search.slice(1) };
    return { ok: false, message: `That list link does not name a project: expected …/projects/<id>/operations with ${EXAMPLE}.` };
  }
  return { ok: false, message: `That link does not point to an operation: expected …/operations/<id> with ${EXAMPLE}.` };
}

/** An id as the list shows it (its first 8 characters): the one loaded operation it starts, if only one. */
function shortId(prefix: string, ids: readonly string[]): OperationRef {
  const matches = ids.filter((id) => id.startsWith(prefix));
  if (matches.length === 1) return { ok: true, kind: 'operation', id: matches[0]! };
  const whole = 'paste the whole id (a row’s copy button copies it) or a link';
  if (matches.length > 1) return { ok: false, message: `${matches.length} loaded operations start with “${prefix}”: ${whole}.` };
  return { ok: false, message: `“${prefix}” is the start of an id, and no loaded operation has it: ${whole}.` };
}
