// Times three searches on a built site in Chromium, with nothing preloaded: the first query
// pays for Pagefind's script, WebAssembly and index.
import { chromium, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import { startServer } from '../support/server.ts';

export const QUERIES = ['learning rate', 'overfitting calibration', 'checkpoint'];

export interface SearchFigure {
  query: string;
  kb: number;
  ms: number;
}

export async function measureSearch(dist: string, port: number): Promise<SearchFigure[]> {
  const server = await startServer(port, { DIST_DIR: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const results: SearchFigure[] = [];
    for (const query of QUERIES) {
      let bytes = 0;
      const count = (response: Response) =>
        void response
          .request()
          .sizes()
          .then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
      page.on('response', count);
      const ms = await page.evaluate(async (text) => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ bundle);
        const started = performance.now();
        const search = await pagefind.search(text);
        await Promise.all(
          search.results
            .slice(0, 5)
            .map((result: { data: () => Promise<unknown> }) => result.data()),
        );
        return performance.now() - started;
      }, query);
      await page.waitForTimeout(300);
      page.off('response', count);
      results.push({ query, kb: bytes / 1024, ms });
    }
    return results;
  } finally {
    await browser.close();
    server.stop();
  }
}
