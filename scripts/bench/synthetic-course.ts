// Writes a synthetic course for the scale benchmark: N chapters of about 1,000 words.
// - 'plain': plain Starlight Markdown, no quiz or card blocks (the baseline);
// - 'islands': the same Markdown with 5 questions and 5 cards in its frontmatter, which
//   the site places after the text automatically;
// - 'mdx': the same chapters as MDX that import and place <Flashcards /> and <Quiz />
//   themselves, as this course's chapters do (MDX compiles more slowly than Markdown).
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

export type Variant = 'plain' | 'islands' | 'mdx';

/** Writes `count` chapters under `docsDir` and returns how many pages the site will have. */
export function writeSyntheticCourse(docsDir: string, count: number, variant: Variant): number {
  const random = seededRandom(count);
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
    if (variant !== 'plain') {
      frontmatter.quiz = sections.map((_, index) => ({
        id: `c${number}-q${index + 1}`,
        prompt: `Which statement about ${WORDS[index]} in chapter ${number} is right?`,
        options: [0, 1, 2, 3].map((option) => ({
          text: `Option ${option + 1}: ${paragraph(random, 6)}`,
          correct: option === index % 4,
          why: paragraph(random, 12),
        })),
        teaches: anchor(index),
      }));
      frontmatter.flashcards = sections.map((_, index) => ({
        id: `c${number}-card${index + 1}`,
        front: `Term ${index + 1} of chapter ${number}`,
        back: paragraph(random, 18),
        teaches: anchor(index),
      }));
    }
    const islands =
      variant === 'mdx'
        ? "import Flashcards from '../../../components/Flashcards.astro';\nimport Quiz from '../../../components/Quiz.astro';\n\n"
        : '';
    const tail = variant === 'mdx' ? '\n<Flashcards />\n\n<Quiz />\n' : '';
    const extension = variant === 'mdx' ? 'mdx' : 'md';
    writeFileSync(
      join(docsDir, part, `chapter-${number}.${extension}`),
      `---\n${dump(frontmatter, { lineWidth: -1 })}---\n\n${islands}${body}${tail}`,
    );
  }
  return count + 2; // chapters, the landing page and the 404 page
}
