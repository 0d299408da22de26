// A fake Nirvana Labs API on 127.0.0.1 for tests: records every request, answers with what the test scripts.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}
export interface ScriptedResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /** Send the headers and half the body, then destroy the socket (a reset in the middle of a response). */
  resetMidBody?: boolean;
  /** Send the headers and half the body, then never finish (a stall in the middle of a response). */
  stallMidBody?: boolean;
}
export type Responder = (req: RecordedRequest) => ScriptedResponse;

const EMPTY_PAGE: Responder = () => ({ body: { items: [], pagination: { next_cursor: null, total_count: 0 } } });

/** `record: false` keeps no request log (the stress run makes millions of requests). */
export async function startFakeUpstream(respond: Responder = EMPTY_PAGE, { record = true }: { record?: boolean } = {}) {
  const requests: RecordedRequest[] = [];
  let responder = respond;
  const server: Server = createServer((req, res) => {
    const rec = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    if (record) requests.push(rec);
    const r = responder(rec);
    const send = () => {
      if (r.reset) return req.socket.destroy();
      const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? {});
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...r.headers });
      if (!r.resetMidBody && !r.stallMidBody) return res.end(body);
      res.write(body.slice(0, Math.ceil(body.length / 2)));
      if (r.resetMidBody) setTimeout(() => req.socket.destroy(), 20);
    };
    if (r.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setResponder: (next: Responder) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
