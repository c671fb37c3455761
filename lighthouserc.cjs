// Lighthouse CI: three mobile runs of each page of the built site, served as `npm start` serves
// it (scripts/serve.ts, with the site's own headers), in Debian's Chromium. Every category of the
// median run of every page must score 100, with no exceptions. `npm run lighthouse` runs this,
// then prints the table (scripts/lighthouse-table.ts); `-- --write` records it in BENCHMARKS.md.
const PORT = 4332;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
  '/',
  '/foundations/what-is-fine-tuning/',
  '/glossary/',
  '/practice/',
  '/review/',
  '/progress/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const perfect = () => ['error', { minScore: 1, aggregationMethod: 'median-run' }];

module.exports = {
  ci: {
    collect: {
      startServerCommand: `node scripts/serve.ts --port ${PORT}`,
      startServerReadyPattern: 'Serving',
      url: PAGES.map((path) => `${ORIGIN}${path}`),
      numberOfRuns: 3,
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      settings: {
        onlyCategories: CATEGORIES,
        // The same quiet, offline flags as every other browser run (scripts/support/browser.ts).
        chromeFlags:
          '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      },
    },
    assert: {
      assertions: Object.fromEntries(CATEGORIES.map((id) => [`categories:${id}`, perfect()])),
    },
    upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
  },
};
