// Answer keys straight from the chapters' frontmatter, so a test that answers a question can
// never disagree with the question it answers.
import { inlineMarkdownText } from '../../../src/lib/inline-markdown';
import { loadChapters } from '../../support/course';

interface AuthoredQuestion {
  id: string;
  prompt: string;
  draft?: boolean;
  options?: { text: string; correct?: boolean }[];
  answer?: { value: number; unit?: string };
}

export interface AnswerKey {
  id: string;
  chapterId: string;
  chapter: string;
  /** The prompt as it reads on the page (Markdown marks removed). */
  prompt: string;
  kind: 'choice' | 'numeric';
  right: string[];
  wrong: string[];
  value?: number;
}

// The words a learner reads, by the function the site itself uses to turn Markdown into text.
const plain = (markdown: string) => inlineMarkdownText(markdown);

export const answerKeys: AnswerKey[] = loadChapters().flatMap((chapter) =>
  ((chapter.data.quiz ?? []) as AuthoredQuestion[])
    .filter((question) => !question.draft)
    .map((question) => ({
      id: question.id,
      chapterId: chapter.id,
      chapter: chapter.data.title,
      prompt: plain(question.prompt),
      kind: question.answer ? ('numeric' as const) : ('choice' as const),
      right: (question.options ?? [])
        .filter((option) => option.correct)
        .map((option) => plain(option.text)),
      wrong: (question.options ?? [])
        .filter((option) => !option.correct)
        .map((option) => plain(option.text)),
      ...(question.answer ? { value: question.answer.value } : {}),
    })),
);

/** The key of the question whose legend contains its prompt. */
export function keyFor(legend: string): AnswerKey {
  const key = answerKeys.find((each) => legend.includes(each.prompt));
  if (!key) throw new Error(`No answer key for "${legend.slice(0, 80)}"`);
  return key;
}
