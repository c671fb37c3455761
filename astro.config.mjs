// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { PARTS } from './src/lib/chapters.ts';
import starlightLinksValidator from 'starlight-links-validator';
import courseContent from './src/integrations/course-content.ts';
import baseLinks from './src/integrations/base-links.ts';
import security from './src/integrations/security.ts';

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
  integrations: [
    courseContent(),
    // Content links are written from the site root (`/glossary/`); this adds the base path.
    baseLinks(),
    starlight({
      title: 'Fine-Tuning LLMs',
      description:
        'An open course on fine-tuning large language models: what it is, when to use it, and how to do it well.',
      lastUpdated: false,
      // Hosts that cannot send headers (GitHub Pages) still get the referrer policy this way;
      // the rest of the policy is in each page's CSP meta tag and in dist/_headers.
      head: [
        { tag: 'meta', attrs: { name: 'referrer', content: 'strict-origin-when-cross-origin' } },
      ],
      pagination: true,
      // All course styles load once, site-wide: importing them from the components that
      // appear in every chapter made each MDX page carry its own style propagation, which
      // measurably slowed large builds (see BENCHMARKS.md).
      customCss: [
        './src/styles/course.css',
        './src/styles/quiz.css',
        './src/styles/flashcards.css',
        './src/styles/practice.css',
      ],
      // Wrapped code never scrolls sideways, so it stays readable on phones and never turns
      // into several unlabelled scroll regions (which screen readers cannot tell apart).
      expressiveCode: { defaultProps: { wrap: true } },
      plugins: [
        // A broken internal link or #anchor fails the build. The Anki export is an
        // endpoint, not a page, so the validator cannot see it. Content links are written
        // from the site root and get the base path only after the build (base-links), so
        // they are validated in the root build; a base-path build checks deployment only.
        ...(base === '/' ? [starlightLinksValidator({ exclude: ['/flashcards.tsv'] })] : []),
      ],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
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
    preact(),
    // After Starlight, so the search index exists before the build is marked complete.
    security(),
  ],
});
