// Entry point: parse env, pick demo or proxy, serve the built app and /v1 on one port.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiHandler } from './api';
import { createApp } from './app';
import { parseEnv } from './env';
import { listen } from './http';

const env = (() => {
  try {
    return parseEnv();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = resolve(here, '../client');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error(`No built app at ${staticDir}: run "npm run build" first.`);
  process.exit(2);
}

const log = (line: string) => console.log(line);
const handler = createApiHandler(env, log);
const app = createApp({ api: handler.app, mode: handler.mode, staticDir, log: env.LOG_REQUESTS ? log : undefined, allowedHosts: env.ALLOWED_HOSTS });
const server = await listen(app, env.PORT, env.HOST);
const { port } = server.address() as AddressInfo;
const shownHost = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
// Proxy mode answers only the Hosts it names here (server/hosts.ts); the stand-in answers any.
const hosts = handler.mode === 'proxy' ? `; answers Host: IP addresses, localhost, *.localhost${env.ALLOWED_HOSTS.map((h) => `, ${h}`).join('')}` : '';
console.log(`Operations dashboard on http://${shownHost}:${port}/ (${handler.description}${hosts})`);

function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  handler.stop();
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
