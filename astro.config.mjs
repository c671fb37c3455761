// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import starlightCourse from './src/course/index.ts';
import { PARTS } from './src/lib/chapters.ts';

// `SITE_URL` sets the absolute origin used in the sitemap and canonical links.
// `BASE_PATH` lets the course be deployed under a sub-folder such as /course/.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Every page is a folder with an index.html, so URLs end in a slash; saying so
  // explicitly keeps links, canonical URLs and the dev server in agreement.
  trailingSlash: 'always',
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Preact and its hooks go in one file: every island needs both, and one file
          // compresses smaller than two (about 0.3 KB gzip less per page with islands).
          codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Fine-Tuning LLMs',
      description:
        'An open course on fine-tuning large language models: what it is, when to use it, and how to do it well.',
      lastUpdated: false,
      pagination: true,
      // Wrapped code never scrolls sideways, so it stays readable on phones and never turns
      // into several unlabelled scroll regions (which screen readers cannot tell apart).
      expressiveCode: { defaultProps: { wrap: true } },
      plugins: [
        // First, so its base-path Markdown plugin runs before the links validator reads links.
        starlightCourse(),
        // A broken internal link or #anchor fails the build. The Anki export is an endpoint,
        // not a page, so the validator cannot see it.
        starlightLinksValidator({ exclude: ['/flashcards.tsv', '/course/flashcards.tsv'] }),
      ],
      sidebar: [
        { label: 'Start here', items: [{ label: 'Course overview', link: '/' }] },
        ...PARTS.map(({ label, directory }) => ({
          label,
          items: [{ autogenerate: { directory } }],
        })),
        {
          label: 'Check yourself',
          items: [
            { label: 'Practice test', link: '/practice/' },
            { label: 'Review flashcards', link: '/review/' },
            { label: 'Your progress', link: '/progress/' },
          ],
        },
        { label: 'Reference', items: [{ label: 'Glossary', link: '/glossary/' }] },
      ],
    }),
    // The islands are the only Preact files. Without `include`, the Preact integration runs Babel
    // over every .ts file as well, for JSX they cannot contain (Babel took 1.9 s of CPU in a
    // profile of a 1,000-chapter build); Vite strips their types anyway.
    preact({ include: [/\.tsx$/] }),
  ],
});
