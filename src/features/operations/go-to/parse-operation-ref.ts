// Turns what a person pastes (an operation id, a dashboard link, an API URL) into an operation id, or says why not.
import { isUuid } from '../../../api/schemas';

export type OperationRef = { ok: true; id: string } | { ok: false; message: string };

const OPERATION_PATH = /\/operations\/([^/?#]+)\/?$/;
const EXAMPLE = 'a UUID like 3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';

export function parseOperationRef(input: string): OperationRef {
  // Pasted text often arrives wrapped in quotes or angle brackets.
  const text = input.trim().replace(/^["'<]+|["'>]+$/g, '');
  if (!text) return { ok: false, message: 'Paste an operation id or a link to an operation.' };
  if (isUuid(text)) return { ok: true, id: text.toLowerCase() };

  const looksLikeLink = text.includes('/');
  if (!looksLikeLink) return { ok: false, message: `“${text.slice(0, 60)}” is not an operation id: expected ${EXAMPLE}.` };

  let pathname: string;
  let id: string;
  try {
    pathname = new URL(text, 'http://dashboard.invalid').pathname;
    // Throws on a malformed escape ("…/operations/%"), like the URL parser on a malformed link.
    id = decodeURIComponent(OPERATION_PATH.exec(pathname)?.[1] ?? '');
  } catch {
    return { ok: false, message: 'That link could not be read.' };
  }
  if (isUuid(id)) return { ok: true, id: id.toLowerCase() };
  if (/\/projects\/[^/]+\/operations\/?$/.test(pathname))
    return { ok: false, message: 'That link opens a project’s operation list, not one operation.' };
  return { ok: false, message: `That link does not point to an operation: expected …/operations/<id> with ${EXAMPLE}.` };
}
