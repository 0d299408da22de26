// `npm start`: rebuild what is stale (client and/or server), then run the one server in this process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (paths) => {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else if (!/\.test\.tsx?$/.test(p)) max = Math.max(max, st.mtimeMs);
  };
  paths.forEach((p) => walk(join(root, p)));
  return max;
};
const builtAt = (file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 0);
const npmRun = (script) => execFileSync("npm", ["run", "--silent", script], { stdio: "inherit", cwd: root });

if (newest(['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json']) > builtAt('dist/client/index.html')) {
  console.log('Building the app (sources changed since the last build)…');
  npmRun('build:client');
}
if (newest(['server', 'package-lock.json']) > builtAt('dist/server/main.js')) {
  console.log('Building the server…');
  npmRun('build:server');
}
await import(join(root, 'dist/server/main.js'));
