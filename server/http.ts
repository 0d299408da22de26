// Node HTTP glue: refuses absolute-form and `//host` request targets before hono sees them, and gives every
// answer Node or the adapter produce on their own (bad target, bad Host, oversized headers) the security headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import { SECURITY_HEADERS } from './app';

export function isSafeTarget(url: string | undefined): boolean {
  return !!url && url.startsWith('/') && !url.startsWith('//') && !/[\r\n\u0000\\]/.test(url.split('?')[0] ?? '');
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS };
const refusal = (status: number, message: string) => new Response(JSON.stringify({ message }), { status, headers: JSON_TYPE });

export function createNodeListener(app: Hono) {
  const listener = getRequestListener(app.fetch, {
    // A Host-less HTTP/1.0 request gets this name in its URL instead of the adapter's bare refusal, so the app decides:
    // proxy mode refuses it with its 403 (it reads the Host header, not the URL), the stand-in answers it like any Host.
    // HTTP/1.1 without Host never gets here: Node answers 400 itself.
    hostname: 'localhost',
    // The adapter's own 400/500 carry no headers; ours carry the CSP and a JSON message like every other answer.
    errorHandler: (e) =>
      e instanceof RequestError ? refusal(400, 'Request target or Host header not allowed') : refusal(500, 'Internal server error'),
  });
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!isSafeTarget(req.url)) {
      res.writeHead(400, JSON_TYPE);
      res.end(JSON.stringify({ message: 'Request target not allowed' }));
      return;
    }
    void listener(req, res);
  };
}

/** Node answers malformed requests itself (no headers at all); this answer is JSON with the security headers. */
function onClientError(err: Error & { code?: string }, socket: Socket) {
  if (!socket.writable) return socket.destroy();
  const tooBig = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooBig ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({ message: tooBig ? 'Request headers or URL too long' : 'Malformed request' });
  const headers = Object.entries(JSON_TYPE).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status}\r\n${headers}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

export function listen(app: Hono, port: number, host: string): Promise<Server> {
  const server = createServer(createNodeListener(app));
  server.keepAliveTimeout = 65_000;
  server.on('clientError', onClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
