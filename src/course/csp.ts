/**
 * The Content Security Policy that ships with the site. Learners' browsers run only script
 * that the site's own code produced:
 *
 * - scripts Astro bundles or inlines, which Astro hashes itself (`security.csp`);
 * - the `<script is:inline>` blocks written in Starlight's and this site's components, which
 *   Astro does not hash. Their hashes are computed here from the component sources, read with
 *   Astro's own compiler, so no `<script>` found in a built page is ever trusted for being there.
 *
 * Directives looser than we would like, and why:
 * - `script-src 'wasm-unsafe-eval'`: Pagefind's search runs as WebAssembly. It allows compiling
 *   WebAssembly, not `eval` of JavaScript.
 * - `style-src 'unsafe-inline'`: Starlight, Expressive Code and Astro's islands put `style`
 *   attributes on many elements. Styles cannot run script; the risk left is CSS-based
 *   defacement or data leaks through selectors, which the sanitised content cannot express.
 * - `img-src data:`: Starlight's icons and the theme's CSS use data: URLs.
 * - `worker-src blob:`: kept for Pagefind, which may start its worker from a blob.
 * `frame-ancestors` cannot be set from a `<meta>` tag; it is in the `_headers` file only.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';

/** Directives other than script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Where script may come from besides hashed inline scripts. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_RESOURCES = ["'self'", "'unsafe-inline'"] as const;

/** Headers a `<meta>` policy cannot carry, sent by hosts that read `_headers`. */
export const EXTRA_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

export type CspHash = `sha256-${string}`;

export function sha256(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

interface Node {
  type?: string;
  openingElement?: {
    name?: { name?: string };
    attributes?: { name?: { name?: string } }[];
    end: number;
  };
  closingElement?: { start: number } | null;
  [key: string]: unknown;
}

/** The exact text of every `<script is:inline>` in one `.astro` source, as Astro emits it. */
export function inlineScriptsOf(source: string): string[] {
  const scripts: string[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as Node;
    const opening = node.openingElement;
    if (
      node.type === 'JSXElement' &&
      opening?.name?.name === 'script' &&
      opening.attributes?.some((attribute) => attribute.name?.name === 'is:inline') &&
      node.closingElement
    ) {
      scripts.push(source.slice(opening.end, node.closingElement.start));
      return;
    }
    for (const key of Object.keys(node)) if (key !== 'parent') visit(node[key]);
  };
  visit(parse(source).ast);
  return scripts;
}

function astroFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Hashes of the inline scripts in every component under the given folders. */
export function inlineScriptHashes(directories: readonly string[]): CspHash[] {
  const hashes = new Set<CspHash>();
  for (const file of directories.flatMap(astroFiles)) {
    for (const script of inlineScriptsOf(readFileSync(file, 'utf8'))) hashes.add(sha256(script));
  }
  return [...hashes].sort();
}

/**
 * The start of a built page, up to and including `</head>` (or the whole file if it has none),
 * read in `chunkBytes` steps. The policy's `<meta>` tag is in the head, a few KB in, while
 * the page can be hundreds of KB (every page carries the whole sidebar): reading only the head
 * saved about 2 s of a 1,000-chapter build.
 */
export function readHead(file: string, chunkBytes = 16 * 1024): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(chunkBytes);
      const read = readSync(descriptor, chunk, 0, chunkBytes, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      // A tag split across two chunks is found once the next one is joined on.
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end + '</head>'.length);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** Reads the policy Astro wrote into a built page's `<meta http-equiv>` tag. */
export function metaPolicy(html: string): string | undefined {
  // Our own build output, written by Astro: the tag's shape is known, so a pattern is enough.
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1];
}

/**
 * Merges the per-page policies into one for the whole site: the same directives, with every
 * hash any page needs. The union only ever holds hashes of the site's own scripts.
 */
export function sitePolicy(pagePolicies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      values.forEach((value) => set.add(value));
      directives.set(name, set);
    }
  }
  return [...directives]
    .map(([name, values]) => [name, ...values].join(' '))
    .concat("frame-ancestors 'none'")
    .join('; ');
}

/** The `_headers` file (Netlify, Cloudflare Pages) that sends the policy with every file. */
export function headersFile(policy: string): string {
  const lines = Object.entries({ 'Content-Security-Policy': policy, ...EXTRA_HEADERS }).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `/*\n${lines.join('\n')}\n`;
}
