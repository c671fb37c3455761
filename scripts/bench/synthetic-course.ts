// Writes a synthetic course for the scale benchmark: N chapters of about 1,000 words, the same
// text in every variant (VARIANTS says which site builds which).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { PARTS } from '../../src/lib/chapters.ts';
import { seededRandom } from '../../src/lib/shuffle.ts';

const WORDS = (
  'model data training validation loss learning rate batch epoch weights gradient dataset ' +
  'label bias overfitting evaluation metric accuracy precision recall token prompt adapter ' +
  'layer checkpoint schedule warmup decay dropout calibration deployment latency feedback ' +
  'review quality example instruction response domain specialist general knowledge pattern'
).split(' ');

function paragraph(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]);
  return `${text.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
}

/** How one benchmark variant's chapters are written, and which site builds them. */
export interface VariantSpec {
  /** `stock`: Starlight alone (stock-site.ts); `course`: this site with its plugin. */
  site: 'stock' | 'course';
  extension: 'md' | 'mdx';
  /** Whether each chapter has 5 questions and 5 cards in its frontmatter. */
  blocks: boolean;
  /** What the variant is, for the table. */
  label: string;
}

export const VARIANTS = {
  'stock-md': {
    site: 'stock',
    extension: 'md',
    blocks: false,
    label: 'stock Starlight, Markdown',
  },
  'stock-mdx': { site: 'stock', extension: 'mdx', blocks: false, label: 'stock Starlight, MDX' },
  plain: { site: 'course', extension: 'md', blocks: false, label: 'course, Markdown, no blocks' },
  // The site places a Markdown chapter's deck and quiz after the text automatically.
  islands: { site: 'course', extension: 'md', blocks: true, label: 'course, Markdown + islands' },
  // As this course's chapters are written: MDX that imports and places <Flashcards /> and <Quiz />.
  mdx: { site: 'course', extension: 'mdx', blocks: true, label: 'course, MDX + islands' },
} as const satisfies Record<string, VariantSpec>;

export type Variant = keyof typeof VARIANTS;

/** Writes `count` chapters under `docsDir` and returns how many pages the site will have. */
export function writeSyntheticCourse(docsDir: string, count: number, variant: Variant): number {
  const spec: VariantSpec = VARIANTS[variant];
  const random = seededRandom(count);
  // Blocks draw from their own sequence, so every variant's chapter text is the same.
  const blockRandom = seededRandom(count + 1);
  writeFileSync(
    join(docsDir, 'index.mdx'),
    '---\ntitle: Benchmark course\ndescription: A synthetic course for build benchmarks.\n---\n\nGenerated.\n',
  );
  for (let number = 1; number <= count; number += 1) {
    const part = PARTS[number % PARTS.length]?.directory ?? 'foundations';
    mkdirSync(join(docsDir, part), { recursive: true });
    const sections = Array.from(
      { length: 5 },
      (_, index) => `Topic ${index + 1} of chapter ${number}`,
    );
    const body = sections
      .map((title) => `## ${title}\n\n${paragraph(random, 100)}\n\n${paragraph(random, 95)}\n`)
      .join('\n');
    const anchor = (index: number) => `#topic-${index + 1}-of-chapter-${number}`;
    const frontmatter: Record<string, unknown> = {
      title: `Chapter ${number}`,
      description: `Synthetic chapter ${number} for the scale benchmark.`,
      sidebar: { order: number },
    };
    if (spec.blocks) {
      frontmatter.quiz = sections.map((_, index) => ({
        id: `c${number}-q${index + 1}`,
        prompt: `Which statement about ${WORDS[index]} in chapter ${number} is right?`,
        options: [0, 1, 2, 3].map((option) => ({
          text: `Option ${option + 1}: ${paragraph(blockRandom, 6)}`,
          correct: option === index % 4,
          why: paragraph(blockRandom, 12),
        })),
        teaches: anchor(index),
      }));
      frontmatter.flashcards = sections.map((_, index) => ({
        id: `c${number}-card${index + 1}`,
        front: `Term ${index + 1} of chapter ${number}`,
        back: paragraph(blockRandom, 18),
        teaches: anchor(index),
      }));
    }
    const places = spec.blocks && spec.extension === 'mdx';
    const islands = places
      ? "import Flashcards from '../../../components/Flashcards.astro';\nimport Quiz from '../../../components/Quiz.astro';\n\n"
      : '';
    const tail = places ? '\n<Flashcards />\n\n<Quiz />\n' : '';
    writeFileSync(
      join(docsDir, part, `chapter-${number}.${spec.extension}`),
      `---\n${dump(frontmatter, { lineWidth: -1 })}---\n\n${islands}${body}${tail}`,
    );
  }
  return count + 2; // chapters, the landing page and the 404 page
}
