// Serves the built site the way a static host would, with a strict Content Security
// Policy (src/lib/csp.ts) on every page. The same server backs `npm start`, the browser
// tests, the size script and Lighthouse. Unlike `astro preview`, several copies can run
// at once on different ports.
//
//   node scripts/serve.ts [--port 4321]
//   BASE_PATH=/course/ serves under a sub-folder; DIST_DIR=dist-base serves another build
import { createServer, type ServerResponse } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { contentSecurityPolicy } from '../src/lib/csp.ts';

const distDir = process.env.DIST_DIR ?? 'dist';
const dist = isAbsolute(distDir)
  ? `${distDir.replace(/\/$/, '')}/`
  : fileURLToPath(new URL(`../${distDir}/`, import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(dist)) {
  console.error('dist/ does not exist. Run `npm run build` first.');
  process.exit(1);
}

const policies = new Map<string, string>();
const policyFor = (file: string) => {
  let policy = policies.get(file);
  if (!policy) {
    policy = contentSecurityPolicy(readFileSync(file, 'utf8'));
    policies.set(file, policy);
  }
  return policy;
};

const assets = sirv(dist, {
  dev: false,
  etag: true,
  extensions: ['html'],
  setHeaders: (response, pathname) => {
    // `pathname` is the request path; pages are folders with an index.html.
    const page = [pathname, `${pathname}index.html`, `${pathname}/index.html`, `${pathname}.html`]
      .filter((candidate) => candidate.endsWith('.html'))
      .map((candidate) => join(dist, candidate))
      .find((file) => existsSync(file));
    if (page) response.setHeader('content-security-policy', policyFor(page));
  },
});

// Compress text responses on the fly, as any real static host does. Pagefind's index
// files are compressed already, so they pass through untouched.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;
function compress(response: ServerResponse) {
  const { writeHead, write, end } = response;
  const chunks: Buffer[] = [];
  let head: { status: number; headers: Record<string, string | number> } | undefined;
  response.writeHead = ((status: number, headers?: Record<string, string | number>) => {
    head = { status, headers: { ...headers } };
    return response;
  }) as ServerResponse['writeHead'];
  response.write = (chunk: string | Uint8Array) => {
    chunks.push(Buffer.from(chunk));
    return true;
  };
  response.end = ((chunk?: string | Uint8Array) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    let body = Buffer.concat(chunks);
    const headers = head?.headers ?? {};
    const type = String(
      headers['Content-Type'] ??
        headers['content-type'] ??
        response.getHeader('content-type') ??
        '',
    );
    if (COMPRESSIBLE.test(type) && body.length > 1024) {
      body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      delete headers['Content-Length'];
      delete headers['content-length'];
      Object.assign(headers, {
        'content-encoding': 'br',
        'content-length': body.length,
        vary: 'accept-encoding',
      });
    }
    writeHead.call(response, head?.status ?? response.statusCode, headers);
    (write as (chunk: Buffer) => boolean).call(response, body);
    return (end as () => ServerResponse).call(response);
  }) as ServerResponse['end'];
}

createServer((request, response) => {
  if (/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) compress(response);
  const url = request.url ?? '/';
  if (!url.startsWith(base)) {
    response.writeHead(302, { location: base }).end();
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  assets(request, response, () => {
    response.writeHead(404, {
      'content-type': 'text/html;charset=utf-8',
      'content-security-policy': policyFor(`${dist}404.html`),
    });
    response.end(readFileSync(`${dist}404.html`));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving dist/ at http://localhost:${port}${base} (Ctrl+C to stop)`);
});
