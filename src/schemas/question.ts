import { z } from 'astro/zod';
import { anchorSchema, idSchema, inlineMarkdownSchema } from './common';

/** One answer a learner can pick. */
export const OptionSchema = z.object({
  /**
   * What the learner reads next to the radio button or checkbox. Inline Markdown allowed.
   * @example "Weight decay"
   */
  text: inlineMarkdownSchema().pipe(
    z.string().min(1, 'Option text is empty. Write the answer the learner can pick.'),
  ),
  /**
   * Whether picking this option is right. Defaults to `false`; mark at least one option `true`.
   * Several `true` options turn the question into "select all that apply".
   */
  correct: z.boolean().default(false),
  /**
   * One sentence on why this option is right or wrong, shown after the learner checks.
   * Required for every option of a published question, because learners learn most from
   * the wrong ones; drafts may leave it empty.
   * @example "More passes over a small dataset make overfitting worse, not better."
   */
  why: inlineMarkdownSchema().default(''),
});

/** A self-check question in a chapter's `quiz` frontmatter list. */
export const QuestionSchema = z
  .object({
    /**
     * Stable kebab-case id, unique across the whole course. Saved progress is keyed by it,
     * so renaming an id forgets learners' answers.
     * @example "prevent-overfitting"
     */
    id: idSchema('prevent-overfitting'),
    /**
     * The question. Inline Markdown allowed (`code`, **bold**, *emphasis*, links).
     * @example "Which technique helps prevent overfitting during fine-tuning?"
     */
    prompt: inlineMarkdownSchema().pipe(z.string().min(1, 'Write the question in `prompt`.')),
    /** Two or more answers, in authored order. They are shuffled per learner unless `fixedOrder`. */
    options: z.array(OptionSchema),
    /**
     * Anchor of the heading in this chapter that teaches the answer; "Review" links go there.
     * @example "#overfitting"
     */
    teaches: anchorSchema('the answer'),
    /**
     * Keep the authored option order instead of shuffling, e.g. when an option reads
     * "All of the above". Defaults to `false`.
     */
    fixedOrder: z.boolean().default(false),
    /**
     * Marks an unfinished question, e.g. one imported without options. Drafts may leave
     * `options` and `why` empty; the site leaves them out and the build counts them.
     * Defaults to `false`.
     */
    draft: z.boolean().default(false),
  })
  .superRefine((question, context) => {
    if (question.draft) return;
    const { options } = question;
    if (options.length < 2) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `has ${options.length} option(s). Add at least 2 so there is a real choice.`,
      });
    }
    if (options.length > 0 && !options.some((option) => option.correct)) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'has no correct option. Mark the right answer with `correct: true`.',
      });
    }
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (!option.why) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'why'],
          message: 'Every option needs a `why`: one sentence on why it is right or wrong.',
        });
      }
      const key = option.text.toLowerCase();
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'text'],
          message: `repeats the option "${option.text}". Make every option text different.`,
        });
      }
      seen.add(key);
    });
  });

/** A chapter's `quiz` frontmatter: its self-check questions in authored order. */
export const QuizSchema = z.array(QuestionSchema);

export type Option = z.output<typeof OptionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;
