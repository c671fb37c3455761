import { z } from 'astro/zod';
import { FlashcardsSchema } from './flashcard';
import { QuizSchema } from './question';

/**
 * Course fields added to Starlight's docs frontmatter.
 *
 * Every field is optional at the schema level because the landing page and the
 * glossary share the collection with the chapters; `tests/unit/chapters.test.ts`
 * checks that every chapter fills them in.
 */
export const ChapterSchema = z.object({
  /**
   * What a learner can do after reading the chapter, shown in a box under the title.
   * Two to four short lines, each starting with a verb.
   * @example ["Explain how fine-tuning differs from few-shot prompting"]
   */
  objectives: z
    .array(z.string().trim().min(1, 'An objective cannot be empty.'))
    .min(2, 'List at least 2 learning objectives.')
    .max(4, 'List at most 4 learning objectives; split the chapter if it teaches more.')
    .optional(),
  /**
   * Self-check questions, rendered where the chapter places `<Quiz />`. Checked before the
   * build by the docs loader (src/course/loader.ts), which names the file and id of any mistake.
   * @see ./question.ts for every field.
   */
  quiz: QuizSchema.optional(),
  /**
   * Key-term cards, rendered where the chapter places `<Flashcards />` and gathered on
   * /review/ for spaced repetition. Checked like `quiz`. @see ./flashcard.ts for every field.
   */
  flashcards: FlashcardsSchema.optional(),
});

export type Chapter = z.output<typeof ChapterSchema>;
export type ChapterInput = z.input<typeof ChapterSchema>;
