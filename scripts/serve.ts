// Serves the built site the way a static host would, for `npm start`, the browser tests, the
// size script and Lighthouse. Several copies can run at once on different ports.
//
//   node scripts/serve.ts [--port 4321]
//   BASE_PATH=/course/ serves under a sub-folder; DIST_DIR=dist-base serves another build
//
// - Headers come from the build's own `dist/_headers` (Content Security Policy and the rest,
//   see src/course/csp.ts), exactly as Netlify or Cloudflare Pages would send them.
// - Only GET and HEAD are answered.
// - A file is read whole and served only if no rebuild started or finished meanwhile: the
//   build removes `dist/.build-complete` when it starts and writes it last, so a page cut
//   short by a background rebuild is never sent. The learner gets a 503 asking to reload.
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { lookup } from 'mrmime';

const distDir = process.env.DIST_DIR ?? 'dist';
const dist = isAbsolute(distDir)
  ? distDir
  : fileURLToPath(new URL(`../${distDir}`, import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const BUILD_COMPLETE = join(dist, '.build-complete');

if (!existsSync(dist)) {
  console.error(`${distDir}/ does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

type Rule = { pattern: RegExp; headers: [string, string][] };

/** Reads `_headers` (Netlify's format): a path pattern, then indented `Name: value` lines. */
function readHeaderRules(): Rule[] {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules: Rule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const readMarker = () => {
  try {
    return readFileSync(BUILD_COMPLETE, 'utf8');
  } catch {
    return null;
  }
};

/** The file a site path names, or a redirect for a folder asked for without its slash. */
function resolve(path: string): { file: string } | { redirect: string } | null {
  const relative = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
  if (relative.split(sep).some((part) => part.startsWith('.') || part === '_headers')) return null;
  const target = join(dist, relative);
  if (target !== dist && !target.startsWith(`${dist}${sep}`)) return null;
  const stat = existsSync(target) ? statSync(target) : undefined;
  if (stat?.isFile()) return { file: target };
  if (stat?.isDirectory() && existsSync(join(target, 'index.html'))) {
    return path.endsWith('/') ? { file: join(target, 'index.html') } : { redirect: `${path}/` };
  }
  return null;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  { head, acceptsBrotli, sitePath }: { head: boolean; acceptsBrotli: boolean; sitePath: string },
) {
  for (const rule of rules) {
    if (rule.pattern.test(sitePath))
      for (const [name, value] of rule.headers) response.setHeader(name, value);
  }
  let payload = body;
  if (acceptsBrotli && COMPRESSIBLE.test(type) && body.length > 1024) {
    payload = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    response.setHeader('content-encoding', 'br');
    response.setHeader('vary', 'accept-encoding');
  }
  response.setHeader('content-type', type);
  response.setHeader('content-length', payload.length);
  response.setHeader('cache-control', 'no-cache');
  response.writeHead(status);
  response.end(head ? undefined : payload);
}

let rules = readHeaderRules();
let rulesMarker = readMarker();

createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    response.writeHead(302, { location: base }).end();
    return;
  }
  const sitePath = `/${url.pathname.slice(base.length)}`;
  const before = readMarker();
  if (before !== rulesMarker) {
    rules = readHeaderRules();
    rulesMarker = before;
  }
  let found: ReturnType<typeof resolve> = null;
  let body: Buffer | undefined;
  try {
    found = before === null ? null : resolve(sitePath);
    if (found && 'file' in found) body = readFileSync(found.file);
  } catch {
    found = null;
  }
  if (before === null || readMarker() !== before) {
    response.writeHead(503, { 'retry-after': '2', 'content-type': 'text/plain; charset=utf-8' });
    response.end('The site is being rebuilt. Reload the page in a moment.\n');
    return;
  }
  const options = {
    head: request.method === 'HEAD',
    acceptsBrotli: /\bbr\b/.test(String(request.headers['accept-encoding'] ?? '')),
    sitePath,
  };
  if (found && 'redirect' in found) {
    response.writeHead(301, { location: `${base}${found.redirect.slice(1)}${url.search}` }).end();
  } else if (found && body) {
    const type = lookup(found.file) ?? 'application/octet-stream';
    const text = /^(text\/|application\/(javascript|json|xml))/.test(type);
    send(response, 200, text ? `${type}; charset=utf-8` : type, body, options);
  } else {
    send(response, 404, 'text/html; charset=utf-8', readFileSync(join(dist, '404.html')), options);
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${distDir}/ at http://localhost:${port}${base} (Ctrl+C to stop)`);
});
