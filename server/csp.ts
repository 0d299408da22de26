// The Content-Security-Policy. The built index.html carries two inline elements, the theme script and the entry's
// stylesheet (vite.config.ts, docs/decisions/018): the policy allows exactly those, by SHA-256 of their text, and
// nothing else inline: no 'unsafe-inline', no nonces. A changed byte in either, or an injected element, is refused.
import { createHash } from 'node:crypto';

/** Per kind of inline element, in document order: their texts (inlineElements) or their CSP sources (inlineHashes). */
export interface InlineParts {
  scripts: string[];
  styles: string[];
}

const NONE: InlineParts = { scripts: [], styles: [] };

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of the inline `<script>` (those without `src`) and `<style>` elements of an HTML document, in order. */
export function inlineElements(html: string): InlineParts {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\ssrc\s*=/i.test(` ${attrs}`))
    .map(([, , text]) => text ?? '');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text]) => text ?? '');
  return { scripts, styles };
}

export function inlineHashes(html: string): InlineParts {
  const { scripts, styles } = inlineElements(html);
  return { scripts: scripts.map(sha256), styles: styles.map(sha256) };
}

export function contentSecurityPolicy({ scripts, styles }: InlineParts = NONE): string {
  const src = (hashes: string[]) => ["'self'", ...hashes].join(' ');
  return [
    "default-src 'self'",
    `script-src ${src(scripts)}`,
    `style-src ${src(styles)}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
