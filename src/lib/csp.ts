/**
 * The Content Security Policy the course is served with. Scripts may only come from the
 * site itself or be one of the page's own inline scripts, allowed by hash; no
 * 'unsafe-inline' and no eval for scripts. Pagefind's search runs WebAssembly
 * ('wasm-unsafe-eval') in a same-origin worker. Styles keep 'unsafe-inline' because
 * Starlight and Expressive Code put style attributes on many elements.
 */
import { createHash } from 'node:crypto';

/** Returns the contents of every inline (src-less) <script> in a page. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '')
    .filter((body) => body.length > 0);
}

/** Returns the CSP header value for a page, with a hash for each of its inline scripts. */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html))].map(
    (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
