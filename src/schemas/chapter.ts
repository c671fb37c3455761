import { z } from 'astro/zod';
import { idSchema } from './common';
import { FlashcardsSchema } from './flashcard';
import { QuizSchema } from './question';

/**
 * Course fields added to Starlight's docs frontmatter.
 *
 * Every field is optional at the schema level because the landing page and the
 * glossary share the collection with the chapters; `tests/unit/chapters.test.ts`
 * checks that every chapter fills them in.
 */
/** One thing a learner can do after the chapter. Questions and cards name the one they check. */
export const ObjectiveSchema = z.object(
  {
    /**
     * Kebab-case id, unique in this chapter; a question's or card's `objective` names it.
     * @example "explain-lora"
     */
    id: idSchema('explain-lora'),
    /**
     * What the learner can do, starting with a verb; shown under the chapter title.
     * @example "Explain how LoRA adapts a model through a low-rank update"
     */
    text: z.string().trim().min(1, 'The objective is empty. Write what the learner can do.'),
  },
  {
    error:
      'Write each objective as `{ id, text }`, e.g. `- id: explain-lora` with `text: Explain how LoRA adapts a model`.',
  },
);

export const ChapterSchema = z.object({
  /**
   * What a learner can do after reading the chapter, shown in a box under the title: two to
   * four, each checked by at least one question (src/course/objectives.ts).
   */
  objectives: z
    .array(ObjectiveSchema)
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

export type Objective = z.output<typeof ObjectiveSchema>;
export type Chapter = z.output<typeof ChapterSchema>;
export type ChapterInput = z.input<typeof ChapterSchema>;
