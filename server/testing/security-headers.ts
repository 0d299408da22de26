// The header checks every response must pass; shared by the proxy security tests.
import { expect } from 'vitest';

export function expectSecurityHeaders(get: (name: string) => string | null | undefined, what: string) {
  const csp = get('content-security-policy') ?? '';
  expect(csp, `${what}: CSP`).toMatch(/frame-ancestors 'none'/);
  expect(csp, `${what}: CSP script-src`).toMatch(/script-src 'self'(;|$)/);
  expect(csp, `${what}: no inline or eval script`).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|nonce-|sha256-/);
  expect(get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
  expect(get('referrer-policy'), `${what}: referrer`).toBe('no-referrer');
}
