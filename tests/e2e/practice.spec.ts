import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

interface AuthoredQuestion {
  prompt: string;
  options: { text: string; correct?: boolean }[];
}

// Answer keys straight from the chapters' frontmatter, keyed by the prompt as rendered.
const questions = loadChapters().flatMap((chapter) =>
  ((chapter.data.quiz ?? []) as AuthoredQuestion[]).map((question) => ({
    chapter: chapter.data.title,
    prompt: question.prompt.replace(/[`*_]/g, ''),
    right: question.options.filter((option) => option.correct).map((option) => option.text),
    wrong: question.options.find((option) => !option.correct)?.text ?? '',
  })),
);

test('the practice test asks every question, scores it and breaks it down by chapter', async ({
  page,
  practice,
}) => {
  await practice.goto();
  await expect(practice.questions).toHaveCount(questions.length);

  for (let index = 0; index < questions.length; index += 1) {
    const block = practice.question(index);
    const legend = (await block.group.textContent()) ?? '';
    const key = questions.find((question) => legend.includes(question.prompt));
    expect(key, `answer key for "${legend.slice(0, 80)}"`).toBeDefined();
    // Miss the first question on purpose; answer the rest correctly.
    const picks = index === 0 ? [key!.wrong] : key!.right;
    for (const text of picks) await block.option(text).check();
    await block.check.click();
  }

  await expect(practice.score).toHaveText(
    `${questions.length - 1} of ${questions.length} correct.`,
  );
  const chapters = new Set(questions.map((question) => question.chapter));
  await expect(practice.breakdown.getByRole('row')).toHaveCount(chapters.size + 1);
  await expect(page.getByRole('link', { name: /^Review: .+\(.+\)$/ })).toHaveCount(1);
});

test('the practice test can be narrowed to missed questions and reshuffled @smoke', async ({
  practice,
}) => {
  await practice.goto();
  await expect(practice.filter(/Only the ones I missed \(0\)/)).toBeVisible();

  const first = practice.question(0);
  const legend = (await first.group.textContent()) ?? '';
  const key = questions.find((question) => legend.includes(question.prompt))!;
  await first.option(key.wrong).check();
  await first.check.click();

  await practice.filter(/Only the ones I missed \(1\)/).check();
  await expect(practice.questions).toHaveCount(1);
  await expect(practice.questions.first()).toContainText(key.prompt);

  await practice.filter(/All questions/).check();
  const before = await practice.questions.first().textContent();
  await practice.newOrder.click();
  await practice.newOrder.click();
  await expect(practice.questions).toHaveCount(questions.length);
  expect(await practice.questions.first().textContent()).not.toBe(before);
});
