/**
 * starlightCourse(): the course machinery as a local Starlight plugin. Its `config:setup`
 * registers everything the course adds to Starlight:
 * - component overrides: the content area (learning objectives, placed decks and quizzes),
 *   search (highlighting on the page a result opens), the page title (chapter n of N, reading
 *   time) and the sidebar (the learner's state beside each chapter);
 * - the course's CSS, site-wide;
 * - the route middleware that puts each chapter's island props on `Astro.locals.course`;
 * - an Astro integration with the Markdown plugin, the Content Security Policy and headers,
 *   the Anki export route and the build-complete marker (integration.ts).
 * Content validation lives in the collection's loader (loader.ts), where Astro reads content.
 */
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { courseIntegration } from './integration';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every course style loads once, site-wide (importing them from components slowed big builds). */
const COURSE_CSS = [
  'course.css',
  'figures.css',
  'quiz.css',
  'flashcards.css',
  'practice.css',
  'listen.css',
  'print.css',
];

export default function starlightCourse(): StarlightPlugin {
  return {
    name: 'starlight-course',
    hooks: {
      'config:setup'({ config, updateConfig, addRouteMiddleware, addIntegration }) {
        updateConfig({
          components: {
            MarkdownContent: fromHere('../components/overrides/MarkdownContent.astro'),
            PageTitle: fromHere('../components/overrides/PageTitle.astro'),
            Search: fromHere('../components/overrides/Search.astro'),
            Sidebar: fromHere('../components/overrides/Sidebar.astro'),
            ...config.components,
          },
          customCss: [
            ...COURSE_CSS.map((file) => fromHere(`../styles/${file}`)),
            ...(config.customCss ?? []),
          ],
          head: [
            ...(config.head ?? []),
            // Hosts that cannot send headers (GitHub Pages) still get the referrer policy.
            {
              tag: 'meta',
              attrs: { name: 'referrer', content: 'strict-origin-when-cross-origin' },
            },
          ],
        });
        addRouteMiddleware({ entrypoint: fromHere('./route-data.ts') });
        addIntegration(courseIntegration());
      },
    },
  };
}
