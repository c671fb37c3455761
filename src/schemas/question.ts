import { z } from 'astro/zod';
import { inlineMarkdownText } from '../lib/inline-markdown';
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

const TOLERANCE =
  'Write `tolerance` as a number that is not negative (`0.5`) or as a percentage (`"2%"`).';

/** The expected answer of a numeric question. */
export const NumericAnswerSchema = z.object({
  /**
   * The right value.
   * @example 187.5
   */
  value: z.number({ error: 'Write `answer.value` as a number, e.g. `value: 187.5`.' }),
  /**
   * How far an answer may be from `value` and still count: a number (absolute) or a share of
   * the value such as `"2%"`. Defaults to 0.
   * @example 0.5
   */
  tolerance: z
    .union([z.number(), z.string()], { error: TOLERANCE })
    .default(0)
    .refine(
      (tolerance) =>
        typeof tolerance === 'number' ? tolerance >= 0 : /^\d+(\.\d+)?%$/.test(tolerance),
      { error: TOLERANCE },
    )
    .transform((tolerance) => tolerance as number | `${number}%`),
  /**
   * The unit shown after the input box; learners may also type it after the number.
   * @example "steps"
   */
  unit: z
    .string()
    .trim()
    .min(1, 'is empty. Leave `unit` out when the answer has no unit.')
    .optional(),
});

/** The kind of thinking a question asks for (revised Bloom's taxonomy), lowest first. */
export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyze', 'evaluate'] as const;

/**
 * A self-check question in a chapter's `quiz` frontmatter list: multiple choice (`options`) or
 * numeric (`answer`).
 */
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
    /**
     * A nudge shown after a wrong first try, before the answer; inline Markdown. It must not
     * contain the answer.
     * @example "Count the examples in one optimizer step first."
     */
    hint: inlineMarkdownSchema().pipe(z.string().min(1)).optional(),
    /**
     * A multiple-choice question's answers, two or more, in authored order. Shown in an order
     * shuffled from the question's id (the same for everyone) unless `fixedOrder`.
     */
    options: z.array(OptionSchema).optional(),
    /** A numeric question's expected answer, instead of `options`. */
    answer: NumericAnswerSchema.optional(),
    /**
     * A numeric question's explanation, shown with the answer: how to work it out.
     * @example "12,000 / (16 × 4) = 187.5 optimizer steps."
     */
    why: inlineMarkdownSchema().optional(),
    /**
     * Anchor of the heading in this chapter that teaches the answer; "Review" links go there.
     * @example "#overfitting"
     */
    teaches: anchorSchema('the answer'),
    /**
     * Id of the chapter objective the question checks; required in chapters with objectives,
     * and every objective needs at least one question (src/course/objectives.ts). An id, not a
     * position: authors reorder and insert objectives, and mastery per objective (saved
     * progress read through src/lib/mastery.ts) must not move to another objective when they do.
     * @example "explain-lora"
     */
    objective: z.string().optional(),
    /**
     * What the question asks the learner to do: `remember` or `understand` (recall and
     * explain), `apply` (compute, use a method), `analyze` (read a config, a log or a loss curve;
     * diagnose), `evaluate` (choose and justify). Every part needs 40% apply or higher.
     * @example "apply"
     */
    bloom: z
      .enum(BLOOM_LEVELS, {
        error: `Write \`bloom\` as one of: ${BLOOM_LEVELS.join(', ')}.`,
      })
      .optional(),
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
    const { options, answer } = question;
    if (options && answer) {
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message:
          'is set, and so is `options`. A question is multiple choice (`options`) or numeric (`answer`): remove one.',
      });
      return;
    }
    if (answer) return checkNumeric(question, context);
    if (!options) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message:
          'is missing. Give the question `options` (multiple choice) or `answer: { value: … }` (numeric).',
      });
      return;
    }
    checkChoice(question, options, context);
  });

type QuestionData = z.output<typeof QuestionSchema>;
type Context = z.core.$RefinementCtx<QuestionData>;

function checkNumeric(question: QuestionData, context: Context) {
  if (!question.why) {
    context.addIssue({
      code: 'custom',
      path: ['why'],
      message:
        'is missing. A numeric question needs a `why` that shows how to work out the answer.',
    });
  }
  const value = question.answer?.value;
  if (question.hint && value !== undefined) {
    const hint = inlineMarkdownText(question.hint);
    const forms = [String(value), value.toLocaleString('en-US')];
    if (forms.some((form) => hint.includes(form))) {
      context.addIssue({
        code: 'custom',
        path: ['hint'],
        message: `gives the answer away (${value}). Hint at the method instead.`,
      });
    }
  }
}

function checkChoice(
  question: QuestionData,
  options: NonNullable<QuestionData['options']>,
  context: Context,
) {
  if (question.why) {
    context.addIssue({
      code: 'custom',
      path: ['why'],
      message:
        'belongs under each option in a multiple-choice question. Move it into the options’ `why`.',
    });
  }
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
  if (question.hint) {
    const hint = inlineMarkdownText(question.hint).toLowerCase();
    const given = options.find(
      (option) => option.correct && hint.includes(inlineMarkdownText(option.text).toLowerCase()),
    );
    if (given) {
      context.addIssue({
        code: 'custom',
        path: ['hint'],
        message: `gives the answer away (it contains "${given.text}"). Point to the idea instead.`,
      });
    }
  }
}

/** A chapter's `quiz` frontmatter: its self-check questions in authored order. */
export const QuizSchema = z.array(QuestionSchema);

export type Option = z.output<typeof OptionSchema>;
export type NumericAnswer = z.output<typeof NumericAnswerSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;
