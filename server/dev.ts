// `npm run dev`: the same /v1 handler as `npm start`, as a Node request listener for Vite's dev server.
import { getRequestListener } from '@hono/node-server';
import { createApiHandler } from './api';
import { createApp } from './app';
import { parseEnv } from './env';

export function createDevListener(log: (line: string) => void) {
  const env = parseEnv();
  const handler = createApiHandler(env, log);
  log(`/v1: ${handler.description}`);
  return { listener: getRequestListener(createApp({ api: handler.app, mode: handler.mode, allowedHosts: env.ALLOWED_HOSTS }).fetch), stop: handler.stop };
}
