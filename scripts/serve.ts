// Serves the built site in dist/ the way a static host would: the same server backs
// `npm start`, the browser tests and the size script. Unlike `astro preview`, several
// copies can run at once on different ports.
//
//   node scripts/serve.ts [--port 4321]      BASE_PATH=/course/ serves under a sub-folder
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

if (!existsSync(dist)) {
  console.error('dist/ does not exist. Run `npm run build` first.');
  process.exit(1);
}

const assets = sirv(dist, { dev: false, etag: true, extensions: ['html'] });

createServer((request, response) => {
  const url = request.url ?? '/';
  if (!url.startsWith(base)) {
    response.writeHead(302, { location: base }).end();
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  assets(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html;charset=utf-8' });
    response.end(readFileSync(`${dist}404.html`));
  });
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving dist/ at http://localhost:${port}${base} (Ctrl+C to stop)`);
});
