import { z } from 'astro/zod';

/** A term to drill, in a chapter's `flashcards` frontmatter list. */
export const FlashcardSchema = z
  .object({
    /**
     * Stable kebab-case id, unique across the whole course. Scheduling state is keyed by it,
     * so renaming an id resets the learner's review history for the card.
     * @example "catastrophic-forgetting"
     */
    id: z
      .string({ error: 'Every card needs an `id`, e.g. `id: catastrophic-forgetting`.' })
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'Use kebab-case for `id`: lowercase words joined by hyphens.',
      ),
    /**
     * The side the learner sees first: a term or a short question.
     * @example "Catastrophic forgetting"
     */
    front: z
      .string({ error: 'Write the term or question in `front`.' })
      .trim()
      .min(1, 'The front is empty. Write the term or question in `front`.'),
    /**
     * The answer: one to three short sentences. Drafts may leave it empty.
     * @example "Losing general knowledge because fine-tuning overwrote it."
     */
    back: z.string().trim().default(''),
    /**
     * Anchor of the heading in this chapter that teaches the card.
     * @example "#catastrophic-forgetting"
     */
    teaches: z
      .string({ error: 'Add `teaches: "#anchor"` naming the heading that teaches the card.' })
      .regex(/^#[^\s#]+$/, 'Write `teaches` as a heading anchor such as "#overfitting".'),
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
