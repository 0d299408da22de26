// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { contentSecurityPolicy, inlineElements, inlineHashes } from './csp';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';

const SCRIPT = 'document.documentElement.dataset.x = "1";';
const STYLE = 'body{color:red}';
// Worked out once with `openssl dgst -sha256 -binary | base64`, not with the code under test.
const SCRIPT_HASH = "'sha256-PyqdDJbZiMOnaPVUZdckDIEYE9FjYnLw6ic7lzTeXOs='";
const STYLE_HASH = "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='";
const HTML = `<!doctype html><html><head><script>${SCRIPT}</script><script type="module" src="/assets/app.js"></script>
  <style>${STYLE}</style></head><body><div id="root"></div></body></html>`;

describe('CSP for the built index.html', () => {
  it('finds inline scripts and styles, not scripts loaded by src', () => {
    expect(inlineElements(HTML)).toEqual({ scripts: [SCRIPT], styles: [STYLE] });
    expect(inlineHashes(HTML)).toEqual({ scripts: [SCRIPT_HASH], styles: [STYLE_HASH] });
  });

  it('allows exactly those by hash, and nothing inline without a page', () => {
    const csp = contentSecurityPolicy(inlineHashes(HTML));
    expect(csp).toContain(`script-src 'self' ${SCRIPT_HASH};`);
    expect(csp).toContain(`style-src 'self' ${STYLE_HASH};`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    expect(contentSecurityPolicy()).toContain("script-src 'self'; style-src 'self';");
  });

  it('puts the hashes of the index.html it serves on every answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    try {
      writeFileSync(join(dir, 'index.html'), HTML);
      const app = createApp({ api: new Hono(), mode: 'demo', staticDir: dir });
      for (const path of ['/', '/projects/x/operations', '/v1/nope']) {
        const csp = (await app.request(path)).headers.get('content-security-policy');
        expect(csp, path).toContain(`script-src 'self' ${SCRIPT_HASH};`);
        expect(csp, path).toContain(`style-src 'self' ${STYLE_HASH};`);
      }
      // A build while the server runs: the next answer carries the new file's hashes.
      writeFileSync(join(dir, 'index.html'), HTML.replace(STYLE, 'body{color:blue}'));
      utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5000));
      const csp = (await app.request('/')).headers.get('content-security-policy');
      expect(csp).not.toContain(STYLE_HASH);
      expect(csp).toContain(`style-src 'self' 'sha256-${createHash('sha256').update('body{color:blue}').digest('base64')}';`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
