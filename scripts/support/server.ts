// Starts scripts/serve.ts on a port for a measuring script and waits until it answers.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url));

export async function startServer(port: number, env: Record<string, string> = {}) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [SERVE, '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`The site server did not start on ${origin}. Run \`npm run build\` first.`);
}
