import { z } from 'astro/zod';
import { anchorSchema, idSchema, inlineMarkdownSchema } from './common';

/** A term to drill, in a chapter's `flashcards` frontmatter list. */
export const FlashcardSchema = z
  .object({
    /**
     * Stable kebab-case id, unique across the whole course. Scheduling state is keyed by it,
     * so renaming an id resets the learner's review history for the card.
     * @example "catastrophic-forgetting"
     */
    id: idSchema('catastrophic-forgetting'),
    /**
     * The side the learner sees first: a term or a short question.
     * @example "Catastrophic forgetting"
     */
    front: inlineMarkdownSchema().pipe(
      z.string().min(1, 'The front is empty. Write the term or question in `front`.'),
    ),
    /**
     * The answer: one to three short sentences. Drafts may leave it empty.
     * @example "Losing general knowledge because fine-tuning overwrote it."
     */
    back: inlineMarkdownSchema().default(''),
    /**
     * Anchor of the heading in this chapter that teaches the card.
     * @example "#catastrophic-forgetting"
     */
    teaches: anchorSchema('the card'),
    /**
     * Id of the chapter objective the card supports; required in chapters with objectives
     * (src/course/objectives.ts).
     * @example "explain-lora"
     */
    objective: z.string().optional(),
    /**
     * Marks an unfinished card, e.g. one imported without a back. The site leaves drafts
     * out and the build counts them. Defaults to `false`.
     */
    draft: z.boolean().default(false),
  })
  .refine((card) => card.draft || card.back.length > 0, {
    path: ['back'],
    error: 'The back is empty. Write the answer in `back`, in one to three sentences.',
  });

/** A chapter's `flashcards` frontmatter: its deck, in authored order. */
export const FlashcardsSchema = z.array(FlashcardSchema);

export type Flashcard = z.output<typeof FlashcardSchema>;
export type FlashcardInput = z.input<typeof FlashcardSchema>;
