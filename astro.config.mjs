// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { PARTS } from './src/lib/chapters.ts';
import courseContent from './src/integrations/course-content.ts';

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
    starlight({
      title: 'Fine-Tuning LLMs',
      description:
        'An open course on fine-tuning large language models: what it is, when to use it, and how to do it well.',
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/course.css'],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
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
  ],
});
