// Opaque, signed keyset cursors. A cursor names its project and the exact filters and sort it was made for;
// anything else (tampered, foreign, stale filters) is refused with 400, as a cursor-paged API must.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface CursorPayload {
  /** project id */
  p: string;
  /** fingerprint of filters + sort */
  f: string;
  /** sort values of the last item returned, then its id */
  k: (number | string)[];
}

export class CursorError extends Error {}

export function createCursorCodec(secret: string) {
  const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22);
  return {
    encode(payload: CursorPayload): string {
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${sign(body)}`;
    },
    decode(cursor: string, expected: { project: string; fingerprint: string }): CursorPayload {
      const [body, mac, extra] = cursor.split('.');
      if (!body || !mac || extra !== undefined || cursor.length > 2048) throw new CursorError('Malformed cursor');
      const want = Buffer.from(sign(body));
      const got = Buffer.from(mac);
      if (want.length !== got.length || !timingSafeEqual(want, got)) throw new CursorError('Invalid cursor');
      let payload: CursorPayload;
      try {
        payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
      } catch {
        throw new CursorError('Malformed cursor');
      }
      if (payload.p !== expected.project) throw new CursorError('This cursor belongs to another project');
      if (payload.f !== expected.fingerprint) throw new CursorError('This cursor was made for other filters or sort');
      if (!Array.isArray(payload.k)) throw new CursorError('Malformed cursor');
      return payload;
    },
  };
}
