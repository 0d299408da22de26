// Node HTTP glue: refuses absolute-form and `//host` request targets before hono sees them.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { SECURITY_HEADERS } from './app';

export function isSafeTarget(url: string | undefined): boolean {
  return !!url && url.startsWith('/') && !url.startsWith('//') && !/[\r\n\u0000]/.test(url);
}

export function createNodeListener(app: Hono) {
  const listener = getRequestListener(app.fetch);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!isSafeTarget(req.url)) {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
      res.end(JSON.stringify({ message: 'Request target not allowed' }));
      return;
    }
    void listener(req, res);
  };
}

export function listen(app: Hono, port: number, host: string): Promise<Server> {
  const server = createServer(createNodeListener(app));
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
