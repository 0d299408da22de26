// The header checks every response must pass; shared by the proxy security tests.
import { expect } from 'vitest';

export function expectSecurityHeaders(get: (name: string) => string | null | undefined, what: string) {
  const csp = get('content-security-policy') ?? '';
  expect(csp, `${what}: CSP`).toMatch(/frame-ancestors 'none'/);
  // 'self', plus at most the hashes of index.html's own inline theme script and stylesheet (server/csp.ts).
  expect(csp, `${what}: CSP script-src`).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')*(;|$)/);
  expect(csp, `${what}: CSP style-src`).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')*(;|$)/);
  expect(csp, `${what}: no inline script or style by any other way, no eval`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|nonce-/);
  expect(get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
  expect(get('referrer-policy'), `${what}: referrer`).toBe('no-referrer');
}
